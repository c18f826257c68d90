package org.zhifa.calendar.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.calendar.CalendarDay;
import org.zhifa.calendar.CalendarManagement;
import org.zhifa.calendar.Certainty;
import org.zhifa.calendar.Counting;
import org.zhifa.calendar.DayKind;
import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.DeadlineContext;
import org.zhifa.calendar.Deadlines;
import org.zhifa.calendar.Extension;
import org.zhifa.calendar.PeriodUnit;
import org.zhifa.calendar.RollOver;
import org.zhifa.calendar.RuleRevision;

/**
 * docs/api.md § Calendar: the holiday calendar and the period rules are bureau-wide; every role reads them
 * ({@code calendar:read}) and previews deadlines, administrators change them ({@code calendar:manage}).
 */
@RestController
@RequestMapping("/api")
class CalendarController {

	private static final String NAME = "名称不能为空，且不能超过40个字";
	private static final String CODE = "代码须为小写字母、数字、点和连字符";

	private final CalendarManagement calendar;
	private final Deadlines deadlines;

	CalendarController(CalendarManagement calendar, Deadlines deadlines) {
		this.calendar = calendar;
		this.deadlines = deadlines;
	}

	record DeclareDay(@NotNull(message = "请填写日期") LocalDate date, @NotNull(message = "请选择类型") DayKind kind,
			@NotBlank(message = NAME) @Size(max = 40, message = NAME) String name) {
	}

	record ChangeDay(@NotNull(message = "请选择类型") DayKind kind,
			@NotBlank(message = NAME) @Size(max = 40, message = NAME) String name) {
	}

	record ExtensionInput(
			@NotBlank(message = CODE) @Size(max = 40, message = "代码不能超过40个字符") @Pattern(regexp = "[a-z0-9.-]+", message = CODE) String code,
			@NotBlank(message = "请填写延长情形") @Size(max = 80, message = "延长情形不能超过80个字") String name,
			@NotNull(message = "请选择延长方式") Extension.Mode mode,
			@NotNull(message = "请填写延长长度") @Min(value = 1, message = "长度须在1到9999之间") @Max(value = 9999, message = "长度须在1到9999之间") Integer length,
			@NotNull(message = "请选择单位") PeriodUnit unit,
			@Nullable @Size(max = 80, message = "批准人不能超过80个字") String approver,
			@Nullable @Size(max = 300, message = "依据不能超过300个字") String basis) {
	}

	record ReviseRule(
			@NotBlank(message = "请填写规则名称") @Size(max = 80, message = "规则名称不能超过80个字") String name,
			@NotBlank(message = "请填写起算事件") @Size(max = 40, message = "起算事件不能超过40个字") String trigger,
			@NotNull(message = "请选择单位") PeriodUnit unit,
			@NotNull(message = "请填写期间长度") @Min(value = 1, message = "长度须在1到9999之间") @Max(value = 9999, message = "长度须在1到9999之间") Integer length,
			@NotNull(message = "请选择计算方式") Counting counting,
			@NotNull(message = "请选择节假日处理") RollOver rollOver,
			@NotNull(message = "请填写在押是否顺延") Boolean custodyException,
			@NotNull(message = "延长情形不能为空，可为空列表") @Size(max = 10, message = "延长情形最多10项") List<@Valid @NotNull(message = "延长情形不能为空") ExtensionInput> extensions,
			@NotBlank(message = "请填写法律依据") @Size(max = 500, message = "法律依据不能超过500个字") String basis,
			@NotNull(message = "请选择核实状态") Certainty certainty,
			@NotBlank(message = "请填写修改原因") @Size(max = 200, message = "修改原因不能超过200个字") String reason,
			@NotNull(message = "缺少版本号") Integer version) {
	}

	record ExcludedInput(@NotNull(message = "请填写开始时间") OffsetDateTime from, @NotNull(message = "请填写结束时间") OffsetDateTime to) {
	}

	record Preview(@NotBlank(message = "请选择期间规则") @Size(max = 80, message = "规则代码过长") String ruleCode,
			@NotNull(message = "请填写起算时间") OffsetDateTime start,
			@Nullable Boolean inCustody,
			@Nullable @Size(max = 10, message = "延长情形最多10项") List<@NotBlank(message = "延长情形代码不能为空") String> extensions,
			@Nullable @Size(max = 50, message = "不计入期间最多50段") List<@Valid @NotNull(message = "不计入期间不能为空") ExcludedInput> excluded,
			@Nullable OffsetDateTime restartAt,
			@Nullable @Size(max = 40, message = "重新计算原因不能超过40个字") String restartReason) {
	}

	// ---- holiday calendar -----------------------------------------------------------------------------------

	@GetMapping("/calendar/days")
	@PreAuthorize("hasAuthority('calendar:read')")
	List<CalendarJson.Day> days(@RequestParam @Min(value = 2000, message = "年份须在2000到2100之间")
			@Max(value = 2100, message = "年份须在2000到2100之间") int year) {
		return calendar.days(year).stream().map(CalendarJson.Day::of).toList();
	}

	@PostMapping("/calendar/days")
	@PreAuthorize("hasAuthority('calendar:manage')")
	ResponseEntity<CalendarJson.Day> declare(@Valid @RequestBody DeclareDay request) {
		CalendarDay day = calendar.declare(new CalendarDay(request.date(), request.kind(), request.name()));
		return ResponseEntity.created(URI.create("/api/calendar/days/" + day.date())).body(CalendarJson.Day.of(day));
	}

	@PutMapping("/calendar/days/{date}")
	@PreAuthorize("hasAuthority('calendar:manage')")
	CalendarJson.Day change(@PathVariable LocalDate date, @Valid @RequestBody ChangeDay request) {
		return CalendarJson.Day.of(calendar.change(new CalendarDay(date, request.kind(), request.name())));
	}

	@DeleteMapping("/calendar/days/{date}")
	@PreAuthorize("hasAuthority('calendar:manage')")
	ResponseEntity<Void> remove(@PathVariable LocalDate date) {
		calendar.remove(date);
		return ResponseEntity.noContent().build();
	}

	// ---- period rules and deadlines -------------------------------------------------------------------------

	@GetMapping("/period-rules")
	@PreAuthorize("hasAuthority('calendar:read')")
	List<CalendarJson.Rule> rules() {
		return deadlines.rules().stream().map(CalendarJson.Rule::of).toList();
	}

	@GetMapping("/period-rules/{code}")
	@PreAuthorize("hasAuthority('calendar:read')")
	CalendarJson.RuleWithVersions rule(@PathVariable String code) {
		List<CalendarJson.Rule> versions = deadlines.versions(code).stream().map(CalendarJson.Rule::of).toList();
		return new CalendarJson.RuleWithVersions(versions.getFirst(), versions);
	}

	@PutMapping("/period-rules/{code}")
	@PreAuthorize("hasAuthority('calendar:manage')")
	CalendarJson.Rule revise(@PathVariable String code, @Valid @RequestBody ReviseRule request) {
		List<Extension> extensions = request.extensions().stream()
			.map(e -> new Extension(e.code(), e.name().strip(), e.mode(), e.length(), e.unit(), blankToNull(e.approver()),
					blankToNull(e.basis())))
			.toList();
		var revision = new RuleRevision(request.name(), request.trigger(), request.unit(), request.length(), request.counting(),
				request.rollOver(), request.custodyException(), extensions, request.basis(), request.certainty(), request.reason());
		return CalendarJson.Rule.of(deadlines.revise(code, revision, request.version()));
	}

	@PostMapping("/deadlines/preview")
	@PreAuthorize("hasAuthority('calendar:read')")
	Deadline preview(@Valid @RequestBody Preview request) {
		List<DeadlineContext.Excluded> excluded = request.excluded() == null ? List.of()
				: request.excluded().stream().map(e -> new DeadlineContext.Excluded(e.from().toInstant(), e.to().toInstant())).toList();
		var context = new DeadlineContext(Boolean.TRUE.equals(request.inCustody()),
				request.extensions() == null ? List.of() : request.extensions(), excluded, zoned(request.restartAt()),
				blankToNull(request.restartReason()));
		return deadlines.compute(request.ruleCode(), request.start().toZonedDateTime(), context);
	}

	private static @Nullable ZonedDateTime zoned(@Nullable OffsetDateTime at) {
		return at == null ? null : at.toZonedDateTime();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
