package org.zhifa.custody;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.officer.Role;
import org.zhifa.shared.Actor;
import org.zhifa.shared.Alert;
import org.zhifa.shared.AlertsCleared;
import org.zhifa.shared.AlertsRaised;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.OutOfScope;
import org.zhifa.shared.Visibilities;
import org.zhifa.shared.Visibility;

/**
 * Evaluates the centres' alarms ({@link AlarmKind}): after every write for the centre written, and every minute for all
 * by the sweep. Raising and clearing are set-based statements, so a province's visits are evaluated at once. A person
 * with {@code custody:operate} over the centre or the handling unit marks an alarm seen or clears it.
 */
@Service
@Transactional(readOnly = true)
public class CustodyAlarms {

	/** Event alarms (unrecorded sessions, belongings left) are looked for this far back by the sweep. */
	static final Duration EVENT_WINDOW = Duration.ofDays(2);

	/** The source code of the alerts this module puts on the workbench. */
	static final String SOURCE = "custody";

	private final AlarmRecords records;
	private final CustodySettings settings;
	private final Visibilities visibilities;
	private final AuditTrail audit;
	private final OfficerDirectory officers;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CustodyAlarms(AlarmRecords records, CustodySettings settings, Visibilities visibilities, AuditTrail audit, OfficerDirectory officers,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.settings = settings;
		this.visibilities = visibilities;
		this.audit = audit;
		this.officers = officers;
		this.events = events;
		this.clock = clock;
	}

	/** Result of one evaluation. */
	public record Evaluation(int raised, int cleared) {
	}

	/** Evaluates one centre ({@code centerId}) or, with null, all of them, as of now. */
	@Transactional
	public Evaluation evaluate(@Nullable UUID centerId) {
		return evaluateAt(centerId, clock.instant());
	}

	@Transactional
	public Evaluation evaluateAt(@Nullable UUID centerId, Instant now) {
		Instant warn = now.plus(settings.clockWarning());
		Instant since = now.minus(EVENT_WINDOW);
		List<UUID> cleared = records.clearResolved(centerId, now, warn, since);
		List<AlarmRecords.Raised> raised = records.raise(centerId, now, warn, since);
		if (!cleared.isEmpty()) {
			events.publishEvent(new AlertsCleared(SOURCE, cleared, now, null));
		}
		if (!raised.isEmpty()) {
			events.publishEvent(new AlertsRaised(alerts(raised)));
		}
		return new Evaluation(raised.size(), cleared.size());
	}

	/**
	 * The workbench alerts of alarms just raised: each goes to the escorting officers of its visit and to the centre's
	 * staff (办案中心管理员), and links to the visit's record or, for a room, to the centre's board.
	 */
	private List<Alert> alerts(List<AlarmRecords.Raised> raised) {
		Map<UUID, List<UUID>> staff = new HashMap<>();
		return raised.stream().map(r -> {
			Set<UUID> to = new LinkedHashSet<>(r.escortIds());
			to.addAll(staff.computeIfAbsent(r.centerId(), c -> officers.activeWithRole(Role.CUSTODY_STAFF, c)));
			String link = r.visitId() != null ? "/custody/visits/" + r.visitId() : "/custody?center=" + r.centerId();
			return new Alert(SOURCE, r.id(), "办案中心预警：" + r.kind().label(), r.detail(), r.unitId(), r.caseId(), List.copyOf(to), link,
					r.raisedAt());
		}).toList();
	}

	/** Alarms the caller can see: of a centre, of a visit, or all in scope; newest first, at most 500. */
	public List<Alarm> list(@Nullable UUID centerId, @Nullable UUID visitId, boolean openOnly) {
		Visibility v = visibilities.current(VisitAccess.READ);
		return records.list(v.isAll() ? null : List.copyOf(v.unitIds()), centerId, visitId, openOnly, 500);
	}

	@Transactional
	public Alarm markSeen(UUID id, long version) {
		return mark(id, version, false);
	}

	@Transactional
	public Alarm clear(UUID id, long version) {
		return mark(id, version, true);
	}

	private Alarm mark(UUID id, long version, boolean clear) {
		Alarm a = records.find(id).filter(x -> covers(visibilities.current(VisitAccess.READ), x)).orElseThrow(() -> new NotFound("预警", id));
		if (!covers(visibilities.current(VisitAccess.OPERATE), a)) {
			throw new OutOfScope("预警");
		}
		if (clear && !a.open()) {
			throw new AlarmAlreadyCleared(a);
		}
		Actor actor = CurrentActor.get();
		Instant at = clock.instant();
		records.mark(id, version, clear, at, actor.officerId(), actor.displayName());
		if (clear) {
			events.publishEvent(new AlertsCleared(SOURCE, List.of(id), at, actor.displayName()));
		}
		audit.record(AuditRecord.of(clear ? "custody.alarm-cleared" : "custody.alarm-seen", "custody-alarm", id,
				(clear ? "处置预警：" : "已阅预警：") + a.kind().label() + "，" + a.detail()));
		return records.find(id).orElseThrow();
	}

	/**
	 * Clears the open event alarm of {@code kind} about {@code subjectId} whose cause another module has answered (a
	 * questioning session now covered by recordings), in the name {@code by}, and takes it off the workbench.
	 */
	@Transactional
	void answered(AlarmKind kind, UUID subjectId, String by) {
		Instant at = clock.instant();
		List<UUID> cleared = records.clearAnswered(kind, subjectId, at, by);
		if (!cleared.isEmpty()) {
			events.publishEvent(new AlertsCleared(SOURCE, cleared, at, by));
		}
	}

	private static boolean covers(Visibility v, Alarm a) {
		return v.coversUnit(a.centerId()) || v.coversUnit(a.unitId());
	}
}
