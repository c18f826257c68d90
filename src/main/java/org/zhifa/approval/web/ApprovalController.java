package org.zhifa.approval.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.approval.ApprovalAction;
import org.zhifa.approval.ApprovalQueries;
import org.zhifa.approval.Approvals;
import org.zhifa.approval.DeliberationDecision;
import org.zhifa.approval.NewSubmission;
import org.zhifa.approval.PenaltyKind;
import org.zhifa.approval.RequestType;
import org.zhifa.approval.RequestTypes;
import org.zhifa.approval.Submission;
import org.zhifa.approval.SubmissionDetails;
import org.zhifa.approval.SubmissionState;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;

/**
 * docs/api.md § Approvals: reading needs {@code approval:read}, the inbox and the reviewers' actions {@code approval:act}
 * (whether the caller may act on the step is then decided per step), submitting and the submitter's own actions
 * {@code approval:submit}.
 */
@RestController
@RequestMapping("/api/approvals")
class ApprovalController {

	private static final String VERSION = "缺少版本号";
	private static final String OPINION = "请填写意见";
	private static final String LONG = "不能超过2000个字";

	private final Approvals approvals;
	private final ApprovalQueries queries;
	private final RequestTypes types;

	ApprovalController(Approvals approvals, ApprovalQueries queries, RequestTypes types) {
		this.approvals = approvals;
		this.queries = queries;
		this.types = types;
	}

	record Listed(UUID id, String number, String requestType, String title, UUID caseId, String caseLabel, UUID unitId,
			String submittedByName, Instant submittedAt, SubmissionState state, String stateLabel, int currentStep, int round,
			Instant waitingSince, @Nullable Instant stepDueAt, @Nullable Instant escalatedAt, @Nullable String documentNumber, long version) {

		static Listed of(Submission s) {
			return new Listed(s.id(), s.number(), s.requestType(), s.title(), s.caseId(), s.caseLabel(), s.unitId(), s.submittedByName(),
					s.submittedAt(), s.state(), s.state().label(), s.currentStep(), s.round(), s.waitingSince(), s.stepDueAt(), s.escalatedAt(),
					s.documentNumber(), s.version());
		}
	}

	record Submit(@NotBlank(message = "请选择呈请事项") String requestType, @NotNull(message = "请选择案件") UUID caseId, @Nullable UUID partyId,
			@NotBlank(message = "请填写事实") @Size(max = 4000, message = "不能超过4000个字") String facts,
			@NotBlank(message = "请填写呈请理由") @Size(max = 2000, message = LONG) String reasons,
			@NotBlank(message = "请填写法律依据") @Size(max = 500, message = "不能超过500个字") String legalBasis,
			@Nullable @Min(value = 0, message = "金额不能为负数") BigDecimal amount, @Nullable PenaltyKind penaltyKind,
			@Nullable Boolean majorCase, @Nullable Map<String, String> params, @Nullable Map<String, String> documentFields,
			@Nullable List<UUID> officerIds, @Nullable UUID requestKey) {
	}

	record Opinion(@NotBlank(message = OPINION) @Size(max = 2000, message = LONG) String opinion, @NotNull(message = VERSION) Long version) {
	}

	record Return(@NotNull(message = "请选择退回到哪个环节") @Min(value = 0, message = "环节序号不能为负数") @Max(value = 20, message = "环节序号过大") Integer toStep,
			@NotBlank(message = OPINION) @Size(max = 2000, message = LONG) String opinion, @NotNull(message = VERSION) Long version) {
	}

	record Delegation(@NotNull(message = "请选择受委托人") UUID deputyId,
			@NotBlank(message = "请填写委托理由") @Size(max = 300, message = "不能超过300个字") String reason, @NotNull(message = VERSION) Long version) {
	}

	record AddedReviewer(@NotNull(message = "请选择加签审核人") UUID reviewerId,
			@NotBlank(message = "请填写加签理由") @Size(max = 300, message = "不能超过300个字") String reason, @NotNull(message = VERSION) Long version) {
	}

	record AttendeeOpinion(@NotNull(message = "请选择参加人员") UUID officerId, @NotNull(message = "请选择是否同意") Boolean agrees,
			@NotBlank(message = "请填写意见") @Size(max = 500, message = "不能超过500个字") String text) {
	}

	record Deliberation(@NotNull(message = "请填写讨论时间") Instant heldAt,
			@NotNull(message = "请登记参加人员意见") @Size(min = 3, max = 30, message = "集体讨论须3至30人参加") List<@Valid AttendeeOpinion> opinions,
			@NotNull(message = "请选择讨论决定") DeliberationDecision decision,
			@NotBlank(message = "请填写讨论决定") @Size(max = 2000, message = LONG) String conclusion, @NotNull(message = VERSION) Long version) {
	}

	record Reason(@NotBlank(message = "请填写理由") @Size(max = 2000, message = LONG) String reason, @NotNull(message = VERSION) Long version) {
	}

	record Resubmission(@NotBlank(message = "请填写事实") @Size(max = 4000, message = "不能超过4000个字") String facts,
			@NotBlank(message = "请填写呈请理由") @Size(max = 2000, message = LONG) String reasons,
			@NotBlank(message = "请填写法律依据") @Size(max = 500, message = "不能超过500个字") String legalBasis,
			@Nullable Map<String, String> documentFields, @NotNull(message = VERSION) Long version) {
	}

	@GetMapping("/request-types")
	@PreAuthorize("hasAuthority('approval:read')")
	List<RequestType> requestTypes() {
		return types.list();
	}

	@GetMapping("/inbox")
	@PreAuthorize("hasAuthority('approval:act')")
	PageResult<Listed> inbox(@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return queries.inbox(PageRequest.of(page, size)).map(Listed::of);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('approval:read')")
	PageResult<Listed> search(@RequestParam(required = false) @Nullable SubmissionState state,
			@RequestParam(required = false) @Nullable UUID caseId, @RequestParam(required = false) @Nullable Boolean mine,
			@RequestParam(required = false) @Nullable String requestType, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return queries.search(state, caseId, Boolean.TRUE.equals(mine), requestType, PageRequest.of(page, size)).map(Listed::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('approval:read')")
	SubmissionDetails get(@PathVariable UUID id) {
		return queries.get(id);
	}

	@GetMapping(value = "/{id}/draft.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize("hasAuthority('approval:read')")
	ResponseEntity<byte[]> draft(@PathVariable UUID id) {
		return ResponseEntity.ok().header("Content-Disposition", "inline; filename=\"draft.pdf\"").contentType(MediaType.APPLICATION_PDF)
			.body(queries.preview(id));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('approval:submit')")
	SubmissionDetails submit(@Valid @RequestBody Submit r) {
		Submission s = approvals.submit(new NewSubmission(r.requestType(), r.caseId(), r.partyId(), r.facts(), r.reasons(), r.legalBasis(),
				r.amount(), r.penaltyKind(), Boolean.TRUE.equals(r.majorCase()), r.params() == null ? Map.of() : r.params(),
				r.documentFields() == null ? Map.of() : r.documentFields(), r.officerIds() == null ? List.of() : r.officerIds(), r.requestKey()));
		return queries.get(s.id());
	}

	@PostMapping("/{id}/approval")
	@PreAuthorize("hasAuthority('approval:act')")
	SubmissionDetails approve(@PathVariable UUID id, @Valid @RequestBody Opinion r) {
		approvals.approve(id, r.opinion(), r.version());
		return queries.get(id);
	}

	@PostMapping("/{id}/rejection")
	@PreAuthorize("hasAuthority('approval:act')")
	SubmissionDetails reject(@PathVariable UUID id, @Valid @RequestBody Opinion r) {
		approvals.reject(id, r.opinion(), r.version());
		return queries.get(id);
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("hasAuthority('approval:act')")
	SubmissionDetails returnTo(@PathVariable UUID id, @Valid @RequestBody Return r) {
		approvals.returnTo(id, r.toStep(), r.opinion(), r.version());
		return queries.get(id);
	}

	@PostMapping("/{id}/delegation")
	@PreAuthorize("hasAuthority('approval:act')")
	SubmissionDetails delegate(@PathVariable UUID id, @Valid @RequestBody Delegation r) {
		approvals.delegate(id, r.deputyId(), r.reason(), r.version());
		return queries.get(id);
	}

	@PostMapping("/{id}/added-reviewer")
	@PreAuthorize("hasAuthority('approval:act')")
	SubmissionDetails addReviewer(@PathVariable UUID id, @Valid @RequestBody AddedReviewer r) {
		approvals.addReviewer(id, r.reviewerId(), r.reason(), r.version());
		return queries.get(id);
	}

	@PostMapping("/{id}/deliberation")
	@PreAuthorize("hasAuthority('approval:act')")
	SubmissionDetails deliberate(@PathVariable UUID id, @Valid @RequestBody Deliberation r) {
		approvals.deliberate(id, r.heldAt(), r.opinions().stream()
			.map(o -> new ApprovalAction.Opinion(o.officerId(), "", o.agrees(), o.text())).toList(), r.decision(), r.conclusion(), r.version());
		return queries.get(id);
	}

	@PostMapping("/{id}/recall")
	@PreAuthorize("hasAuthority('approval:submit')")
	SubmissionDetails recall(@PathVariable UUID id, @Valid @RequestBody Reason r) {
		approvals.recall(id, r.reason(), r.version());
		return queries.get(id);
	}

	@PostMapping("/{id}/resubmission")
	@PreAuthorize("hasAuthority('approval:submit')")
	SubmissionDetails resubmit(@PathVariable UUID id, @Valid @RequestBody Resubmission r) {
		approvals.resubmit(id, r.facts(), r.reasons(), r.legalBasis(), r.documentFields() == null ? Map.of() : r.documentFields(), r.version());
		return queries.get(id);
	}

	@PostMapping("/{id}/withdrawal")
	@PreAuthorize("hasAuthority('approval:submit')")
	SubmissionDetails withdraw(@PathVariable UUID id, @Valid @RequestBody Reason r) {
		approvals.withdraw(id, r.reason(), r.version());
		return queries.get(id);
	}
}
