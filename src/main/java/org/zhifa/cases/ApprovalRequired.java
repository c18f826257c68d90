package org.zhifa.cases;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.DomainException;

/**
 * The act is one the law routes through 审核审批 ({@link ApprovalRoutes}): it happens when the request is approved, never
 * directly. 409 with the request type to submit instead ({@code requestType}, {@code requestTypeName}), so the page can
 * open the 呈请 form.
 */
public class ApprovalRequired extends DomainException {

	ApprovalRequired(String what, String requestType, String requestTypeName) {
		super(HttpStatus.CONFLICT, "approval-required", "须经审批", what + "须经审批：请提交「呈请" + requestTypeName + "」",
				Map.of("requestType", requestType, "requestTypeName", requestTypeName));
	}
}
