package org.zhifa.audit.internal;

/** A link of the chain as stored: the entry's content with its sequence, its predecessor's hash and its own hash. */
public record SealedEntry(long sequence, EntryContent content, String previousHash, String hash) {
}
