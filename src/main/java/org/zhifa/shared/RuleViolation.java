package org.zhifa.shared;

import org.springframework.http.HttpStatus;

/** Base for a business rule refusing a well-formed request (422). Subclasses name the rule. */
public abstract class RuleViolation extends DomainException {

	protected RuleViolation(String type, String title, String detail) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, type, title, detail);
	}

	protected RuleViolation(HttpStatus status, String type, String title, String detail) {
		super(status, type, title, detail);
	}
}
