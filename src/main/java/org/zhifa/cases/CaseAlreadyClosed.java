package org.zhifa.cases;

import org.zhifa.shared.RuleViolation;

/** Nothing more happens on a closed case: no measure, act, party or second closing. */
public class CaseAlreadyClosed extends RuleViolation {

	CaseAlreadyClosed(Case closed) {
		super("case-closed", "案件已结案", "案件 " + closed.number() + " 已结案（" + (closed.closing() == null ? "" : closed.closing().label())
				+ "），不能再办理此项。");
	}
}
