package org.zhifa.cases;

import org.zhifa.shared.RuleViolation;

/** The measure or act does not follow legally from what the case and the suspect are in (see {@link MeasureOrder}). */
public class MeasureOutOfOrder extends RuleViolation {

	MeasureOutOfOrder(String why) {
		super("measure-out-of-order", "不符合强制措施的法定顺序", why);
	}
}
