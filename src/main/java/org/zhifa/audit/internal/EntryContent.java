package org.zhifa.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.audit.AuditRecord;
import org.zhifa.shared.Actor;

/**
 * What an audit entry says, exactly as stored and hashed: when, who (account, username, display name,
 * officer and unit at the time), what was done to which subject, and the summary.
 */
public record EntryContent(Instant occurredAt, @Nullable UUID actorAccountId, String actorUsername,
		String actorDisplayName, @Nullable UUID actorOfficerId, @Nullable UUID actorUnitId, String action,
		String subjectType, String subjectId, String summary) {

	// column widths of audit_entry; longer values are cut rather than refused, because an audit entry must
	// never be the reason a legitimate write fails
	static final int USERNAME_LENGTH = 64;
	static final int DISPLAY_NAME_LENGTH = 100;
	static final int ACTION_LENGTH = 100;
	static final int SUBJECT_TYPE_LENGTH = 64;
	static final int SUBJECT_ID_LENGTH = 200;
	static final int SUMMARY_LENGTH = 4000;

	/**
	 * The content of a new entry. The time is cut to microseconds, the precision of {@code timestamptz},
	 * so that what is hashed at sealing is exactly what was stored.
	 */
	public static EntryContent of(Actor actor, Instant now, AuditRecord record) {
		if (record.action() == null || record.action().isBlank()) {
			throw new IllegalArgumentException("an audit record needs an action");
		}
		return new EntryContent(now.truncatedTo(ChronoUnit.MICROS), actor.accountId(),
				cap(actor.username(), USERNAME_LENGTH), cap(actor.displayName(), DISPLAY_NAME_LENGTH),
				actor.officerId(), actor.unitId(), cap(record.action(), ACTION_LENGTH),
				cap(record.subjectType(), SUBJECT_TYPE_LENGTH), cap(record.subjectId(), SUBJECT_ID_LENGTH),
				cap(record.summary(), SUMMARY_LENGTH));
	}

	/**
	 * Fits text into a column of {@code max} characters, marking a cut with "…" and never splitting a
	 * surrogate pair. NUL characters, which PostgreSQL text cannot hold, become U+FFFD.
	 */
	static String cap(@Nullable String text, int max) {
		String clean = text == null ? "" : text.replace('\u0000', '\uFFFD');
		if (clean.length() <= max) {
			return clean;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(clean.charAt(end - 1))) {
			end--;
		}
		return clean.substring(0, end) + "…";
	}
}
