package org.zhifa.cases;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.RuleViolation;

/** The same extension was already granted on that clock. */
public class ExtensionAlreadyGranted extends RuleViolation {

	ExtensionAlreadyGranted(String clockLabel, String code) {
		super(HttpStatus.CONFLICT, "extension-already-granted", "已延长", "“" + clockLabel + "”已按该情形（" + code + "）延长，不能重复延长。");
	}
}
