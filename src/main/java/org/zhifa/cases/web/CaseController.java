package org.zhifa.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.cases.CaseManagement;
import org.zhifa.cases.CaseQueries;
import org.zhifa.cases.CaseSearch;
import org.zhifa.cases.CaseStatus;
import org.zhifa.cases.Closing;
import org.zhifa.cases.CustodyRestart;
import org.zhifa.cases.MeasureAct;
import org.zhifa.cases.MeasureKind;
import org.zhifa.cases.NewMeasure;
import org.zhifa.cases.NewParty;
import org.zhifa.cases.OffenceCatalogue;
import org.zhifa.cases.PartyRole;
import org.zhifa.intake.CaseKind;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.PageRequest;

/**
 * docs/api.md § Cases: reads need {@code case:read}, handling {@code case:manage}; both limited by data scope. Creates
 * carry a client {@code requestId}: the same id again answers with the first result (200 instead of 201).
 */
@RestController
@RequestMapping("/api")
class CaseController {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final String VERSION = "缺少版本号";
	private static final String AT = "请填写时间";
	private static final String REASON_BLANK = "请填写理由";
	private static final String REASON_LONG = "理由不能超过300个字";

	private final CaseQueries queries;
	private final CaseManagement management;
	private final OffenceCatalogue offences;

	CaseController(CaseQueries queries, CaseManagement management, OffenceCatalogue offences) {
		this.queries = queries;
		this.management = management;
		this.offences = offences;
	}

	record AddParty(@NotNull(message = "缺少请求编号 requestId") UUID requestId, @NotNull(message = "请选择当事人身份") PartyRole role,
			@NotBlank(message = "姓名不能为空") @Size(max = 50, message = "姓名不能超过50个字") String name,
			@Nullable @Size(max = 30, message = "公民身份号码须为18位") String citizenId) {
	}

	record UpdateParty(@NotNull(message = "请选择当事人身份") PartyRole role,
			@NotBlank(message = "姓名不能为空") @Size(max = 50, message = "姓名不能超过50个字") String name,
			@Nullable @Size(max = 30, message = "公民身份号码须为18位") String citizenId, @NotNull(message = VERSION) Long version) {
	}

	record StartMeasure(@NotNull(message = "缺少请求编号 requestId") UUID requestId, @Nullable UUID partyId,
			@NotNull(message = "请选择强制措施") MeasureKind kind, @NotNull(message = "请填写开始时间") Instant startedAt,
			@Nullable List<@NotNull UUID> officerIds, @Nullable @Size(max = 500, message = "备注不能超过500个字") String note) {
	}

	record RecordAct(@NotNull(message = "请选择事项") MeasureAct act, @NotNull(message = AT) Instant at,
			MeasureAct.@Nullable NoticeWithheld withheld, @NotNull(message = VERSION) Long version) {
	}

	record Extend(@NotBlank(message = "请选择延长情形") @Pattern(regexp = "[a-z0-9-]{1,40}", message = "延长情形代码无效") String code,
			@NotBlank(message = REASON_BLANK) @Size(max = 300, message = REASON_LONG) String reason, @NotNull(message = AT) Instant at,
			@NotNull(message = VERSION) Long version) {
	}

	record Restart(@NotNull(message = "请选择重新计算的事由") CustodyRestart reason, @NotNull(message = AT) Instant at,
			@NotNull(message = VERSION) Long version) {
	}

	record Release(@NotBlank(message = REASON_BLANK) @Size(max = 300, message = REASON_LONG) String reason,
			@NotNull(message = AT) Instant at, @NotNull(message = VERSION) Long version) {
	}

	record ExtendPeriod(@NotBlank(message = "请选择延长情形") @Pattern(regexp = "[a-z0-9-]{1,40}", message = "延长情形代码无效") String code,
			@NotBlank(message = REASON_BLANK) @Size(max = 300, message = REASON_LONG) String reason,
			@NotNull(message = VERSION) Long version) {
	}

	record Exclude(@NotNull(message = "请填写开始时间") Instant from, @NotNull(message = "请填写结束时间") Instant to,
			@NotBlank(message = "请填写事由") @Size(max = 300, message = "事由不能超过300个字") String reason,
			@NotNull(message = VERSION) Long version) {
	}

	record Terminate(@NotBlank(message = REASON_BLANK) @Size(max = 500, message = "理由不能超过500个字") String reason,
			@NotNull(message = AT) Instant at, @NotNull(message = VERSION) Long version) {
	}

	record Close(@NotNull(message = "请选择结案方式") Closing closing,
			@NotBlank(message = REASON_BLANK) @Size(max = 500, message = "理由不能超过500个字") String reason,
			@NotNull(message = AT) Instant at, @NotNull(message = VERSION) Long version) {
	}

	record Notice(@NotNull(message = AT) Instant at, @NotNull(message = VERSION) Long version) {
	}

	/** The offence catalogue: reference data for every signed-in user (intake files cases with it). */
	@GetMapping("/offences")
	@PreAuthorize("isAuthenticated()")
	List<CaseJson.OffenceJson> offences(@RequestParam(required = false) @Nullable CaseKind kind) {
		return offences.list(kind).stream().map(CaseJson.OffenceJson::of).toList();
	}

	@GetMapping("/cases")
	@PreAuthorize("hasAuthority('case:read')")
	CaseJson.Page list(@RequestParam(required = false) @Nullable UUID unitId,
			@RequestParam(required = false, defaultValue = "false") boolean includeSubunits,
			@RequestParam(required = false) @Nullable CaseStatus status, @RequestParam(required = false) @Nullable CaseKind kind,
			@RequestParam(required = false) @Nullable String offenceCode, @RequestParam(required = false) @Nullable UUID officerId,
			@RequestParam(required = false) @Nullable LocalDate filedFrom, @RequestParam(required = false) @Nullable LocalDate filedTo,
			@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		if (filedFrom != null && filedTo != null && filedTo.isBefore(filedFrom)) {
			throw new InvalidInput("filedTo", "结束日期不能早于开始日期");
		}
		if (number != null && number.length() > 24) {
			throw new InvalidInput("number", "案件编号不能超过24位");
		}
		var search = new CaseSearch(null, status, kind, blankToNull(offenceCode), officerId,
				filedFrom == null ? null : filedFrom.atStartOfDay(CHINA).toInstant(),
				filedTo == null ? null : filedTo.plusDays(1).atStartOfDay(CHINA).toInstant(), blankToNull(number));
		return CaseJson.Page.of(queries.search(search, unitId, includeSubunits, PageRequest.of(page, size)));
	}

	@GetMapping("/cases/{id}")
	@PreAuthorize("hasAuthority('case:read')")
	CaseJson.Details get(@PathVariable UUID id) {
		return CaseJson.Details.of(queries.get(id));
	}

	@PostMapping("/cases/{id}/parties")
	@PreAuthorize("hasAuthority('case:manage')")
	ResponseEntity<CaseJson.PartyJson> addParty(@PathVariable UUID id, @Valid @RequestBody AddParty request) {
		var party = management.addParty(id, new NewParty(request.role(), request.name(), request.citizenId()), request.requestId());
		return ResponseEntity.status(HttpStatus.CREATED).body(CaseJson.PartyJson.of(party));
	}

	@PutMapping("/cases/{id}/parties/{partyId}")
	@PreAuthorize("hasAuthority('case:manage')")
	CaseJson.PartyJson updateParty(@PathVariable UUID id, @PathVariable UUID partyId, @Valid @RequestBody UpdateParty request) {
		return CaseJson.PartyJson.of(management.updateParty(id, partyId, new NewParty(request.role(), request.name(),
				request.citizenId()), request.version()));
	}

	@PostMapping("/cases/{id}/parties/{partyId}/termination")
	@PreAuthorize("hasAuthority('case:manage')")
	CaseJson.PartyJson terminate(@PathVariable UUID id, @PathVariable UUID partyId, @Valid @RequestBody Terminate request) {
		return CaseJson.PartyJson.of(management.terminateInvestigation(id, partyId, request.reason(), request.at(), request.version()));
	}

	@PostMapping("/cases/{id}/measures")
	@PreAuthorize("hasAuthority('case:manage')")
	ResponseEntity<CaseJson.MeasureJson> startMeasure(@PathVariable UUID id, @Valid @RequestBody StartMeasure request) {
		var measure = management.startMeasure(id, new NewMeasure(request.partyId(), request.kind(), request.startedAt(),
				request.officerIds() == null ? List.of() : request.officerIds(), request.note()), request.requestId());
		return ResponseEntity.status(HttpStatus.CREATED).body(CaseJson.MeasureJson.of(measure));
	}

	@PostMapping("/cases/{id}/measures/{measureId}/acts")
	@PreAuthorize("hasAuthority('case:manage')")
	CaseJson.MeasureJson act(@PathVariable UUID id, @PathVariable UUID measureId, @Valid @RequestBody RecordAct request) {
		return CaseJson.MeasureJson.of(management.recordAct(id, measureId, request.act(), request.at(), request.withheld(),
				request.version()));
	}

	@PostMapping("/cases/{id}/measures/{measureId}/extensions")
	@PreAuthorize("hasAuthority('case:manage')")
	CaseJson.MeasureJson extend(@PathVariable UUID id, @PathVariable UUID measureId, @Valid @RequestBody Extend request) {
		return CaseJson.MeasureJson.of(management.extend(id, measureId, request.code(), request.reason(), request.at(),
				request.version()));
	}

	@PostMapping("/cases/{id}/measures/{measureId}/restart")
	@PreAuthorize("hasAuthority('case:manage')")
	CaseJson.MeasureJson restart(@PathVariable UUID id, @PathVariable UUID measureId, @Valid @RequestBody Restart request) {
		return CaseJson.MeasureJson.of(management.restartCustody(id, measureId, request.reason(), request.at(), request.version()));
	}

	@PostMapping("/cases/{id}/measures/{measureId}/release")
	@PreAuthorize("hasAuthority('case:manage')")
	CaseJson.MeasureJson release(@PathVariable UUID id, @PathVariable UUID measureId, @Valid @RequestBody Release request) {
		return CaseJson.MeasureJson.of(management.release(id, measureId, request.reason(), request.at(), request.version()));
	}

	@PostMapping("/cases/{id}/case-period/extensions")
	@PreAuthorize("hasAuthority('case:manage')")
	CaseJson.Brief extendPeriod(@PathVariable UUID id, @Valid @RequestBody ExtendPeriod request) {
		return CaseJson.Brief.of(management.extendCasePeriod(id, request.code(), request.reason(), request.version()));
	}

	@PostMapping("/cases/{id}/case-period/exclusions")
	@PreAuthorize("hasAuthority('case:manage')")
	CaseJson.Brief exclude(@PathVariable UUID id, @Valid @RequestBody Exclude request) {
		return CaseJson.Brief.of(management.excludeFromCasePeriod(id, request.from(), request.to(), request.reason(),
				request.version()));
	}

	@PostMapping("/cases/{id}/closing")
	@PreAuthorize("hasAuthority('case:manage')")
	CaseJson.Brief close(@PathVariable UUID id, @Valid @RequestBody Close request) {
		return CaseJson.Brief.of(management.close(id, request.closing(), request.reason(), request.at(), request.version()));
	}

	@PostMapping("/cases/{id}/party-notice")
	@PreAuthorize("hasAuthority('case:manage')")
	CaseJson.Brief partyNotice(@PathVariable UUID id, @Valid @RequestBody Notice request) {
		return CaseJson.Brief.of(management.recordPartyNotice(id, request.at(), request.version()));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
