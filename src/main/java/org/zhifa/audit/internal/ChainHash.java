package org.zhifa.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

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
 * entry's {@code previous_hash} is 64 zeros.
 */
public final class ChainHash {

	public static final String GENESIS = "0".repeat(64);

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private ChainHash() {
	}

	/** The hash of the entry with this sequence and content when it follows {@code previousHash}. */
	public static String of(String previousHash, long sequence, EntryContent content) {
		return Sm3.hex((previousHash + canonical(sequence, content)).getBytes(StandardCharsets.UTF_8));
	}

	static String canonical(long sequence, EntryContent c) {
		var out = new StringBuilder(256 + c.summary().length()).append("zhifa-audit/1");
		field(out, "seq", Long.toString(sequence));
		field(out, "at", AT.format(c.occurredAt()));
		field(out, "account", uuid(c.actorAccountId()));
		field(out, "username", c.actorUsername());
		field(out, "name", c.actorDisplayName());
		field(out, "officer", uuid(c.actorOfficerId()));
		field(out, "unit", uuid(c.actorUnitId()));
		field(out, "action", c.action());
		field(out, "subject_type", c.subjectType());
		field(out, "subject_id", c.subjectId());
		field(out, "summary", c.summary());
		return out.toString();
	}

	private static void field(StringBuilder out, String name, @Nullable String value) {
		out.append('|').append(name).append('=');
		if (value == null) {
			out.append('-');
		}
		else {
			out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
		}
	}

	private static @Nullable String uuid(@Nullable UUID id) {
		return id == null ? null : id.toString();
	}
}
