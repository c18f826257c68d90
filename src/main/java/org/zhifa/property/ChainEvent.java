package org.zhifa.property;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.audit.Sm3Chain;

/**
 * One link of an item's custody chain: who did what to the item, when, where and under which document. Its hash covers
 * the canonical text of every field and the hash before it (docs/property-chain.md):
 * <pre>
 * canonical = "zhifa-property-chain/1" |item|seq|kind|actor|actor_name|unit|at|location|document|details   ({@link Sm3Chain})
 * hash      = hex(SM3(UTF-8(prev_hash || canonical)))
 * </pre>
 * {@code at} is the UTC instant with six fraction digits ({@link #AT}); ids are lower-case UUIDs; {@code details} is the
 * stored JSON text exactly as written.
 */
public record ChainEvent(String itemCode, int seq, String kind, @Nullable UUID actorId, String actorName, @Nullable UUID unitId, Instant at,
		@Nullable String location, @Nullable String document, String details, String prevHash, String hash) {

	public static final String FORMAT = "zhifa-property-chain/1";
	public static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

	/** A new event after {@code prevHash}, carrying the hash of its content. */
	public static ChainEvent linked(String itemCode, int seq, String kind, @Nullable UUID actorId, String actorName, @Nullable UUID unitId,
			Instant at, @Nullable String location, @Nullable String document, String details, String prevHash) {
		ChainEvent e = new ChainEvent(itemCode, seq, kind, actorId, actorName, unitId, at, location, document, details, prevHash, "");
		return new ChainEvent(itemCode, seq, kind, actorId, actorName, unitId, at, location, document, details, prevHash, e.computedHash());
	}

	/** The canonical text the hash covers. */
	public String canonical() {
		return Sm3Chain.canonical(FORMAT)
			.field("item", itemCode)
			.field("seq", Integer.toString(seq))
			.field("kind", kind)
			.field("actor", actorId == null ? null : actorId.toString())
			.field("actor_name", actorName)
			.field("unit", unitId == null ? null : unitId.toString())
			.field("at", AT.format(at))
			.field("location", location)
			.field("document", document)
			.field("details", details)
			.toString();
	}

	/** The hash this event should carry, recomputed from its content and its {@code prevHash}. */
	public String computedHash() {
		return Sm3Chain.link(prevHash, canonical());
	}
}
