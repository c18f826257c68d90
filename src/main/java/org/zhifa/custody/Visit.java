package org.zhifa.custody;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.intake.CaseKind;

/**
 * One person's stay in a case-handling centre (一人一档). Lifecycle: admitted (入区, the clock of the reason starts) →
 * 人身安全检查 → 随身物品 and 信息采集 (in either order) → 讯问/询问 sessions, with the watch log and room moves at any time
 * while inside → discharged (出区, the clock stops). Each step requires the ones before it ({@link #require}); nothing
 * changes after the exit. Every change raises {@code version}.
 *
 * @param number the file number, RQ + year + sequence
 * @param centerId the 执法办案管理中心 (or the 派出所's own 办案区) the person is in
 * @param unitId the handling unit: the case's unit, or the escorting officers' unit for a person registered on the spot
 * @param suspect a suspect in the case (co-suspects never share a room)
 * @param dueAt when the legal clock runs out, if the reason starts one
 */
public record Visit(UUID id, String number, UUID centerId, UUID unitId, @Nullable UUID caseId, @Nullable String caseLabel,
		@Nullable CaseKind caseKind, @Nullable UUID partyId, boolean suspect, String personName, @Nullable String citizenId, VisitReason reason,
		Instant arrivedAt, List<UUID> escortIds, UUID admittedBy, @Nullable UUID clockId, @Nullable Instant dueAt, @Nullable UUID roomId,
		@Nullable Instant checkedAt, @Nullable Instant belongingsAt, @Nullable String locker, @Nullable Instant collectedAt,
		Set<CollectedItem> collectedItems, @Nullable Instant exitedAt, @Nullable ExitOutcome outcome, @Nullable String destination,
		@Nullable String authority, long version) {

	public Visit {
		escortIds = List.copyOf(escortIds);
		collectedItems = Set.copyOf(collectedItems);
	}

	/** The steps in their order. */
	public enum Step {
		SECURITY_CHECK("人身安全检查"), BELONGINGS("随身物品登记"), INFO_COLLECTION("信息采集");

		private final String label;

		Step(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public boolean inside() {
		return exitedAt == null;
	}

	public boolean done(Step step) {
		return switch (step) {
			case SECURITY_CHECK -> checkedAt != null;
			case BELONGINGS -> belongingsAt != null;
			case INFO_COLLECTION -> collectedAt != null;
		};
	}

	/** Refuses {@code action} after the exit or before any of {@code steps} is done, naming the first step missing. */
	void require(String action, Step... steps) {
		if (!inside()) {
			throw new VisitAlreadyDischarged(this, action);
		}
		for (Step s : steps) {
			if (!done(s)) {
				throw new VisitStepMissing(s, action);
			}
		}
	}

	/** A suspect of the same case as {@code other}: they may not share a room. */
	boolean coSuspectOf(Visit other) {
		return suspect && other.suspect && caseId != null && caseId.equals(other.caseId) && !id.equals(other.id);
	}

	Visit checked(Instant at) {
		return with(at, belongingsAt, locker, collectedAt, collectedItems, roomId);
	}

	/** The first record completes the step; a later one (items added) keeps its time. */
	Visit belongingsRecorded(Instant at, String lockerNumber) {
		return with(checkedAt, belongingsAt == null ? at : belongingsAt, lockerNumber, collectedAt, collectedItems, roomId);
	}

	/** The first collection completes the step; a later one adds its items. */
	Visit collected(Instant at, Set<CollectedItem> items) {
		return with(checkedAt, belongingsAt, locker, collectedAt == null ? at : collectedAt, items, roomId);
	}

	Visit inRoom(@Nullable UUID room) {
		return with(checkedAt, belongingsAt, locker, collectedAt, collectedItems, room);
	}

	/** The legal clock extended: it now runs out at {@code due}. */
	Visit dueAt(Instant due) {
		return new Visit(id, number, centerId, unitId, caseId, caseLabel, caseKind, partyId, suspect, personName, citizenId, reason, arrivedAt,
				escortIds, admittedBy, clockId, due, roomId, checkedAt, belongingsAt, locker, collectedAt, collectedItems, exitedAt, outcome,
				destination, authority, version + 1);
	}

	Visit touched() {
		return with(checkedAt, belongingsAt, locker, collectedAt, collectedItems, roomId);
	}

	Visit discharged(Instant at, ExitOutcome how, @Nullable String to, @Nullable String allowedBy) {
		return new Visit(id, number, centerId, unitId, caseId, caseLabel, caseKind, partyId, suspect, personName, citizenId, reason, arrivedAt,
				escortIds, admittedBy, clockId, dueAt, null, checkedAt, belongingsAt, locker, collectedAt, collectedItems, at, how, to, allowedBy,
				version + 1);
	}

	private Visit with(@Nullable Instant checked, @Nullable Instant belongings, @Nullable String lockerNumber, @Nullable Instant collected,
			Set<CollectedItem> items, @Nullable UUID room) {
		return new Visit(id, number, centerId, unitId, caseId, caseLabel, caseKind, partyId, suspect, personName, citizenId, reason, arrivedAt,
				escortIds, admittedBy, clockId, dueAt, room, checked, belongings, lockerNumber, collected, items, exitedAt, outcome, destination,
				authority, version + 1);
	}

	/** 1101**********123X for lists. */
	public @Nullable String maskedCitizenId() {
		return citizenId == null ? null : citizenId.substring(0, 4) + "**********" + citizenId.substring(14);
	}
}
