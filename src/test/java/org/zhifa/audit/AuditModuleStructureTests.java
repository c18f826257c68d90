package org.zhifa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.zhifa.ZhifaApplication;

/** The audit module depends on the shared kernel only and exposes nothing but its root package. */
class AuditModuleStructureTests {

	static final ApplicationModules MODULES = ApplicationModules.of(ZhifaApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void auditDependsOnTheSharedKernelOnly() {
		ApplicationModule audit = MODULES.getModuleByName("audit").orElseThrow();

		assertThat(audit.getDisplayName()).isEqualTo("审计");
		assertThat(audit.getDirectDependencies(MODULES).uniqueModules().map(module -> module.getIdentifier().toString()))
			.containsOnly("shared");
	}
}
