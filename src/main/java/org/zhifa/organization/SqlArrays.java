package org.zhifa.organization;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Passes a set of ids as one bind parameter: a PostgreSQL array literal, used as
 * {@code = ANY(CAST(:ids AS uuid[]))}, so the statement stays the same whatever the number of ids.
 */
final class SqlArrays {

	private SqlArrays() {
	}

	static String uuids(Collection<UUID> ids) {
		return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
	}
}
