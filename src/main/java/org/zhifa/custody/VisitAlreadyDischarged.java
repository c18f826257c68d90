package org.zhifa.custody;

import org.zhifa.shared.RuleViolation;

/** Nothing is recorded on a file once the person has left the centre. */
public class VisitAlreadyDischarged extends RuleViolation {

	VisitAlreadyDischarged(Visit v, String action) {
		super("custody-visit-discharged", "人员已出区", v.personName() + "（" + v.number() + "）已出区，不能" + action);
	}
}
