package org.zhifa.intake;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.DomainException;

/**
 * An act that the law's order does not allow in the record's present state — a decision on an acceptance already
 * decided, a 复议 before the 不予立案通知书 was served, a hand-over of an incident that was not transferred …
 */
public class StepOutOfOrder extends DomainException {

	StepOutOfOrder(String title, String detail) {
		super(HttpStatus.CONFLICT, "step-out-of-order", title, detail);
	}
}
