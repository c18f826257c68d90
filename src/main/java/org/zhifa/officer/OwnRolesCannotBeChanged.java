package org.zhifa.officer;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.RuleViolation;

/** Nobody grants roles (and so permissions) to himself or herself: maker ≠ checker. */
public class OwnRolesCannotBeChanged extends RuleViolation {

	OwnRolesCannotBeChanged() {
		super(HttpStatus.FORBIDDEN, "own-roles", "不能修改本人角色", "不能修改本人的角色，请由其他管理员办理。");
	}
}
