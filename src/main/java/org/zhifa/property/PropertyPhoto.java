package org.zhifa.property;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A photo of an item, uploaded (not a reference): its bytes are kept with it and its SM3 is cited by the item's
 * {@code photo-added} chain event, so a photo shown later can be checked against the chain.
 */
public record PropertyPhoto(UUID id, UUID itemId, String fileName, String mediaType, int sizeBytes, String sm3, Instant uploadedAt,
		@Nullable UUID uploadedBy, String uploadedByName) {

	/** A photo's bytes with what to serve them as. */
	public record Content(PropertyPhoto photo, byte[] bytes) {
	}
}
