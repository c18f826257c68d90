package org.zhifa.officer;

import java.util.UUID;

/** Identity of an officer; other modules keep it (or its UUID), never the officer. */
public record OfficerId(UUID value) {

	public static OfficerId of(UUID value) {
		return new OfficerId(value);
	}

	static OfficerId random() {
		return new OfficerId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
