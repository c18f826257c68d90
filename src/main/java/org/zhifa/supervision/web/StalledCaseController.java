package org.zhifa.supervision.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.supervision.ReviewState;
import org.zhifa.supervision.StalledCaseReview;
import org.zhifa.supervision.StalledCases;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;

/** docs/api.md § Stalled cases: reads need {@code stalled-case:read}; answers {@code :answer}; returning a proposal {@code :decide}. */
@RestController
@RequestMapping("/api/stalled-cases")
class StalledCaseController {

	private static final String REASON_LONG = "不能超过500个字";
	private static final String VERSION = "缺少版本号";

	private final StalledCases stalledCases;

	StalledCaseController(StalledCases stalledCases) {
		this.stalledCases = stalledCases;
	}

	record Review(UUID id, UUID caseId, String caseLabel, UUID unitId, List<UUID> officerIds, Instant idleSince, Instant openedAt,
			ReviewState state, String stateLabel, Instant reviewDueAt, boolean escalated, @Nullable Instant escalatedAt,
			@Nullable String answerReason, @Nullable Instant answeredAt, @Nullable Instant extendedUntil,
			@Nullable String decisionReason, @Nullable String resolution, @Nullable Instant resolvedAt, long version) {

		static Review of(StalledCaseReview r) {
			return new Review(r.id(), r.caseId(), r.caseLabel(), r.unitId(), r.officerIds(), r.idleSince(), r.openedAt(), r.state(),
					r.state().label(), r.reviewDueAt(), r.escalatedAt() != null, r.escalatedAt(), r.answerReason(), r.answeredAt(),
					r.extendedUntil(), r.decisionReason(), r.resolution(), r.resolvedAt(), r.version());
		}
	}

	record Explanation(@NotBlank(message = "请填写未结原因及下一步工作") @Size(max = 500, message = REASON_LONG) String reason,
			@NotNull(message = "请填写延期天数") @Min(value = 1, message = "延期天数须至少为1日") @Max(value = 365, message = "延期天数不能超过365日") Integer days,
			@NotNull(message = VERSION) Long version) {
	}

	record Reasoned(@NotBlank(message = "请填写理由") @Size(max = 500, message = REASON_LONG) String reason,
			@NotNull(message = VERSION) Long version) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('stalled-case:read')")
	PageResult<Review> list(@RequestParam(required = false) @Nullable ReviewState state,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return stalledCases.search(state, PageRequest.of(page, size)).map(Review::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('stalled-case:read')")
	Review get(@PathVariable UUID id) {
		return Review.of(stalledCases.get(id));
	}

	@PostMapping("/{id}/explanation")
	@PreAuthorize("hasAuthority('stalled-case:answer')")
	Review explain(@PathVariable UUID id, @Valid @RequestBody Explanation request) {
		return Review.of(stalledCases.explain(id, request.reason(), request.days(), request.version()));
	}

	@PostMapping("/{id}/closing-proposal")
	@PreAuthorize("hasAuthority('stalled-case:answer')")
	Review propose(@PathVariable UUID id, @Valid @RequestBody Reasoned request) {
		return Review.of(stalledCases.proposeClosing(id, request.reason(), request.version()));
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("hasAuthority('stalled-case:decide')")
	Review returnProposal(@PathVariable UUID id, @Valid @RequestBody Reasoned request) {
		return Review.of(stalledCases.returnProposal(id, request.reason(), request.version()));
	}
}
