package org.zhifa.intake.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.calendar.Deadlines;
import org.zhifa.intake.AcceptanceDetails;
import org.zhifa.intake.AcceptanceSearch;
import org.zhifa.intake.AcceptanceStatus;
import org.zhifa.intake.CaseKind;
import org.zhifa.intake.ChallengeOutcome;
import org.zhifa.intake.EvidenceItem;
import org.zhifa.intake.FilingDecision;
import org.zhifa.intake.FilingDecisions;
import org.zhifa.intake.IncidentSearch;
import org.zhifa.intake.IncidentSource;
import org.zhifa.intake.IncidentStatus;
import org.zhifa.intake.IntakeDesk;
import org.zhifa.intake.NewIncident;
import org.zhifa.intake.web.IntakeJson.AcceptanceJson;
import org.zhifa.intake.web.IntakeJson.ExtensionOption;
import org.zhifa.intake.web.IntakeJson.IncidentJson;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;

/**
 * docs/api.md § 接处警与受案: reads need {@code intake:read}; registering, disposing and accepting incidents
 * {@code intake:register}; filing decisions, extensions, 复议 and 复核 {@code intake:decide} — all limited by data scope.
 */
@RestController
@RequestMapping("/api")
class IntakeController {

	private static final String VERSION = "缺少版本号";
	private static final String REASON_LONG = "理由不能超过500个字";
	private static final String OFFENCE_LONG = "案由代码不能超过20个字符";
	private static final Set<AcceptanceStatus> EXTENSIBLE = Set.of(AcceptanceStatus.PENDING, AcceptanceStatus.RECONSIDERATION,
			AcceptanceStatus.REVIEW);

	private final IntakeDesk desk;
	private final FilingDecisions decisions;
	private final Deadlines deadlines;
	private final Clock clock;

	IntakeController(IntakeDesk desk, FilingDecisions decisions, Deadlines deadlines, Clock clock) {
		this.desk = desk;
		this.decisions = decisions;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	record RegisterIncident(
			@NotNull(message = "缺少请求编号 requestId") UUID requestId,
			@NotNull(message = "请选择警情来源") IncidentSource source,
			@NotNull(message = "请填写接警时间") Instant receivedAt,
			@Nullable Instant occurredAt,
			@NotBlank(message = "请填写发案地点") @Size(max = 200, message = "地点不能超过200个字") String place,
			@NotBlank(message = "请填写报警人姓名") @Size(max = 50, message = "报警人姓名不能超过50个字") String reporterName,
			@Nullable @Pattern(regexp = "[0-9+\\-]{5,20}", message = "联系电话须为5到20位数字") String reporterPhone,
			@Nullable @Size(max = 18, message = "公民身份号码须为18位") String reporterCitizenId,
			@NotBlank(message = "请填写简要案情") @Size(max = 2000, message = "简要案情不能超过2000个字") String summary,
			@NotNull(message = "请指定两名处警民警") @Size(min = 2, max = 10, message = "请指定两名处警民警") List<@NotNull UUID> officerIds) {
	}

	record NotPoliceMatter(@NotBlank(message = "请填写告知报警人的理由") @Size(max = 500, message = REASON_LONG) String reason,
			@Nullable Instant at, @NotNull(message = VERSION) Long version) {
	}

	record Transfer(@NotBlank(message = "请填写移交单位") @Size(max = 100, message = "移交单位不能超过100个字") String transferTo,
			@NotBlank(message = "请填写移交理由") @Size(max = 500, message = REASON_LONG) String reason, @Nullable Instant at,
			@NotNull(message = VERSION) Long version) {
	}

	record HandOver(@Nullable Instant handedOverAt, @NotNull(message = VERSION) Long version) {
	}

	record Merge(@NotNull(message = "请选择合并到的警情") UUID targetId, @NotNull(message = VERSION) Long version) {
	}

	record Evidence(@NotBlank(message = "请填写证据材料名称") @Size(max = 100, message = "名称不能超过100个字") String name,
			@NotNull(message = "请填写数量") @Min(value = 1, message = "数量须至少为1") @Max(value = 9999, message = "数量过大") Integer quantity,
			@Nullable @Size(max = 500, message = "说明不能超过500个字") String description) {
	}

	record Accept(@NotNull(message = "缺少请求编号 requestId") UUID requestId,
			@NotNull(message = "请选择案件类别") CaseKind kind, @Nullable Instant acceptedAt,
			@NotNull(message = "证据材料清单不能为空，可为空列表") @Size(max = 100, message = "证据材料最多100项") List<@Valid @NotNull Evidence> evidence,
			@NotNull(message = VERSION) Long version) {
	}

	record Extend(@NotBlank(message = "请选择延长事由") @Size(max = 40) String code,
			@NotBlank(message = "请填写延长理由") @Size(max = 500, message = REASON_LONG) String reason,
			@NotNull(message = VERSION) Long version) {
	}

	record Decide(@NotNull(message = "请选择决定") FilingDecision decision,
			@Nullable @Size(max = 500, message = REASON_LONG) String reason,
			@Nullable @Size(max = 20, message = OFFENCE_LONG) String offenceCode, @Nullable Instant decidedAt,
			@NotNull(message = VERSION) Long version) {
	}

	record Served(@Nullable Instant servedAt, @NotNull(message = VERSION) Long version) {
	}

	record Applied(@Nullable Instant appliedAt, @NotNull(message = VERSION) Long version) {
	}

	/** A 复议 / 复核 decision; OVERTURNED files the case and needs its (criminal) 案由. */
	record Concluded(@NotNull(message = "请选择决定结果") ChallengeOutcome outcome,
			@Nullable @Size(max = 500, message = REASON_LONG) String reason,
			@Nullable @Size(max = 20, message = OFFENCE_LONG) String offenceCode, @Nullable Instant decidedAt,
			@NotNull(message = VERSION) Long version) {
	}

	// ---- incidents ------------------------------------------------------------------------------------------

	@GetMapping("/incidents")
	@PreAuthorize("hasAuthority('intake:read')")
	PageResult<IncidentJson> incidents(@RequestParam(required = false) @Nullable IncidentStatus status,
			@RequestParam(required = false) @Nullable IncidentSource source,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		Instant now = clock.instant();
		return desk.search(new IncidentSearch(status, source, from, to), PageRequest.of(page, size))
			.map(d -> IncidentJson.of(d, false, now));
	}

	@GetMapping("/incidents/{id}")
	@PreAuthorize("hasAuthority('intake:read')")
	IncidentJson incident(@PathVariable UUID id) {
		return IncidentJson.of(desk.get(id), true, clock.instant());
	}

	@PostMapping("/incidents")
	@PreAuthorize("hasAuthority('intake:register')")
	ResponseEntity<IncidentJson> register(@Valid @RequestBody RegisterIncident r) {
		var incident = desk.register(new NewIncident(r.requestId(), r.source(), r.receivedAt(), r.occurredAt(), r.place(),
				r.reporterName(), r.reporterPhone(), r.reporterCitizenId(), r.summary(), r.officerIds()));
		return ResponseEntity.created(URI.create("/api/incidents/" + incident.incident().id()))
			.body(IncidentJson.of(incident, true, clock.instant()));
	}

	@PostMapping("/incidents/{id}/not-police-matter")
	@PreAuthorize("hasAuthority('intake:register')")
	IncidentJson notPoliceMatter(@PathVariable UUID id, @Valid @RequestBody NotPoliceMatter r) {
		return IncidentJson.of(desk.declareNotPoliceMatter(id, r.reason(), r.at(), r.version()), true, clock.instant());
	}

	@PostMapping("/incidents/{id}/transfer")
	@PreAuthorize("hasAuthority('intake:register')")
	IncidentJson transfer(@PathVariable UUID id, @Valid @RequestBody Transfer r) {
		return IncidentJson.of(desk.transfer(id, r.transferTo(), r.reason(), r.at(), r.version()), true, clock.instant());
	}

	@PostMapping("/incidents/{id}/hand-over")
	@PreAuthorize("hasAuthority('intake:register')")
	IncidentJson handOver(@PathVariable UUID id, @Valid @RequestBody HandOver r) {
		return IncidentJson.of(desk.recordHandOver(id, r.handedOverAt(), r.version()), true, clock.instant());
	}

	@PostMapping("/incidents/{id}/merge")
	@PreAuthorize("hasAuthority('intake:register')")
	IncidentJson merge(@PathVariable UUID id, @Valid @RequestBody Merge r) {
		return IncidentJson.of(desk.merge(id, r.targetId(), r.version()), true, clock.instant());
	}

	@PostMapping("/incidents/{id}/acceptance")
	@PreAuthorize("hasAuthority('intake:register')")
	ResponseEntity<AcceptanceJson> accept(@PathVariable UUID id, @Valid @RequestBody Accept r) {
		List<EvidenceItem> evidence = r.evidence().stream()
			.map(e -> new EvidenceItem(e.name(), e.quantity(), e.description())).toList();
		var acceptance = desk.accept(id, r.requestId(), r.kind(), evidence, r.acceptedAt(), r.version());
		return ResponseEntity.created(URI.create("/api/acceptances/" + acceptance.acceptance().id())).body(json(acceptance, true));
	}

	// ---- acceptances ----------------------------------------------------------------------------------------

	@GetMapping("/acceptances")
	@PreAuthorize("hasAuthority('intake:read')")
	PageResult<AcceptanceJson> acceptances(@RequestParam(required = false) @Nullable AcceptanceStatus status,
			@RequestParam(required = false) @Nullable CaseKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return decisions.search(new AcceptanceSearch(status, kind, from, to), PageRequest.of(page, size)).map(d -> json(d, false));
	}

	@GetMapping("/acceptances/{id}")
	@PreAuthorize("hasAuthority('intake:read')")
	AcceptanceJson acceptance(@PathVariable UUID id) {
		return json(decisions.get(id), true);
	}

	/** The 受案回执 as printed for the reporter (his or her number masked). */
	@GetMapping("/acceptances/{id}/receipt")
	@PreAuthorize("hasAuthority('intake:read')")
	AcceptanceJson receipt(@PathVariable UUID id) {
		return json(decisions.receipt(id), false);
	}

	@PostMapping("/acceptances/{id}/extensions")
	@PreAuthorize("hasAuthority('intake:decide')")
	AcceptanceJson extend(@PathVariable UUID id, @Valid @RequestBody Extend r) {
		return json(decisions.extend(id, r.code(), r.reason(), r.version()), true);
	}

	@PostMapping("/acceptances/{id}/decision")
	@PreAuthorize("hasAuthority('intake:decide')")
	AcceptanceJson decide(@PathVariable UUID id, @Valid @RequestBody Decide r) {
		return json(decisions.decide(id, r.decision(), r.reason(), r.offenceCode(), r.decidedAt(), r.version()), true);
	}

	@PostMapping("/acceptances/{id}/refusal-notice")
	@PreAuthorize("hasAuthority('intake:decide')")
	AcceptanceJson refusalNotice(@PathVariable UUID id, @Valid @RequestBody Served r) {
		return json(decisions.serveRefusalNotice(id, r.servedAt(), r.version()), true);
	}

	@PostMapping("/acceptances/{id}/reconsideration")
	@PreAuthorize("hasAuthority('intake:decide')")
	AcceptanceJson reconsideration(@PathVariable UUID id, @Valid @RequestBody Applied r) {
		return json(decisions.applyForReconsideration(id, r.appliedAt(), r.version()), true);
	}

	@PostMapping("/acceptances/{id}/reconsideration/decision")
	@PreAuthorize("hasAuthority('intake:decide')")
	AcceptanceJson reconsiderationDecision(@PathVariable UUID id, @Valid @RequestBody Concluded r) {
		return json(decisions.decideReconsideration(id, r.outcome(), r.reason(), r.offenceCode(), r.decidedAt(), r.version()), true);
	}

	@PostMapping("/acceptances/{id}/review")
	@PreAuthorize("hasAuthority('intake:decide')")
	AcceptanceJson review(@PathVariable UUID id, @Valid @RequestBody Applied r) {
		return json(decisions.applyForReview(id, r.appliedAt(), r.version()), true);
	}

	@PostMapping("/acceptances/{id}/review/decision")
	@PreAuthorize("hasAuthority('intake:decide')")
	AcceptanceJson reviewDecision(@PathVariable UUID id, @Valid @RequestBody Concluded r) {
		return json(decisions.decideReview(id, r.outcome(), r.reason(), r.offenceCode(), r.decidedAt(), r.version()), true);
	}

	/** With the extensions the running decision period still allows (its rule's, minus those granted). */
	private AcceptanceJson json(AcceptanceDetails d, boolean full) {
		Instant now = clock.instant();
		List<ExtensionOption> options = d.clocks().stream()
			.filter(c -> c.running() && c.id().value().equals(d.acceptance().runningClockId())
					&& EXTENSIBLE.contains(d.acceptance().status()))
			.findFirst()
			.map(c -> deadlines.rule(c.deadline().ruleCode()).extensions().stream()
				.filter(e -> !c.context().extensions().contains(e.code())).map(ExtensionOption::of).toList())
			.orElse(List.of());
		return AcceptanceJson.of(d, full, now, options);
	}
}
