package org.zhifa.custody.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.custody.Admissions;
import org.zhifa.custody.BelongingSeizures;
import org.zhifa.custody.Alarm;
import org.zhifa.custody.Board;
import org.zhifa.custody.CollectedItem;
import org.zhifa.custody.CustodyAlarms;
import org.zhifa.custody.CustodyFigures;
import org.zhifa.custody.CustodyQueries;
import org.zhifa.custody.Discharges;
import org.zhifa.custody.Disposition;
import org.zhifa.custody.ExitOutcome;
import org.zhifa.custody.Figures;
import org.zhifa.custody.NewAdmission;
import org.zhifa.custody.Questioning;
import org.zhifa.custody.QuestioningKind;
import org.zhifa.custody.Room;
import org.zhifa.custody.RoomKind;
import org.zhifa.custody.Rooms;
import org.zhifa.custody.StayExtensions;
import org.zhifa.custody.Visit;
import org.zhifa.property.Category;
import org.zhifa.custody.VisitDetails;
import org.zhifa.custody.VisitReason;
import org.zhifa.custody.VisitSearch;
import org.zhifa.custody.VisitSteps;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;

/**
 * docs/api.md § Case-handling centre: reading needs {@code custody:read}, every step {@code custody:operate}, the rooms
 * {@code custody:rooms}; each within the data scope of the visit's handling unit or centre.
 */
@RestController
@RequestMapping("/api/custody")
class CustodyController {

	private static final String VERSION = "缺少版本号";
	private static final String OFFICERS = "请选择民警";

	private final Admissions admissions;
	private final VisitSteps steps;
	private final Questioning questioning;
	private final Discharges discharges;
	private final Rooms rooms;
	private final CustodyAlarms alarms;
	private final CustodyQueries queries;
	private final StayExtensions extensions;
	private final CustodyFigures figures;
	private final BelongingSeizures seizures;

	CustodyController(Admissions admissions, VisitSteps steps, Questioning questioning, Discharges discharges, Rooms rooms, CustodyAlarms alarms,
			CustodyQueries queries, StayExtensions extensions, CustodyFigures figures, BelongingSeizures seizures) {
		this.extensions = extensions;
		this.seizures = seizures;
		this.figures = figures;
		this.admissions = admissions;
		this.steps = steps;
		this.questioning = questioning;
		this.discharges = discharges;
		this.rooms = rooms;
		this.alarms = alarms;
		this.queries = queries;
	}

	record Listed(UUID id, String number, String personName, @Nullable String citizenId, VisitReason reason, String reasonLabel,
			@Nullable UUID caseId, @Nullable String caseLabel, UUID centerId, UUID unitId, Instant arrivedAt, @Nullable Instant dueAt,
			@Nullable Instant exitedAt, @Nullable ExitOutcome outcome, long version) {

		static Listed of(Visit v) {
			return new Listed(v.id(), v.number(), v.personName(), v.maskedCitizenId(), v.reason(), v.reason().label(), v.caseId(), v.caseLabel(),
					v.centerId(), v.unitId(), v.arrivedAt(), v.dueAt(), v.exitedAt(), v.outcome(), v.version());
		}
	}

	record Admit(@NotNull(message = "请选择办案中心") UUID centerId, @Nullable UUID caseId, @Nullable UUID partyId,
			@Nullable @Size(max = 50, message = "姓名不能超过50个字") String personName, @Nullable @Size(max = 18, message = "公民身份号码为18位") String citizenId,
			@Nullable Boolean suspect, @NotNull(message = "请选择入区事由") VisitReason reason, @NotNull(message = "请填写入区时间") Instant arrivedAt,
			@NotNull(message = "请选择带入民警") @Size(min = 2, max = 6, message = "须由两名民警带入") List<UUID> escortIds,
			@Nullable @Size(max = 3) List<@Size(max = 40) String> extensions) {
	}

	record Check(@NotNull(message = VERSION) Long version, @Nullable Instant at,
			@NotNull(message = OFFICERS) @Size(min = 1, max = 6, message = OFFICERS) List<UUID> officerIds,
			@NotBlank(message = "请填写检查情况") @Size(max = 1000, message = "不能超过1000个字") String findings,
			@Nullable @Size(max = 1000, message = "不能超过1000个字") String injuries,
			@Nullable @Size(max = 20) List<@Size(max = 100) String> injuryPhotos, @Nullable @Size(max = 50) List<@Size(max = 100) String> itemsFound) {
	}

	record Item(@NotBlank(message = "请填写物品名称") @Size(max = 200, message = "不能超过200个字") String description,
			@NotNull(message = "请填写数量") @Min(value = 1, message = "数量须大于0") @Max(value = 9999, message = "数量过大") Integer quantity,
			@Nullable Boolean caseRelated) {
	}

	record BelongingsRecord(@NotNull(message = VERSION) Long version, @Nullable Instant at,
			@NotBlank(message = "请填写储物柜号") @Size(max = 20, message = "柜号不能超过20个字") String locker,
			@NotNull(message = "请登记物品（没有则为空列表）") @Size(max = 100, message = "一次最多登记100项") List<@Valid Item> items) {
	}

	record Collection(@NotNull(message = VERSION) Long version, @Nullable Instant at,
			@NotNull(message = OFFICERS) @Size(min = 1, max = 6, message = OFFICERS) List<UUID> officerIds,
			@NotNull(message = "请选择采集项目") @Size(min = 1, message = "请选择采集项目") Set<CollectedItem> items) {
	}

	record WatchStart(@NotNull(message = VERSION) Long version, @Nullable Instant at, @NotNull(message = "请选择看管人员") UUID watcherId) {
	}

	record RoomMove(@NotNull(message = VERSION) Long version, @Nullable UUID roomId) {
	}

	record SessionStart(@NotNull(message = VERSION) Long version, @NotNull(message = "请选择讯问或询问") QuestioningKind kind,
			@NotNull(message = "请选择房间") UUID roomId, @NotNull(message = OFFICERS) @Size(min = 1, max = 6, message = OFFICERS) List<UUID> officerIds,
			@Nullable Boolean fullRecording, @Nullable Instant at) {
	}

	record SessionEnd(@NotNull(message = VERSION) Long version, @Nullable Instant at,
			@Nullable @Size(max = 100, message = "录像编号不能超过100个字") String recordingFile, @Nullable Instant recordingFrom,
			@Nullable Instant recordingTo) {
	}

	record Handling(@NotNull(message = "请填写物品序号") @Min(value = 1, message = "序号无效") Integer seq,
			@NotNull(message = "请选择处理方式") Disposition disposition, @Nullable @Size(max = 200, message = "不能超过200个字") String note) {
	}

	record Exit(@NotNull(message = VERSION) Long version, @NotNull(message = "请选择出区去向") ExitOutcome outcome,
			@Nullable @Size(max = 100, message = "不能超过100个字") String destination, @Nullable @Size(max = 100, message = "不能超过100个字") String authority,
			@Nullable Instant at, @Nullable @Size(max = 100) List<@Valid Handling> belongings) {
	}

	record NewRoom(@NotNull(message = "请选择办案中心") UUID centerId, @NotBlank(message = "请填写房间名称") @Size(max = 40, message = "不能超过40个字") String name,
			@NotNull(message = "请选择房间类型") RoomKind kind, @NotNull(message = "请填写容纳人数") @Min(value = 1, message = "容纳人数须在1到50之间")
			@Max(value = 50, message = "容纳人数须在1到50之间") Integer capacity) {
	}

	record RoomChange(@NotBlank(message = "请填写房间名称") @Size(max = 40, message = "不能超过40个字") String name,
			@NotNull(message = "请选择房间类型") RoomKind kind, @NotNull(message = "请填写容纳人数") @Min(value = 1, message = "容纳人数须在1到50之间")
			@Max(value = 50, message = "容纳人数须在1到50之间") Integer capacity, @NotNull(message = "请选择是否启用") Boolean active,
			@NotNull(message = VERSION) Long version) {
	}

	record BelongingSeizure(@NotNull(message = VERSION) Long version, @NotNull(message = "请选择财物类别") Category category,
			@NotBlank(message = "请填写扣押决定书或扣押清单文号") @Size(max = 100, message = "不能超过100个字") String documentNumber,
			@Nullable @Size(max = 10, message = "不能超过10个字") String quantityUnit,
			@Nullable @DecimalMin(value = "0", message = "价值不能为负数") BigDecimal estimatedValue, @Nullable Instant at) {
	}

	record StayExtension(@NotNull(message = VERSION) Long version, @NotBlank(message = "请选择延长事由") String extensionCode,
			@NotBlank(message = "请填写延长理由") @Size(max = 300, message = "不能超过300个字") String reason,
			@NotBlank(message = "请填写批准人") @Size(max = 100, message = "不能超过100个字") String approvedBy, @Nullable Instant at) {
	}

	/** An extension the visit's clock may still be given: its code, what it is for, what it allows and who approves it. */
	record ExtensionOption(String code, String name, String describe, @Nullable String approver, @Nullable String basis) {
	}

	record AlarmMark(@NotNull(message = VERSION) Long version) {
	}

	// ---- visits ------------------------------------------------------------------------------------------------------

	@GetMapping("/visits")
	@PreAuthorize("hasAuthority('custody:read')")
	PageResult<Listed> search(@RequestParam(required = false) @Nullable UUID centerId, @RequestParam(required = false) @Nullable UUID unitId,
			@RequestParam(required = false) @Nullable UUID caseId, @RequestParam(required = false) @Nullable Boolean inside,
			@RequestParam(required = false) @Nullable VisitReason reason, @RequestParam(required = false) @Nullable Instant arrivedFrom,
			@RequestParam(required = false) @Nullable Instant arrivedBefore, @RequestParam(required = false) @Nullable @Size(max = 50) String name,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return queries.search(new VisitSearch(centerId, unitId, caseId, inside, reason, arrivedFrom, arrivedBefore, name), PageRequest.of(page, size))
			.map(Listed::of);
	}

	@GetMapping("/visits/{id}")
	@PreAuthorize("hasAuthority('custody:read')")
	VisitDetails get(@PathVariable UUID id) {
		return queries.get(id);
	}

	@PostMapping("/visits")
	@PreAuthorize("hasAuthority('custody:operate')")
	VisitDetails admit(@Valid @RequestBody Admit r) {
		Visit v = admissions.admit(new NewAdmission(r.centerId(), r.caseId(), r.partyId(), r.personName(), r.citizenId(), r.suspect(), r.reason(),
				r.arrivedAt(), r.escortIds(), r.extensions()));
		return queries.get(v.id());
	}

	@PostMapping("/visits/{id}/security-check")
	@PreAuthorize("hasAuthority('custody:operate')")
	VisitDetails securityCheck(@PathVariable UUID id, @Valid @RequestBody Check r) {
		steps.securityCheck(id, r.version(), r.at(), r.officerIds(), r.findings(), r.injuries(), orEmpty(r.injuryPhotos()), orEmpty(r.itemsFound()));
		return queries.get(id);
	}

	@PostMapping("/visits/{id}/belongings")
	@PreAuthorize("hasAuthority('custody:operate')")
	VisitDetails belongings(@PathVariable UUID id, @Valid @RequestBody BelongingsRecord r) {
		steps.recordBelongings(id, r.version(), r.at(), r.locker(), r.items().stream()
			.map(i -> new VisitSteps.Item(i.description(), i.quantity(), Boolean.TRUE.equals(i.caseRelated()))).toList());
		return queries.get(id);
	}

	@PostMapping("/visits/{id}/information-collection")
	@PreAuthorize("hasAuthority('custody:operate')")
	VisitDetails collect(@PathVariable UUID id, @Valid @RequestBody Collection r) {
		steps.collectInformation(id, r.version(), r.at(), r.officerIds(), r.items());
		return queries.get(id);
	}

	@PostMapping("/visits/{id}/watch")
	@PreAuthorize("hasAuthority('custody:operate')")
	VisitDetails watch(@PathVariable UUID id, @Valid @RequestBody WatchStart r) {
		steps.startWatch(id, r.version(), r.at(), r.watcherId());
		return queries.get(id);
	}

	@PostMapping("/visits/{id}/room")
	@PreAuthorize("hasAuthority('custody:operate')")
	VisitDetails move(@PathVariable UUID id, @Valid @RequestBody RoomMove r) {
		rooms.move(id, r.version(), r.roomId());
		return queries.get(id);
	}

	@PostMapping("/visits/{id}/questioning")
	@PreAuthorize("hasAuthority('custody:operate')")
	VisitDetails startQuestioning(@PathVariable UUID id, @Valid @RequestBody SessionStart r) {
		questioning.start(id, r.version(), r.kind(), r.roomId(), r.officerIds(), Boolean.TRUE.equals(r.fullRecording()), r.at());
		return queries.get(id);
	}

	@PostMapping("/visits/{id}/questioning/{sessionId}/end")
	@PreAuthorize("hasAuthority('custody:operate')")
	VisitDetails endQuestioning(@PathVariable UUID id, @PathVariable UUID sessionId, @Valid @RequestBody SessionEnd r) {
		questioning.end(id, r.version(), sessionId, r.at(), r.recordingFile(), r.recordingFrom(), r.recordingTo());
		return queries.get(id);
	}

	@PostMapping("/visits/{id}/belongings/{seq}/seizure")
	@PreAuthorize("hasAuthority('custody:operate') and hasAuthority('property:register')")
	VisitDetails seize(@PathVariable UUID id, @PathVariable int seq, @Valid @RequestBody BelongingSeizure r) {
		seizures.seize(id, r.version(), seq, new BelongingSeizures.Seizure(r.category(), r.documentNumber(), r.quantityUnit(), r.estimatedValue()),
				r.at());
		return queries.get(id);
	}

	@GetMapping("/visits/{id}/extensions")
	@PreAuthorize("hasAuthority('custody:read')")
	List<ExtensionOption> extensions(@PathVariable UUID id) {
		return extensions.available(id).stream().map(e -> new ExtensionOption(e.code(), e.name(), e.describe(), e.approver(), e.basis())).toList();
	}

	@PostMapping("/visits/{id}/extension")
	@PreAuthorize("hasAuthority('custody:operate')")
	VisitDetails extend(@PathVariable UUID id, @Valid @RequestBody StayExtension r) {
		extensions.extend(id, r.version(), r.extensionCode(), r.reason(), r.approvedBy(), r.at());
		return queries.get(id);
	}

	@PostMapping("/visits/{id}/exit")
	@PreAuthorize("hasAuthority('custody:operate')")
	VisitDetails exit(@PathVariable UUID id, @Valid @RequestBody Exit r) {
		discharges.discharge(id, r.version(), r.outcome(), r.destination(), r.authority(), r.at(), r.belongings() == null ? List.of()
				: r.belongings().stream().map(h -> new Discharges.Handling(h.seq(), h.disposition(), h.note())).toList());
		return queries.get(id);
	}

	// ---- centres: rooms, board, alarms, figures ----------------------------------------------------------------------

	@GetMapping("/centers")
	@PreAuthorize("hasAuthority('custody:read')")
	List<org.zhifa.organization.UnitSummary> centers() {
		return queries.centers();
	}

	@GetMapping("/centers/{centerId}/rooms")
	@PreAuthorize("hasAuthority('custody:read')")
	List<Room> rooms(@PathVariable UUID centerId) {
		return rooms.ofCenter(centerId);
	}

	@PostMapping("/rooms")
	@PreAuthorize("hasAuthority('custody:rooms')")
	Room createRoom(@Valid @RequestBody NewRoom r) {
		return rooms.create(r.centerId(), r.name(), r.kind(), r.capacity());
	}

	@PutMapping("/rooms/{id}")
	@PreAuthorize("hasAuthority('custody:rooms')")
	Room updateRoom(@PathVariable UUID id, @Valid @RequestBody RoomChange r) {
		return rooms.update(id, r.name(), r.kind(), r.capacity(), r.active(), r.version());
	}

	@GetMapping("/centers/{centerId}/board")
	@PreAuthorize("hasAuthority('custody:read')")
	Board board(@PathVariable UUID centerId) {
		return queries.board(centerId);
	}

	@GetMapping("/alarms")
	@PreAuthorize("hasAuthority('custody:read')")
	List<Alarm> alarms(@RequestParam(required = false) @Nullable UUID centerId, @RequestParam(required = false) @Nullable UUID visitId,
			@RequestParam(required = false) @Nullable Boolean open) {
		return alarms.list(centerId, visitId, !Boolean.FALSE.equals(open));
	}

	@PostMapping("/alarms/{id}/seen")
	@PreAuthorize("hasAuthority('custody:operate')")
	Alarm seen(@PathVariable UUID id, @Valid @RequestBody AlarmMark r) {
		return alarms.markSeen(id, r.version());
	}

	@PostMapping("/alarms/{id}/clearance")
	@PreAuthorize("hasAuthority('custody:operate')")
	Alarm clear(@PathVariable UUID id, @Valid @RequestBody AlarmMark r) {
		return alarms.clear(id, r.version());
	}

	@GetMapping("/figures")
	@PreAuthorize("hasAuthority('custody:read')")
	Figures figures(@RequestParam Instant from, @RequestParam Instant to, @RequestParam(required = false) @Nullable UUID unitId) {
		return figures.figures(from, to, unitId);
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return list == null ? List.of() : list;
	}
}
