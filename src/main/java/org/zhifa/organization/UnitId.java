package org.zhifa.organization;

import java.util.UUID;

/** Identity of a {@link UnitKind unit}; other modules keep it (or its UUID), never the unit itself. */
public record UnitId(UUID value) {

	public static UnitId of(UUID value) {
		return new UnitId(value);
	}

	static UnitId random() {
		return new UnitId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
