package org.zhifa.officer;

import org.zhifa.shared.RuleViolation;

/** Auxiliaries hold no review, approval, leadership or inspection power (see {@link Role#openToAuxiliaries()}). */
public class RoleNotOpenToAuxiliaries extends RuleViolation {

	RoleNotOpenToAuxiliaries(Role role) {
		super("role-not-open-to-auxiliaries", "辅警不能担任该角色", "辅警不能担任「" + role.label() + "」。");
	}
}
