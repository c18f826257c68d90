package org.zhifa.custody;

import org.zhifa.shared.RuleViolation;

/** The legal clock of a visit cannot be extended: none runs, or the extension was granted already. */
public class StayNotExtended extends RuleViolation {

	StayNotExtended(String detail) {
		super("custody-stay-not-extended", "不能延长办案区时限", detail);
	}
}
