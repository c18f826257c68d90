package org.zhifa.document;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.RuleViolation;

/** A document is corrected once; a further correction corrects the correction. */
public class DocumentAlreadyCorrected extends RuleViolation {

	DocumentAlreadyCorrected(String number, String correctedBy) {
		super(HttpStatus.CONFLICT, "document-already-corrected", "文书已被更正",
				"文书 " + number + " 已由 " + correctedBy + " 更正；如需再次更正，请更正最新的文书。");
	}
}
