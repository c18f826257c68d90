package org.zhifa.property;

import org.zhifa.shared.RuleViolation;

/**
 * No 查封/扣押/冻结 before the criminal case is filed or the administrative case accepted (涉案财物管理规定 art 5), and
 * none on a closed case.
 */
public class CaseNotOpenForSeizure extends RuleViolation {

	CaseNotOpenForSeizure(String detail) {
		super("property-case-not-open", "案件未立案/受案或已结案", detail);
	}
}
