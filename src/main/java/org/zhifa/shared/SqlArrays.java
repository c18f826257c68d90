package org.zhifa.shared;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Passes a set of ids as one bind parameter: a PostgreSQL array literal, used as
 * {@code = ANY(CAST(:ids AS uuid[]))}, so the statement stays the same whatever the number of ids.
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	public static String uuids(Collection<UUID> ids) {
		return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
	}

	/** Plain codes (enum names, permission codes) as a {@code text[]} literal; codes never contain quotes or commas. */
	public static String codes(Collection<String> codes) {
		return codes.stream().collect(Collectors.joining(",", "{", "}"));
	}
}
