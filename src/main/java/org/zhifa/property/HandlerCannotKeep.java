package org.zhifa.property;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.RuleViolation;

/**
 * 办案与管理相分离 (刑规235, 涉案财物管理规定 art 3): an officer who seized or registered an item may not check it in
 * as its custodian; an officer may not approve his own loan.
 */
public class HandlerCannotKeep extends RuleViolation {

	HandlerCannotKeep(String detail) {
		super(HttpStatus.FORBIDDEN, "property-separation-of-duties", "办案与保管相分离", detail);
	}
}
