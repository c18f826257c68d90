package org.zhifa.evidence;

/**
 * A recording's content as stored: the key it is stored under (its content address — the SHA-256 computed while it
 * streamed in; older content is stored under its SM3), its SHA-256 and size; {@code alreadyStored} when the same content
 * was there before (nothing new was written). The SM3 seal follows from the stored bytes ({@link RecordingSeals}).
 */
public record StoredContent(String key, String sha256, long sizeBytes, boolean alreadyStored) {
}
