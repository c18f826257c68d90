package org.zhifa.approval;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.document.DocumentIssuing;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.officer.OfficerSummary;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;

/**
 * Reading requests: the inbox (what waits for me, longest waiting first), the searchable list within the reader's data
 * scope ({@code approval:read}), one request with its chain and history, and the draft document's preview. Whoever may act
 * on a request may read it.
 */
@Service
@Transactional(readOnly = true)
public class ApprovalQueries {

	private final SubmissionRecords records;
	private final RequestTypes types;
	private final ApprovalPolicies policies;
	private final StepAuthority authority;
	private final OfficerDirectory officers;
	private final DocumentIssuing documents;
	private final SubmissionScope scope;

	ApprovalQueries(SubmissionRecords records, RequestTypes types, ApprovalPolicies policies, StepAuthority authority,
			OfficerDirectory officers, DocumentIssuing documents, SubmissionScope scope) {
		this.records = records;
		this.types = types;
		this.policies = policies;
		this.authority = authority;
		this.officers = officers;
		this.documents = documents;
		this.scope = scope;
	}

	/** What waits for the signed-in officer. */
	public PageResult<Submission> inbox(PageRequest page) {
		UUID me = CurrentActor.get().officerId();
		return me == null ? new PageResult<>(List.of(), 0, page.page(), page.size()) : records.waitingFor(me, page);
	}

	public PageResult<Submission> search(@Nullable SubmissionState state, @Nullable UUID caseId, boolean mine, @Nullable String requestType,
			PageRequest page) {
		UUID me = CurrentActor.get().officerId();
		return records.search(scope.reading(), state, caseId, mine ? (me == null ? new UUID(0, 0) : me) : null, requestType, page);
	}

	public SubmissionDetails get(UUID id) {
		Submission s = readable(id);
		List<ApprovalStep> steps = records.steps(id);
		List<SubmissionDetails.StepView> views = steps.stream().map(step -> new SubmissionDetails.StepView(step,
				authority.whoMay(step, s.unitId()), step.assigneeId() == null ? null : name(step.assigneeId()),
				step.deputyId() == null ? null : name(step.deputyId()))).toList();
		UUID me = CurrentActor.get().officerId();
		boolean submitter = s.submittedBy().equals(me);
		boolean inReview = s.state() == SubmissionState.IN_REVIEW;
		var permitted = new SubmissionDetails.Permitted(inReview && me != null && s.candidateIds().contains(me),
				submitter && inReview && steps.stream().noneMatch(ApprovalStep::approved),
				submitter && s.state() == SubmissionState.WITH_SUBMITTER, submitter && s.state() == SubmissionState.WITH_SUBMITTER);
		return new SubmissionDetails(s, types.find(s.requestType()).orElseThrow(), policies.version(s.policyId(), s.policyVersion()), views,
				records.history(id), s.candidateIds().stream().map(this::name).toList(), permitted);
	}

	/** The document the request would issue, rendered unnumbered as 草稿. */
	public byte[] preview(UUID id) {
		Submission s = readable(id);
		RequestType type = types.find(s.requestType()).orElseThrow();
		if (type.documentType() == null) {
			throw new NotFound("呈请文书草稿", id);
		}
		return documents.preview(type.documentType(), authority.issuingUnit(s.unitId(), records.steps(id)), s.caseLabel(), s.documentFields());
	}

	private Submission readable(UUID id) {
		return records.find(id).filter(scope::canRead).orElseThrow(() -> new NotFound("呈请", id));
	}

	private String name(UUID officerId) {
		return officers.find(officerId).map(OfficerSummary::name).orElse("（未知）");
	}
}
