package org.zhifa.custody;

import org.zhifa.shared.RuleViolation;

/** 出区 before each of the belongings is returned or otherwise accounted for. */
public class BelongingsNotAccountedFor extends RuleViolation {

	BelongingsNotAccountedFor(String person, int open) {
		super("custody-belongings-open", "随身物品未处理", person + " 尚有 " + open + " 项随身物品未返还或处置，不能出区");
	}
}
