package org.zhifa.custody;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.calendar.StatutoryClockId;
import org.zhifa.calendar.StatutoryClocks;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.SqlArrays;
import org.zhifa.shared.Visibility;

/**
 * Reading under {@code custody:read}: the visit list (history search), one visit's record (audited: it shows personal
 * data), a centre's board, and the figures by unit and period.
 */
@Service
@Transactional(readOnly = true)
public class CustodyQueries {

	private final VisitRecords visits;
	private final RoomRecords rooms;
	private final VisitAccess access;
	private final CustodyAlarms alarms;
	private final StatutoryClocks clocks;
	private final UnitDirectory units;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	CustodyQueries(VisitRecords visits, RoomRecords rooms, VisitAccess access, CustodyAlarms alarms, StatutoryClocks clocks,
			UnitDirectory units, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.visits = visits;
		this.rooms = rooms;
		this.access = access;
		this.alarms = alarms;
		this.clocks = clocks;
		this.units = units;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public PageResult<Visit> search(VisitSearch search, PageRequest page) {
		return visits.search(access.reading(), search, page);
	}

	@Transactional
	public VisitDetails get(UUID id) {
		Visit v = access.read(id);
		Map<UUID, String> names = units.namesOf(java.util.stream.Stream.of(v.centerId(), v.unitId()).filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet()));
		String roomName = v.roomId() == null ? null : rooms.find(v.roomId()).map(Room::name).orElse(null);
		audit.record(AuditRecord.of("custody.visit-read", VisitAccess.SUBJECT, id, "查看入区档案：" + v.number() + " " + v.personName()));
		return new VisitDetails(v, names.getOrDefault(v.centerId(), ""), names.getOrDefault(v.unitId(), ""), roomName,
				v.clockId() == null ? null : clocks.find(new StatutoryClockId(v.clockId())).orElse(null), visits.entries(id),
				visits.belongings(id), visits.sessions(id), visits.watches(id), alarms.list(null, id, false));
	}

	/**
	 * Where a person may be brought: every 执法办案管理中心 (shared facilities, open to every unit), then the 派出所 whose own
	 * 办案区 the caller may see. Names only — what is inside each stays behind the board's scope.
	 */
	public List<org.zhifa.organization.UnitSummary> centers() {
		Visibility scope = access.reading();
		List<org.zhifa.organization.UnitSummary> all = new java.util.ArrayList<>(units.activeOfKind(org.zhifa.organization.UnitKind.CASE_HANDLING_CENTER));
		units.activeOfKind(org.zhifa.organization.UnitKind.POLICE_STATION).stream().filter(u -> scope.coversUnit(u.id())).forEach(all::add);
		return all;
	}

	/** The board of a centre in the caller's read scope (the centre itself, or the handling units of the people in it). */
	public Board board(UUID centerId) {
		Visibility scope = access.reading();
		List<Visit> inside = visits.inside(centerId).stream().filter(v -> VisitAccess.covers(scope, v)).toList();
		if (!scope.coversUnit(centerId) && inside.isEmpty()) {
			throw new NotFound("执法办案管理中心", centerId);
		}
		List<Room> all = rooms.ofCenter(centerId);
		Map<UUID, Room> byId = all.stream().collect(Collectors.toMap(Room::id, Function.identity()));
		Map<UUID, Long> occupancy = inside.stream().filter(v -> v.roomId() != null).collect(Collectors.groupingBy(Visit::roomId, Collectors.counting()));
		List<Alarm> open = alarms.list(centerId, null, true);
		Map<UUID, Long> alarmsByVisit = open.stream().filter(a -> a.visitId() != null).collect(Collectors.groupingBy(Alarm::visitId, Collectors.counting()));
		Set<UUID> ids = inside.stream().map(Visit::id).collect(Collectors.toSet());
		Map<UUID, String> watchers = new HashMap<>();
		Set<UUID> questioning = new HashSet<>();
		if (!ids.isEmpty()) {
			jdbc.sql("SELECT visit_id, watcher_name FROM custody_watch WHERE to_at IS NULL AND visit_id = ANY(CAST(:ids AS uuid[]))")
				.param("ids", SqlArrays.uuids(ids)).query((rs, n) -> watchers.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
			questioning.addAll(jdbc.sql("SELECT visit_id FROM custody_questioning WHERE ended_at IS NULL AND visit_id = ANY(CAST(:ids AS uuid[]))")
				.param("ids", SqlArrays.uuids(ids)).query(UUID.class).list());
		}
		List<Board.PersonLine> people = inside.stream().map(v -> new Board.PersonLine(v.id(), v.number(), v.personName(), v.reason(),
				v.caseLabel(), v.arrivedAt(), v.dueAt(), v.roomId(), v.roomId() == null || !byId.containsKey(v.roomId()) ? null : byId.get(v.roomId()).name(),
				watchers.get(v.id()), v.done(Visit.Step.SECURITY_CHECK), v.done(Visit.Step.BELONGINGS), v.done(Visit.Step.INFO_COLLECTION),
				questioning.contains(v.id()), alarmsByVisit.getOrDefault(v.id(), 0L).intValue(), v.version())).toList();
		List<Board.RoomLine> roomLines = all.stream().map(r -> new Board.RoomLine(r, occupancy.getOrDefault(r.id(), 0L).intValue())).toList();
		String name = units.namesOf(Set.of(centerId)).getOrDefault(centerId, "");
		return new Board(centerId, name, clock.instant(), roomLines, people, open);
	}
}
