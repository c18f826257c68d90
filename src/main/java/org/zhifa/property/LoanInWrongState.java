package org.zhifa.property;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.RuleViolation;

/** A loan act out of order: "调用申请当前状态为待审批，不能出库". */
public class LoanInWrongState extends RuleViolation {

	LoanInWrongState(Loan loan, String act) {
		super(HttpStatus.CONFLICT, "property-loan-wrong-state", "调用状态不允许此操作",
				"调用申请当前状态为" + loan.status().label() + "，不能" + act);
	}
}
