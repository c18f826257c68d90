package org.zhifa.approval;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.RuleViolation;

/** The officer may not act on this step: not the maker's checker, not the step's role in the right unit, or not qualified. */
public class NotEligibleToAct extends RuleViolation {

	public NotEligibleToAct(String stepLabel, List<String> reasons) {
		super(HttpStatus.FORBIDDEN, "approval-not-eligible", "无权办理本审批环节",
				"您不能办理“" + stepLabel + "”：" + String.join("；", reasons) + "。");
	}
}
