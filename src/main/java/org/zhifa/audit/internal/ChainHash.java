package org.zhifa.audit.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.audit.Sm3Chain;

/**
 * The hash of a chain link, defined so that anyone holding an export can recompute it:
 * <pre>
 * hash = hex(SM3(UTF-8(previous_hash || canonical)))
 * canonical = "zhifa-audit/1" then, for each field in this order,
 *             "|" name "=" (value == null ? "-" : byteLength(UTF-8(value)) ":" value)
 * fields: seq, at, account, username, name, officer, unit, action, subject_type, subject_id, summary
 * </pre>
 * {@code at} is the UTC instant as {@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ} (always six fraction digits), UUIDs
 * are lower-case with hyphens, {@code seq} is decimal. The byte-length prefix makes the encoding
 * unambiguous whatever a summary contains, and the version tag lets a later format coexist. The genesis
 * entry's {@code previous_hash} is 64 zeros. The encoding and the link hash are {@link Sm3Chain}'s.
 */
public final class ChainHash {

	public static final String GENESIS = Sm3Chain.GENESIS;

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private ChainHash() {
	}

	/** The hash of the entry with this sequence and content when it follows {@code previousHash}. */
	public static String of(String previousHash, long sequence, EntryContent content) {
		return Sm3Chain.link(previousHash, canonical(sequence, content));
	}

	static String canonical(long sequence, EntryContent c) {
		return Sm3Chain.canonical("zhifa-audit/1")
			.field("seq", Long.toString(sequence))
			.field("at", AT.format(c.occurredAt()))
			.field("account", uuid(c.actorAccountId()))
			.field("username", c.actorUsername())
			.field("name", c.actorDisplayName())
			.field("officer", uuid(c.actorOfficerId()))
			.field("unit", uuid(c.actorUnitId()))
			.field("action", c.action())
			.field("subject_type", c.subjectType())
			.field("subject_id", c.subjectId())
			.field("summary", c.summary())
			.toString();
	}

	private static @Nullable String uuid(@Nullable UUID id) {
		return id == null ? null : id.toString();
	}
}
