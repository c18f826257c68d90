package org.zhifa.evidence;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The metadata a recording arrives with: the device code it was made on, the badge number of the officer wearing it (a
 * body camera; checked against the officer it is issued to), start and end, where, and the original file name and media type.
 */
public record NewRecording(String deviceCode, @Nullable String badge, Instant startedAt, Instant endedAt, @Nullable String location,
		String fileName, @Nullable String mediaType) {
}
