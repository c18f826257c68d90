package org.zhifa.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A recording file from a device: the metadata it came with (device, officer and badge or room, start and end, location),
 * its content (SHA-256 and size from the ingest; the SM3 seal once {@link RecordingSeals} has computed it from the stored
 * bytes, with when — or why it could not), and how it stands — linked with its {@link RecordingLink}, in the
 * queue, or set aside as not case-related (with who and why in {@code note}).
 * <p>
 * Lifecycle: ingested → linked automatically when exactly one target matches, else UNMATCHED; from the queue a person links
 * it (MANUAL) or marks it NOT_CASE_RELATED; a linked recording may be re-linked by hand. Its content never changes.
 */
public record Recording(UUID id, String number, UUID deviceId, String deviceCode, DeviceKind kind, UUID unitId, @Nullable UUID officerId,
		@Nullable String badge, @Nullable UUID roomId, Instant startedAt, Instant endedAt, @Nullable String location, String fileName,
		String mediaType, long sizeBytes, @Nullable String sm3, String sha256, @Nullable Instant sealedAt, @Nullable String sealProblem, String source, Instant ingestedAt, String ingestedBy, LinkStatus status,
		@Nullable RecordingLink link, @Nullable String note, long version) {

	/** Whether the SM3 seal is there. */
	public boolean sealed() {
		return sm3 != null;
	}

	public Duration duration() {
		return Duration.between(startedAt, endedAt);
	}
}
