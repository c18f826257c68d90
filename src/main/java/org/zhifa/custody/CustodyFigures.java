package org.zhifa.custody;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.cases.CaseReferences;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.SqlArrays;
import org.zhifa.shared.Visibility;

/**
 * The centres' {@link Figures} for a period, by handling unit, for the statistics module and the centre's managers: from
 * the visits that arrived in the period, and for 入区率 the criminal suspects the cases module says were brought in under
 * 传唤, 拘传 or 刑事拘留 in the period (a suspect admitted as such counts as brought in even without a recorded measure).
 */
@Service
@Transactional(readOnly = true)
public class CustodyFigures {

	private final VisitAccess access;
	private final CaseReferences cases;
	private final UnitDirectory units;
	private final JdbcClient jdbc;

	CustodyFigures(VisitAccess access, CaseReferences cases, UnitDirectory units, JdbcClient jdbc) {
		this.access = access;
		this.cases = cases;
		this.units = units;
		this.jdbc = jdbc;
	}

	private record Row(UUID unitId, long admissions, long suspects, long discharged, double avg, long max, long alarms) {
	}

	private record Suspect(UUID caseId, UUID partyId) {
	}

	/** The figures of the visits in scope that arrived in [from, to), by handling unit (one unit when {@code unitId}). */
	public Figures figures(Instant from, Instant to, @Nullable UUID unitId) {
		if (!to.isAfter(from)) {
			throw new InvalidInput("to", "结束时间须晚于开始时间");
		}
		Visibility scope = access.reading();
		StringBuilder where = new StringBuilder(" WHERE v.arrived_at >= :from AND v.arrived_at < :to");
		Map<String, Object> p = new HashMap<>();
		p.put("from", VisitRecords.offset(from));
		p.put("to", VisitRecords.offset(to));
		if (!scope.isAll()) {
			where.append(" AND (v.unit_id = ANY(CAST(:units AS uuid[])) OR v.center_id = ANY(CAST(:units AS uuid[])))");
			p.put("units", SqlArrays.uuids(scope.unitIds()));
		}
		if (unitId != null) {
			where.append(" AND v.unit_id = :unit");
			p.put("unit", unitId);
		}
		Map<UUID, Row> rows = jdbc.sql("""
				SELECT v.unit_id, count(*) AS admissions,
				  count(*) FILTER (WHERE v.case_kind = 'CRIMINAL' AND v.suspect) AS suspects,
				  count(v.exited_at) AS discharged,
				  coalesce(avg(extract(epoch FROM v.exited_at - v.arrived_at) / 60) FILTER (WHERE v.exited_at IS NOT NULL), 0) AS avg_stay,
				  coalesce(max(extract(epoch FROM v.exited_at - v.arrived_at) / 60), 0) AS max_stay,
				  coalesce(sum((SELECT count(*) FROM custody_alarm a WHERE a.visit_id = v.id)), 0) AS alarms
				FROM custody_visit v""" + where + " GROUP BY v.unit_id")
			.params(p)
			.query((rs, n) -> new Row(rs.getObject("unit_id", UUID.class), rs.getLong("admissions"), rs.getLong("suspects"), rs.getLong("discharged"),
					rs.getDouble("avg_stay"), Math.round(rs.getDouble("max_stay")), rs.getLong("alarms")))
			.list().stream().collect(Collectors.toMap(Row::unitId, r -> r));

		// 入区率: of the criminal suspects brought in (a measure in the cases module, or admitted as one), those admitted
		Map<UUID, Set<Suspect>> admitted = new HashMap<>();
		jdbc.sql("SELECT DISTINCT v.unit_id, v.case_id, v.party_id FROM custody_visit v" + where
				+ " AND v.case_kind = 'CRIMINAL' AND v.suspect AND v.party_id IS NOT NULL")
			.params(p)
			.query((rs, n) -> admitted.computeIfAbsent(rs.getObject("unit_id", UUID.class), u -> new HashSet<>())
				.add(new Suspect(rs.getObject("case_id", UUID.class), rs.getObject("party_id", UUID.class))))
			.list();
		// the cases of a unit are read only where the caller's scope covers the unit (a centre's staff see its visits, not the
		// stations' cases): elsewhere the denominator is unknown and 入区率 is not given
		Map<UUID, Set<Suspect>> broughtIn = new HashMap<>();
		List<UUID> caseUnits = unitId != null ? List.of(unitId) : scope.isAll() ? null : List.copyOf(scope.unitIds());
		if (unitId == null || scope.isAll() || scope.coversUnit(unitId)) {
			for (CaseReferences.SuspectBroughtIn s : cases.suspectsBroughtIn(from, to, caseUnits)) {
				broughtIn.computeIfAbsent(s.unitId(), u -> new HashSet<>()).add(new Suspect(s.caseId(), s.partyId()));
			}
		}
		admitted.forEach((unit, suspects) -> {
			if (scope.isAll() || scope.coversUnit(unit)) {
				broughtIn.computeIfAbsent(unit, u -> new HashSet<>()).addAll(suspects);
			}
		});

		Set<UUID> all = new HashSet<>(rows.keySet());
		all.addAll(broughtIn.keySet());
		Map<UUID, String> names = units.namesOf(all);
		List<Figures.Line> lines = all.stream().map(u -> {
			Row r = rows.getOrDefault(u, new Row(u, 0, 0, 0, 0, 0, 0));
			Set<Suspect> denominator = broughtIn.get(u);
			long through = admitted.getOrDefault(u, Set.of()).size();
			boolean known = scope.isAll() || scope.coversUnit(u);
			return new Figures.Line(u, names.getOrDefault(u, ""), r.admissions(), r.suspects(), known ? (long) (denominator == null ? 0 : denominator.size()) : null,
					through, !known || denominator == null || denominator.isEmpty() ? null : Math.round(through * 1000.0 / denominator.size()) / 10.0,
					r.discharged(), Math.round(r.avg() * 10) / 10.0,
					r.max(), r.alarms(), r.admissions() == 0 ? 0 : Math.round(r.alarms() * 1000.0 / r.admissions()) / 10.0);
		}).sorted(Comparator.comparing(Figures.Line::unitName)).toList();
		return new Figures(from, to, lines);
	}
}
