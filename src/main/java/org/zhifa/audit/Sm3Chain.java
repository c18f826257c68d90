package org.zhifa.audit;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.zhifa.audit.internal.Sm3;

/**
 * The hash-chain primitives the audit trail is built on, for any module that keeps an SM3 chain of its own (property's
 * custody chain): an unambiguous canonical text of named fields and the link hash. The encoding, defined so that anyone
 * holding an export can recompute it:
 * <pre>
 * canonical = tag then, for each field in order, "|" name "=" (value == null ? "-" : byteLength(UTF-8(value)) ":" value)
 * hash      = hex(SM3(UTF-8(previous_hash || canonical)))   (the first link follows {@link #GENESIS}, 64 zeros)
 * </pre>
 * The byte-length prefix keeps the encoding unambiguous whatever a value contains; the tag names the format version.
 */
public final class Sm3Chain {

	public static final String GENESIS = "0".repeat(64);

	private Sm3Chain() {
	}

	/** The hash of a link with this canonical text when it follows {@code previousHash}. */
	public static String link(String previousHash, String canonical) {
		return Sm3.hex((previousHash + canonical).getBytes(StandardCharsets.UTF_8));
	}

	/** The SM3 digest of some content (a photo, a file) as 64 lower-case hex characters — what a link's details cite. */
	public static String digest(byte[] content) {
		return Sm3.hex(content);
	}

	/** Starts the canonical text of one link in the format named by {@code tag}, e.g. {@code zhifa-audit/1}. */
	public static Canonical canonical(String tag) {
		return new Canonical(tag);
	}

	/** The canonical text of one link, built field by field in a fixed order. */
	public static final class Canonical {

		private final StringBuilder out;

		private Canonical(String tag) {
			out = new StringBuilder(256).append(tag);
		}

		public Canonical field(String name, @Nullable String value) {
			out.append('|').append(name).append('=');
			if (value == null) {
				out.append('-');
			}
			else {
				out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
			}
			return this;
		}

		@Override
		public String toString() {
			return out.toString();
		}
	}
}
