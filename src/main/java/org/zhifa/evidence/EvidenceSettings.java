package org.zhifa.evidence;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the evidence module.
 *
 * @param storageDirectory where recordings are kept, content-addressed ({@code <dir>/<sha256[0..2]>/<sha256>}); a temporary file
 *        is written beside them while a recording streams in
 * @param linkBuffer a recording whose span misses an incident's, case's or session's span by at most this much still
 *        matches it ("borderline"), e.g. a camera switched on a few minutes before the session started
 * @param maxRecordingBytes larger recording uploads are refused with 400
 * @param watchDirectory a folder polled for recordings dropped with a sidecar {@code <file>.json} (unset: no folder ingest)
 * @param watchInterval how often the folder is polled
 */
@ConfigurationProperties("zhifa.evidence")
public record EvidenceSettings(@DefaultValue("./data/recordings") Path storageDirectory, @DefaultValue("10m") Duration linkBuffer,
		@DefaultValue("8589934592") long maxRecordingBytes, @Nullable Path watchDirectory, @DefaultValue("30s") Duration watchInterval) {

	public EvidenceSettings {
		if (linkBuffer.isNegative() || watchInterval.isNegative() || watchInterval.isZero() || maxRecordingBytes < 1) {
			throw new IllegalArgumentException(
					"zhifa.evidence.link-buffer must not be negative, watch-interval and max-recording-bytes must be positive");
		}
	}
}
