package org.zhifa.officer.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.zhifa.officer.Eligibility;
import org.zhifa.officer.LegalOfficerDesignation;
import org.zhifa.officer.NewOfficer;
import org.zhifa.officer.OfficerChanges;
import org.zhifa.officer.OfficerKind;
import org.zhifa.officer.OfficerManagement;
import org.zhifa.officer.OfficerRoster;
import org.zhifa.officer.OfficerSearch;
import org.zhifa.officer.Qualification;
import org.zhifa.officer.QualificationLevel;
import org.zhifa.officer.Role;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;

/** docs/api.md § Officers: reads need {@code officer:read}, changes {@code officer:manage}; both further limited by data scope. */
@RestController
@RequestMapping("/api")
class OfficerController {

	private static final String NAME_BLANK = "姓名不能为空";
	private static final String NAME_LONG = "姓名不能超过32个字";
	private static final String PHONE = "手机号须为以1开头的11位数字";
	private static final String VERSION = "缺少版本号";

	private final OfficerRoster roster;
	private final OfficerManagement management;

	OfficerController(OfficerRoster roster, OfficerManagement management) {
		this.roster = roster;
		this.management = management;
	}

	record QualificationInput(
			@NotNull(message = "请选择执法资格等级") QualificationLevel level,
			@NotNull(message = "请填写取得日期") LocalDate passedOn,
			@NotNull(message = "请填写到期日期") LocalDate expiresOn) {
	}

	record RegisterOfficer(
			@NotBlank(message = NAME_BLANK) @Size(max = 32, message = NAME_LONG) String name,
			@NotBlank(message = "警号不能为空")
			@Pattern(regexp = "[0-9]{6}|F[0-9]{6}", message = "警号须为6位数字；辅警编号须为字母F加6位数字") String badgeNumber,
			@NotNull(message = "请选择人员类别") OfficerKind kind,
			@NotNull(message = "请选择所在单位") UUID unitId,
			@NotNull(message = "角色不能为空，可为空列表") Set<@NotNull(message = "角色不能为空") Role> roles,
			@NotNull(message = "请填写是否具有法律职业资格") Boolean legalProfessionQualified,
			@Nullable LegalOfficerDesignation legalOfficerDesignation,
			@Nullable @Pattern(regexp = "1[0-9]{10}", message = PHONE) String phone,
			@Nullable @Valid QualificationInput qualification) {
	}

	record UpdateOfficer(
			@NotBlank(message = NAME_BLANK) @Size(max = 32, message = NAME_LONG) String name,
			@NotNull(message = "请选择所在单位") UUID unitId,
			@NotNull(message = "角色不能为空，可为空列表") Set<@NotNull(message = "角色不能为空") Role> roles,
			@NotNull(message = "请填写是否具有法律职业资格") Boolean legalProfessionQualified,
			@Nullable LegalOfficerDesignation legalOfficerDesignation,
			@Nullable @Pattern(regexp = "1[0-9]{10}", message = PHONE) String phone,
			@NotNull(message = VERSION) Long version) {
	}

	record Qualify(
			@NotNull(message = "请选择执法资格等级") QualificationLevel level,
			@NotNull(message = "请填写取得日期") LocalDate passedOn,
			@NotNull(message = "请填写到期日期") LocalDate expiresOn,
			@NotNull(message = VERSION) Long version) {
	}

	record Deactivate(
			@NotBlank(message = "请填写原因") @Size(max = 200, message = "原因不能超过200个字") String reason,
			@NotNull(message = VERSION) Long version) {
	}

	@GetMapping("/officers")
	@PreAuthorize("hasAuthority('officer:read')")
	PageResult<OfficerJson.Officer> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable UUID unitId,
			@RequestParam(required = false, defaultValue = "false") boolean includeSubunits,
			@RequestParam(required = false) @Nullable OfficerKind kind, @RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable QualificationLevel qualificationLevel,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		var search = new OfficerSearch(q, unitId, includeSubunits, kind, role, qualificationLevel);
		return roster.search(search, PageRequest.of(page, size)).map(OfficerJson.Officer::of);
	}

	@GetMapping("/officers/expiring-qualifications")
	@PreAuthorize("hasAuthority('officer:read')")
	List<OfficerJson.Officer> expiring(@RequestParam(defaultValue = "30")
			@Min(value = 1, message = "须在 1 到 365 之间") @Max(value = 365, message = "须在 1 到 365 之间") int withinDays) {
		return roster.expiringQualifications(withinDays).stream().map(OfficerJson.Officer::of).toList();
	}

	@GetMapping("/officers/{id}")
	@PreAuthorize("hasAuthority('officer:read')")
	OfficerJson.Officer get(@PathVariable UUID id) {
		return OfficerJson.Officer.of(roster.get(id));
	}

	@GetMapping("/officers/{id}/enforcement-eligibility")
	@PreAuthorize("hasAuthority('officer:read')")
	Eligibility eligibility(@PathVariable UUID id) {
		return roster.eligibilityToday(id);
	}

	@PostMapping("/officers")
	@PreAuthorize("hasAuthority('officer:manage')")
	ResponseEntity<OfficerJson.Officer> register(@Valid @RequestBody RegisterOfficer request) {
		QualificationInput q = request.qualification();
		var officer = management.register(new NewOfficer(request.name(), request.badgeNumber(), request.kind(), request.unitId(),
				request.roles(), request.legalProfessionQualified(), request.legalOfficerDesignation(), request.phone(),
				q == null ? null : new Qualification(q.level(), q.passedOn(), q.expiresOn())));
		return ResponseEntity.created(URI.create("/api/officers/" + officer.id())).body(OfficerJson.Officer.of(officer));
	}

	@PutMapping("/officers/{id}")
	@PreAuthorize("hasAuthority('officer:manage')")
	OfficerJson.Officer update(@PathVariable UUID id, @Valid @RequestBody UpdateOfficer request) {
		var changes = new OfficerChanges(request.name(), request.unitId(), request.roles(), request.legalProfessionQualified(),
				request.legalOfficerDesignation(), request.phone());
		return OfficerJson.Officer.of(management.update(id, changes, request.version()));
	}

	@PutMapping("/officers/{id}/qualification")
	@PreAuthorize("hasAuthority('officer:manage')")
	OfficerJson.Officer qualify(@PathVariable UUID id, @Valid @RequestBody Qualify request) {
		return OfficerJson.Officer.of(
				management.qualify(id, request.level(), request.passedOn(), request.expiresOn(), request.version()));
	}

	@PostMapping("/officers/{id}/deactivate")
	@PreAuthorize("hasAuthority('officer:manage')")
	OfficerJson.Officer deactivate(@PathVariable UUID id, @Valid @RequestBody Deactivate request) {
		return OfficerJson.Officer.of(management.deactivate(id, request.reason(), request.version()));
	}

	/** Reference data for forms; any signed-in user. */
	@GetMapping("/officer-roles")
	@PreAuthorize("isAuthenticated()")
	List<OfficerJson.CodeName> roles() {
		return Arrays.stream(Role.values()).map(r -> new OfficerJson.CodeName(r.name(), r.label())).toList();
	}
}
