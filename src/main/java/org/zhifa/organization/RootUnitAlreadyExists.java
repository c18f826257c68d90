package org.zhifa.organization;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.RuleViolation;

/** The tree has exactly one root, the 市局. */
public class RootUnitAlreadyExists extends RuleViolation {

	RootUnitAlreadyExists() {
		super(HttpStatus.CONFLICT, "root-unit-exists", "根单位已存在", "组织机构中已有市局（根单位），新单位须指定上级单位。");
	}
}
