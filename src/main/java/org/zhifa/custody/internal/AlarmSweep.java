package org.zhifa.custody.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhifa.custody.CustodyAlarms;

/**
 * Re-evaluates every centre's alarms periodically: clocks run out and watch shifts lapse without any write happening.
 */
@Component
class AlarmSweep {

	private static final Logger log = LoggerFactory.getLogger(AlarmSweep.class);

	private final CustodyAlarms alarms;

	AlarmSweep(CustodyAlarms alarms) {
		this.alarms = alarms;
	}

	@Scheduled(fixedDelayString = "${zhifa.custody.sweep-interval:1m}", initialDelayString = "${zhifa.custody.sweep-interval:1m}")
	void sweep() {
		try {
			CustodyAlarms.Evaluation e = alarms.evaluate(null);
			if (e.raised() > 0 || e.cleared() > 0) {
				log.info("办案中心预警：新增 {} 条，自动解除 {} 条", e.raised(), e.cleared());
			}
		}
		catch (RuntimeException e) {
			log.warn("办案中心预警评估失败", e);
		}
	}
}
