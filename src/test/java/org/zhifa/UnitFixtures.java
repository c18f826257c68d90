package org.zhifa;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.security.core.context.SecurityContextHolder;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitKind;
import org.zhifa.organization.UnitManagement;

/**
 * Sets up units for integration tests through the organization API, acting as the system. All tests share one
 * database, so every unit gets a fresh code and tests build their own bureaus and stations under the one root.
 */
public final class UnitFixtures {

	private static final AtomicLong CODES = new AtomicLong(100_000_000_000L + ThreadLocalRandom.current().nextLong(800_000_000_000L));

	private final UnitManagement management;
	private final UnitDirectory directory;

	public UnitFixtures(UnitManagement management, UnitDirectory directory) {
		this.management = management;
		this.directory = directory;
	}

	/** A 12-digit unit code no other test has used. */
	public static String freshCode() {
		return String.format("%012d", CODES.incrementAndGet());
	}

	/** The 市局, created by the first test that needs it. */
	public synchronized UUID root() {
		return directory.root().map(u -> u.id()).orElseGet(() -> asSystem(() ->
				management.create(freshCode(), "测试市公安局", UnitKind.MUNICIPAL_BUREAU, null).id()));
	}

	public UUID districtBureau(String name) {
		return unit(name, UnitKind.DISTRICT_BUREAU, root());
	}

	public UUID station(String name, UUID bureau) {
		return unit(name, UnitKind.POLICE_STATION, bureau);
	}

	public UUID unit(String name, UnitKind kind, UUID parent) {
		return asSystem(() -> management.create(freshCode(), name, kind, parent).id());
	}

	private static <T> T asSystem(java.util.function.Supplier<T> work) {
		SecurityContextHolder.clearContext();
		return work.get();
	}
}
