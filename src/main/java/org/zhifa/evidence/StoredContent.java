package org.zhifa.evidence;

/**
 * A recording's content as stored: its SM3 (the storage key, GB/T 32905) and SHA-256, both computed while it streamed in,
 * and its size; {@code alreadyStored} when the same content was there before (nothing new was written).
 */
public record StoredContent(String sm3, String sha256, long sizeBytes, boolean alreadyStored) {
}
