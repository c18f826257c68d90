package org.zhifa.supervision.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhifa.supervision.StalledCases;
import org.zhifa.supervision.SweepResult;

/** Runs the stalled-case sweep on the configured interval (first run a minute after start-up). */
@Component
class StalledCaseSweep {

	private static final Logger log = LoggerFactory.getLogger(StalledCaseSweep.class);

	private final StalledCases stalledCases;
	private final Clock clock;

	StalledCaseSweep(StalledCases stalledCases, Clock clock) {
		this.stalledCases = stalledCases;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${zhifa.supervision.stalled-cases.initial-delay:60s}",
			fixedDelayString = "${zhifa.supervision.stalled-cases.sweep-interval:1h}")
	void run() {
		SweepResult result = stalledCases.sweep(clock.instant());
		if (result.opened() + result.escalated() > 0) {
			log.info("挂案清理：新开 {} 件，逾期转督办 {} 件", result.opened(), result.escalated());
		}
	}
}
