package org.zhifa.intake;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out 警情号 (J), 受案号 (S) and 回执号 (H): prefix + the unit's 12-digit code + yyyyMMdd (Asia/Shanghai) + a
 * 4-digit sequence per unit and day. The counter row is created or bumped in one statement, under the row lock
 * PostgreSQL takes for the conflict, so concurrent desks never draw the same number. Also the reporter's query code.
 */
@Component
class IntakeNumbers {

	/** No 0/O, 1/I: the code is read aloud and typed by members of the public. */
	static final String QUERY_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
	static final int QUERY_CODE_LENGTH = 8;
	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final JdbcClient jdbc;
	private final SecureRandom random = new SecureRandom();

	IntakeNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(char prefix, UUID unitId, String unitCode, Instant at, ZoneId zone) {
		LocalDate day = at.atZone(zone).toLocalDate();
		int seq = jdbc.sql("""
				INSERT INTO intake_counter (prefix, unit_id, day, last) VALUES (:prefix, :unit, :day, 1)
				ON CONFLICT (prefix, unit_id, day) DO UPDATE SET last = intake_counter.last + 1
				RETURNING last""")
			.param("prefix", String.valueOf(prefix)).param("unit", unitId).param("day", day)
			.query(Integer.class).single();
		return prefix + unitCode + day.format(DAY) + String.format("%04d", seq);
	}

	String queryCode() {
		StringBuilder code = new StringBuilder(QUERY_CODE_LENGTH);
		for (int i = 0; i < QUERY_CODE_LENGTH; i++) {
			code.append(QUERY_ALPHABET.charAt(random.nextInt(QUERY_ALPHABET.length())));
		}
		return code.toString();
	}
}
