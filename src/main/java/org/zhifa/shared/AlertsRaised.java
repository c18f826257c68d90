package org.zhifa.shared;

import java.util.List;

/** Alarms raised by one act or one evaluation of a module, published once for all of them. */
public record AlertsRaised(List<Alert> alerts) {

	public AlertsRaised {
		alerts = List.copyOf(alerts);
	}
}
