package org.zhifa.organization;

import org.jspecify.annotations.Nullable;

/**
 * Filter of the unit list; every criterion is optional.
 *
 * @param text part of the name, or the beginning of the code
 */
public record UnitSearch(@Nullable String text, @Nullable UnitKind kind, @Nullable Boolean active) {

	public static UnitSearch everything() {
		return new UnitSearch(null, null, null);
	}
}
