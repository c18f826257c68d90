package org.zhifa.cases;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhifa.intake.CaseFiled;

/**
 * Opens the case intake filed. Runs after intake's transaction committed, in its own, from the event publication
 * registry (a failure is retried, never lost); opening is idempotent on the case id, so a redelivered event opens
 * nothing twice.
 */
@Component
class OpeningFiledCases {

	private final CaseManagement management;

	OpeningFiledCases(CaseManagement management) {
		this.management = management;
	}

	@ApplicationModuleListener
	void on(CaseFiled filed) {
		management.open(NewCase.of(filed));
	}
}
