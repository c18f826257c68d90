package org.zhifa.workbench;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.shared.AlertsCleared;
import org.zhifa.shared.AlertsRaised;

/**
 * Puts the alarms other modules raise on the workbench of the officers they name, and takes them off when the module
 * clears them. Idempotent: an alert delivered again is not stored twice, a clearing delivered again changes nothing.
 * Runs after the raising transaction commits, with the event publication registry keeping an unhandled event.
 */
@Component
class AlertFeed {

	private final Alerts alerts;
	private final AuditTrail audit;

	AlertFeed(Alerts alerts, AuditTrail audit) {
		this.alerts = alerts;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(AlertsRaised event) {
		int written = alerts.raiseAll(event.alerts());
		if (written > 0) {
			var first = event.alerts().get(0);
			audit.record(AuditRecord.of("workbench.alerts-raised", "workbench-alert", first.id(),
					"工作台告警 " + written + " 条（" + first.source() + "）：" + first.title() + (written > 1 ? " 等" : "")));
		}
	}

	@ApplicationModuleListener
	void on(AlertsCleared event) {
		int cleared = alerts.clearAll(event.source(), event.ids(), event.at(), event.clearedBy());
		if (cleared > 0) {
			audit.record(AuditRecord.of("workbench.alerts-cleared", "workbench-alert", event.ids().get(0),
					"工作台告警解除 " + cleared + " 条（" + event.source() + "）" + (event.clearedBy() == null ? "，条件已消除" : "，处置人 " + event.clearedBy())));
		}
	}
}
