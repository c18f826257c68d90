package org.zhifa.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhifa.intake.CaseKind;

/**
 * Opens cases for tests through {@link CaseManagement#open}, acting as the system, in a demo station with two of its
 * officers whose 执法资格 is valid; and makes valid 公民身份号码.
 */
public final class CaseFixtures {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 900));

	private final CaseManagement management;
	private final JdbcClient jdbc;

	public CaseFixtures(CaseManagement management, JdbcClient jdbc) {
		this.management = management;
		this.jdbc = jdbc;
	}

	public UUID unit(String name) {
		return jdbc.sql("SELECT id FROM unit WHERE name = ?").param(name).query(UUID.class).single();
	}

	/** Two active sworn officers of the unit whose 执法资格 runs at least another year. */
	public List<UUID> qualifiedOfficers(UUID unitId) {
		return jdbc.sql("""
				SELECT id FROM officer WHERE unit_id = ? AND active AND kind = 'SWORN'
				AND qualification_expires_on > current_date + 400 ORDER BY badge_number LIMIT 2""").param(unitId).query(UUID.class).list();
	}

	/** A criminal 盗窃 case filed {@code daysAgo} days ago in the named unit. */
	public Case criminal(String unitName, int daysAgo) {
		return open(CaseKind.CRIMINAL, "XS-0101", unitName, daysAgo);
	}

	/** An administrative 殴打他人 case accepted {@code daysAgo} days ago. */
	public Case administrative(String unitName, int daysAgo) {
		return open(CaseKind.ADMINISTRATIVE, "ZA-0101", unitName, daysAgo);
	}

	public Case open(CaseKind kind, String offenceCode, String unitName, int daysAgo) {
		UUID unitId = unit(unitName);
		Instant filed = Instant.now().minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(10));
		SecurityContextHolder.clearContext();
		return management.open(new NewCase(UUID.randomUUID(), kind, UUID.randomUUID(), "测试受案" + SEQUENCE.incrementAndGet(), unitId,
				offenceCode, "测试案情：某超市货架商品被盗，价值约三千元。", "示范市城关路1号", qualifiedOfficers(unitId),
				filed.minus(Duration.ofHours(3)), filed));
	}

	/** A valid 18-digit number born on the given date (yyyyMMdd), registered in 东城区 of 北京 (110101). */
	public static String citizenId(String birth) {
		String first17 = "110101" + birth + "%03d".formatted(SEQUENCE.incrementAndGet() % 1000);
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}
}
