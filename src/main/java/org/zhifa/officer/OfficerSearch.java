package org.zhifa.officer;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Filter of the officer list; every criterion is optional and the caller's data scope always applies on top.
 *
 * @param text part of the name, or the beginning of the badge number
 * @param includeSubunits with {@code unitId}: also the units below it
 */
public record OfficerSearch(@Nullable String text, @Nullable UUID unitId, boolean includeSubunits,
		@Nullable OfficerKind kind, @Nullable Role role, @Nullable QualificationLevel qualificationLevel) {

	public static OfficerSearch everything() {
		return new OfficerSearch(null, null, false, null, null, null);
	}
}
