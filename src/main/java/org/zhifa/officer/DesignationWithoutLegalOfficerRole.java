package org.zhifa.officer;

import org.zhifa.shared.RuleViolation;

/** A 法制员 designation only makes sense with the role {@link Role#LEGAL_OFFICER}. */
public class DesignationWithoutLegalOfficerRole extends RuleViolation {

	DesignationWithoutLegalOfficerRole() {
		super("designation-without-legal-officer-role", "法制员类别无效", "只有担任法制员角色的人员才能指定法制员类别（专职/兼职/派驻）。");
	}
}
