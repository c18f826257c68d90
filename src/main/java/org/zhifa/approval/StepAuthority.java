package org.zhifa.approval;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.zhifa.officer.EnforcementQualificationGate;
import org.zhifa.officer.Eligibility;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.officer.Role;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitKind;
import org.zhifa.organization.UnitSummary;

/**
 * Who may act on a step, by the law's approval levels: the 法制员 and the 办案部门负责人 of the case's unit; a 法制部门审核人 of
 * the legal affairs department of the nearest bureau above it (or of the next bureau up when that one has none); a leader
 * (局领导) of the nearest bureau — who also chairs a collective deliberation; for an added reviewer the named officer; for
 * a delegated step also the named deputy. Never the maker, never one officer for two steps of one request; each actor
 * must hold valid 执法资格, and a first-time legal reviewer the 法律职业资格.
 */
@Component
class StepAuthority {

	private final UnitDirectory units;
	private final OfficerDirectory officers;
	private final EnforcementQualificationGate gate;
	private final SubmissionRecords records;
	private final Clock clock;

	StepAuthority(UnitDirectory units, OfficerDirectory officers, EnforcementQualificationGate gate, SubmissionRecords records, Clock clock) {
		this.units = units;
		this.officers = officers;
		this.gate = gate;
		this.records = records;
		this.clock = clock;
	}

	/** The officers who hold the step's power (before maker ≠ checker and qualifications are applied). */
	List<UUID> holders(StepKind kind, ApprovalStep step, UUID caseUnitId) {
		Set<UUID> ids = new LinkedHashSet<>();
		switch (kind) {
			case LEGAL_OFFICER -> ids.addAll(officers.activeWithRole(Role.LEGAL_OFFICER, caseUnitId));
			case DEPARTMENT_HEAD -> ids.addAll(officers.activeWithRole(Role.DEPARTMENT_HEAD, caseUnitId));
			case LEGAL_REVIEW -> legalAffairsUnits(caseUnitId).forEach(u -> ids.addAll(officers.activeWithRole(Role.LEGAL_REVIEWER, u.id())));
			case BUREAU_LEADER, COLLECTIVE_DELIBERATION -> ids.addAll(officers.activeWithRole(Role.BUREAU_LEADER, nearestBureau(caseUnitId).id()));
			case ADDED_REVIEWER -> {
				if (step.assigneeId() != null) {
					ids.add(step.assigneeId());
				}
			}
		}
		if (step.deputyId() != null) {
			ids.add(step.deputyId());
		}
		return List.copyOf(ids);
	}

	/**
	 * Who may act on the current step now: the holders less the maker, whoever approved another step of this request, and
	 * whoever lacks the qualification the step needs — so the inbox shows a request only to those who can sign it.
	 */
	List<UUID> candidates(Submission s, List<ApprovalStep> steps, ApprovalStep step) {
		Set<UUID> excluded = othersWhoActed(steps, step);
		excluded.add(s.submittedBy());
		LocalDate today = LocalDate.now(clock);
		return holders(step.kind(), step, s.unitId()).stream().filter(id -> !excluded.contains(id))
			.filter(id -> gate.check(id, today).eligible())
			.filter(id -> step.kind() != StepKind.LEGAL_REVIEW || officers.holdsLegalProfessionQualification(id) || records.hasReviewedBefore(id))
			.toList();
	}

	/** Refuses the officer with every reason that applies. */
	void require(UUID officerId, Submission s, List<ApprovalStep> steps, ApprovalStep step) {
		List<String> reasons = new ArrayList<>();
		if (officerId.equals(s.submittedBy())) {
			reasons.add("呈请人不能审批自己的呈请");
		}
		if (othersWhoActed(steps, step).contains(officerId)) {
			reasons.add("您已在本呈请的其他环节签署意见，同一人不能审批两个环节");
		}
		if (!holders(step.kind(), step, s.unitId()).contains(officerId)) {
			reasons.add(whoMay(step, s.unitId()));
		}
		Eligibility eligibility = gate.check(officerId, LocalDate.now(clock));
		if (!eligibility.eligible()) {
			reasons.addAll(eligibility.reasons());
		}
		if (step.kind() == StepKind.LEGAL_REVIEW && !officers.holdsLegalProfessionQualification(officerId)
				&& !records.hasReviewedBefore(officerId)) {
			reasons.add("初次从事法制审核的人员须取得法律职业资格");
		}
		if (!reasons.isEmpty()) {
			throw new NotEligibleToAct(step.kind().label(), reasons);
		}
	}

	/** "本环节须由城关派出所的法制员办理" */
	String whoMay(ApprovalStep step, UUID caseUnitId) {
		return switch (step.kind()) {
			case LEGAL_OFFICER -> "本环节须由" + unitName(caseUnitId) + "的法制员办理";
			case DEPARTMENT_HEAD -> "本环节须由" + unitName(caseUnitId) + "的办案部门负责人办理";
			case LEGAL_REVIEW -> "本环节须由" + String.join("、", legalAffairsUnits(caseUnitId).stream().map(UnitSummary::name).toList())
					+ "的法制部门审核人办理";
			case BUREAU_LEADER, COLLECTIVE_DELIBERATION -> "本环节须由" + nearestBureau(caseUnitId).name() + "的负责人办理";
			case ADDED_REVIEWER -> "本环节须由加签指定的民警办理";
		} + (step.deputyId() == null ? "" : "（或受委托的民警）");
	}

	/** Who is told when a step waits too long: the head of the case's unit for its own steps, the bureau's leaders above. */
	List<UUID> supervisors(ApprovalStep step, UUID caseUnitId) {
		return switch (step.kind()) {
			case LEGAL_OFFICER, ADDED_REVIEWER -> officers.activeWithRole(Role.DEPARTMENT_HEAD, caseUnitId);
			case LEGAL_REVIEW -> legalAffairsUnits(caseUnitId).stream()
				.flatMap(u -> officers.activeWithRole(Role.DEPARTMENT_HEAD, u.id()).stream()).distinct().toList();
			case DEPARTMENT_HEAD, BUREAU_LEADER, COLLECTIVE_DELIBERATION -> officers.activeWithRole(Role.BUREAU_LEADER,
					nearestBureau(caseUnitId).id());
		};
	}

	/**
	 * The unit in whose name the request's document is issued: the nearest bureau when a 公安机关负责人 decides (a
	 * {@link StepKind#BUREAU_LEADER} or {@link StepKind#COLLECTIVE_DELIBERATION} step — 拘留证, 逮捕证, 立案决定书 are the
	 * 县级公安机关's documents), else the case's own unit (a 派出所 deciding a 警告 under its 所长). Derived from the policy's
	 * chain, so it follows the policy table rather than a list of document types.
	 */
	UUID issuingUnit(UUID caseUnitId, List<ApprovalStep> steps) {
		boolean bureauDecides = steps.stream().anyMatch(s -> s.kind() == StepKind.BUREAU_LEADER || s.kind() == StepKind.COLLECTIVE_DELIBERATION);
		return bureauDecides ? nearestBureau(caseUnitId).id() : caseUnitId;
	}

	UnitSummary nearestBureau(UUID unitId) {
		List<UnitSummary> path = units.pathFromRoot(unitId);
		for (int i = path.size() - 1; i >= 0; i--) {
			if (path.get(i).kind().isBureau()) {
				return path.get(i);
			}
		}
		throw new IllegalStateException("unit " + unitId + " has no bureau above it");
	}

	private List<UnitSummary> legalAffairsUnits(UUID unitId) {
		List<UnitSummary> path = units.pathFromRoot(unitId);
		for (int i = path.size() - 1; i >= 0; i--) {
			if (path.get(i).kind().isBureau()) {
				List<UnitSummary> legal = units.activeChildren(path.get(i).id()).stream().filter(u -> u.kind() == UnitKind.LEGAL_AFFAIRS).toList();
				if (!legal.isEmpty()) {
					return legal;
				}
			}
		}
		return List.of();
	}

	private String unitName(UUID unitId) {
		return units.find(unitId).map(UnitSummary::name).orElse("办案单位");
	}

	private static Set<UUID> othersWhoActed(List<ApprovalStep> steps, ApprovalStep step) {
		Set<UUID> ids = new LinkedHashSet<>();
		for (ApprovalStep other : steps) {
			if (other.position() != step.position() && other.approved() && other.actedBy() != null) {
				ids.add(other.actedBy());
			}
		}
		return ids;
	}
}
