package org.zhifa.approval;

import org.zhifa.shared.RuleViolation;

/** No active policy routes the request: the administrator must add one before it can be submitted. */
public class NoPolicyMatches extends RuleViolation {

	public NoPolicyMatches(RequestType type, RoutingFacts facts) {
		super("approval-no-policy", "没有适用的审批流程",
				"“" + type.name() + "”没有适用于本案情形的审批流程配置，请联系系统管理员在“审批流程配置”中添加。");
	}
}
