package org.zhifa.audit;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.zhifa.shared.UnitHierarchy;

/**
 * Stand-in for the organization module's {@link UnitHierarchy}, which is written on another branch: a map of
 * parent → children that tests fill in. Delete this class (and its {@code @Import} in {@link AuditSpringTest})
 * when the organization module is merged.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TemporaryUnitHierarchyForAuditTests {

	@Bean
	Units units() {
		return new Units();
	}

	/** The unit tree as far as these tests build it. */
	public static class Units implements UnitHierarchy {

		private final Map<UUID, Set<UUID>> children = new ConcurrentHashMap<>();

		public void addChild(UUID parent, UUID child) {
			children.computeIfAbsent(parent, p -> ConcurrentHashMap.newKeySet()).add(child);
		}

		@Override
		public Set<UUID> selfAndDescendants(UUID unitId) {
			Set<UUID> result = new HashSet<>();
			collect(unitId, result);
			return result;
		}

		private void collect(UUID unitId, Set<UUID> into) {
			if (into.add(unitId)) {
				children.getOrDefault(unitId, Set.of()).forEach(child -> collect(child, into));
			}
		}
	}
}
