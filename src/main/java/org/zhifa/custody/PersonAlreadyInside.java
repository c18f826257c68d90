package org.zhifa.custody;

import org.zhifa.shared.RuleViolation;

/** One person has one open file at a time. */
public class PersonAlreadyInside extends RuleViolation {

	PersonAlreadyInside(String name) {
		super("custody-person-inside", "人员已在办案区", name + " 已在办案区内，尚未出区，不能重复入区登记");
	}
}
