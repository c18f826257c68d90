package org.zhifa.approval;

import java.util.List;
import java.util.Map;

/**
 * A port any module can implement to refuse, at submission, a request whose {@code params} name things of that module in
 * a state that does not allow it (涉案财物 on loan, already disposed …) — before anything is written, so a request that
 * would fail at the final approval is never routed. {@link Approvals} calls every bean that {@link #covers} the request
 * type on submit and on resubmit, next to {@link ApprovalSubjects#checkRequest}; the module applying the decision checks
 * again on final approval.
 */
public interface RequestCheck {

	/** Whether this check is about requests of this type (its {@code code}). */
	boolean covers(String requestType);

	/**
	 * Throws the module's problem (400/409 naming the param as the field) when the request may not be made now.
	 *
	 * @param openOnCase the other requests on the same case that are still open (in review or back with their submitter),
	 *        so that two requests cannot claim the same thing at once
	 */
	void check(String requestType, SubjectFacts subject, Map<String, String> params, List<Submission> openOnCase);
}
