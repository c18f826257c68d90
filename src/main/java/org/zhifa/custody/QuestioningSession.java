package org.zhifa.custody;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A 讯问/询问 session: the room, the officers present, when it ran, and the recording (同步录音录像) that covers it — file id
 * and time span (the evidence module will link the files).
 */
public record QuestioningSession(UUID id, UUID visitId, QuestioningKind kind, UUID roomId, List<UUID> officerIds, boolean fullRecording,
		Instant startedAt, @Nullable Instant endedAt, @Nullable String recordingFile, @Nullable Instant recordingFrom,
		@Nullable Instant recordingTo) {

	public QuestioningSession {
		officerIds = List.copyOf(officerIds);
	}

	public boolean running() {
		return endedAt == null;
	}

	public boolean recorded() {
		return recordingFile != null;
	}
}
