package org.zhifa.officer;

import org.zhifa.shared.RuleViolation;

/** Every 法制员 serves as 专职, 兼职 or 派驻; the designation must be given with the role. */
public class LegalOfficerWithoutDesignation extends RuleViolation {

	LegalOfficerWithoutDesignation() {
		super("legal-officer-without-designation", "缺少法制员类别", "担任法制员须指定类别：专职、兼职或派驻。");
	}
}
