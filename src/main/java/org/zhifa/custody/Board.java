package org.zhifa.custody;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A centre's live board: every room with who is in it, everyone inside with the clock, the watcher and the open alarms. */
public record Board(UUID centerId, String centerName, Instant at, List<RoomLine> rooms, List<PersonLine> people, List<Alarm> openAlarms) {

	public record RoomLine(Room room, int occupants) {
	}

	public record PersonLine(UUID visitId, String number, String personName, VisitReason reason, @Nullable String caseLabel,
			Instant arrivedAt, @Nullable Instant dueAt, @Nullable UUID roomId, @Nullable String roomName, @Nullable String watcherName,
			boolean checked, boolean belongingsRecorded, boolean collected, boolean questioning, int openAlarms, long version) {
	}
}
