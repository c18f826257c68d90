package org.zhifa.property.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhifa.property.PropertyAlerts;

/** Every few minutes: the property alarms that are not clocks, raised on and cleared from the 工作台. */
@Component
class PropertyAlertSweep {

	private static final Logger log = LoggerFactory.getLogger(PropertyAlertSweep.class);

	private final PropertyAlerts alerts;

	PropertyAlertSweep(PropertyAlerts alerts) {
		this.alerts = alerts;
	}

	@Scheduled(fixedDelayString = "${zhifa.property.alert-interval:5m}", initialDelayString = "${zhifa.property.alert-interval:5m}")
	void sweep() {
		try {
			PropertyAlerts.Evaluation e = alerts.evaluate();
			if (e.raised() + e.cleared() > 0) {
				log.info("涉案财物预警：新增 {} 条，解除 {} 条", e.raised(), e.cleared());
			}
		}
		catch (RuntimeException ex) {
			log.warn("涉案财物预警评估失败", ex);
		}
	}
}
