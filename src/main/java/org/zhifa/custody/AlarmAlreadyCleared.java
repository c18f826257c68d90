package org.zhifa.custody;

import org.zhifa.shared.RuleViolation;

/** An alarm is cleared once. */
public class AlarmAlreadyCleared extends RuleViolation {

	AlarmAlreadyCleared(Alarm a) {
		super("custody-alarm-cleared", "预警已处置", "该预警（" + a.kind().label() + "）已于 " + a.clearedAt() + " 处置");
	}
}
