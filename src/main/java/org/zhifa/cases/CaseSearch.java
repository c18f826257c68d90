package org.zhifa.cases;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.intake.CaseKind;

/**
 * Filters of the case list; {@code null} means any.
 *
 * @param unitIds the handling units asked for (a unit with or without its subunits, resolved by the caller)
 * @param filedFrom filed at or after
 * @param filedBefore filed before
 * @param number part of the case number
 */
public record CaseSearch(@Nullable Set<UUID> unitIds, @Nullable CaseStatus status, @Nullable CaseKind kind,
		@Nullable String offenceCode, @Nullable UUID officerId, @Nullable Instant filedFrom, @Nullable Instant filedBefore,
		@Nullable String number) {

	public static CaseSearch any() {
		return new CaseSearch(null, null, null, null, null, null, null, null);
	}
}
