package org.zhifa.custody;

import org.zhifa.shared.RuleViolation;

/** A person cannot be put in that room: it is full, holds a co-suspect, is closed or belongs to another centre. */
public class RoomRefused extends RuleViolation {

	RoomRefused(String detail) {
		super("custody-room-refused", "不能安排该房间", detail);
	}
}
