package org.zhifa.custody;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.officer.OfficerSummary;
import org.zhifa.shared.Actor;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.OutOfScope;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibilities;
import org.zhifa.shared.Visibility;

/**
 * The data scope on visits and the bookkeeping every step shares. A visit belongs to its handling unit and to its
 * centre: {@code custody:read} covering either lets the caller see it (else: not found), {@code custody:operate} covering
 * either lets the caller record a step (else: 403). Each step is written with the version the caller read (409 when
 * stale), appended to the visit's record and audited.
 */
@Component
class VisitAccess {

	static final String READ = "custody:read";
	static final String OPERATE = "custody:operate";
	static final String SUBJECT = "custody-visit";

	private final VisitRecords visits;
	private final Visibilities visibilities;
	private final OfficerDirectory officers;
	private final AuditTrail audit;
	private final Clock clock;

	VisitAccess(VisitRecords visits, Visibilities visibilities, OfficerDirectory officers, AuditTrail audit, Clock clock) {
		this.visits = visits;
		this.visibilities = visibilities;
		this.officers = officers;
		this.audit = audit;
		this.clock = clock;
	}

	static boolean covers(Visibility v, Visit visit) {
		return v.coversUnit(visit.unitId()) || v.coversUnit(visit.centerId());
	}

	Visibility reading() {
		return visibilities.current(READ);
	}

	boolean canRead(Visit v) {
		return covers(visibilities.current(READ), v);
	}

	Visit read(UUID id) {
		return visits.find(id).filter(this::canRead).orElseThrow(() -> new NotFound("入区档案", id));
	}

	/** Locks the visit for a step: in the caller's scope, at the version the caller read. */
	Visit lock(UUID id, long version) {
		Visit v = visits.findForUpdate(id).filter(this::canRead).orElseThrow(() -> new NotFound("入区档案", id));
		requireOperable(v.unitId(), v.centerId(), "入区档案 " + v.number());
		if (v.version() != version) {
			throw new StaleVersion("入区档案", v.number(), version);
		}
		return v;
	}

	void requireOperable(@Nullable UUID unitId, UUID centerId, String what) {
		Visibility v = visibilities.current(OPERATE);
		if (!v.coversUnit(unitId) && !v.coversUnit(centerId)) {
			throw new OutOfScope(what);
		}
	}

	/** The officer acting now (the system acts as no one). */
	@Nullable
	OfficerSummary me() {
		Actor actor = CurrentActor.get();
		return actor.officerId() == null ? null : officers.find(actor.officerId()).orElse(null);
	}

	OfficerSummary officer(String field, UUID id) {
		return officers.find(id).filter(OfficerSummary::active).orElseThrow(() -> new InvalidInput(field, "民警不存在或已不在岗：" + id));
	}

	/** The officers named for a step: at least one, each active; duplicates count once. */
	List<UUID> officers(List<UUID> ids) {
		java.util.Set<UUID> distinct = new java.util.LinkedHashSet<>(ids);
		if (distinct.isEmpty()) {
			throw new InvalidInput("officerIds", "请选择民警");
		}
		distinct.forEach(o -> officer("officerIds", o));
		return List.copyOf(distinct);
	}

	Instant now() {
		return clock.instant();
	}

	/** A time the caller gives for a step: not in the future, not before the arrival. */
	Instant stepTime(String field, @Nullable Instant at, Visit v) {
		Instant now = now();
		Instant t = at == null ? now : at;
		if (t.isAfter(now.plusSeconds(60))) {
			throw new InvalidInput(field, "时间不能晚于当前时间");
		}
		if (t.isBefore(v.arrivedAt())) {
			throw new InvalidInput(field, "时间不能早于入区时间");
		}
		return t;
	}

	/** Writes the changed visit, appends the step to its record and audits it. */
	Visit write(Visit before, Visit after, String kind, Instant at, List<UUID> officerIds, String summary, Map<String, Object> details) {
		if (after != before) {
			visits.update(after);
		}
		Actor actor = CurrentActor.get();
		visits.append(after.id(), new VisitEntry(0, kind, at, officerIds, actor.officerId(), actor.displayName(), summary, details));
		audit.record(AuditRecord.of("custody." + kind, SUBJECT, after.id(), after.number() + " " + after.personName() + "：" + summary));
		return after;
	}
}
