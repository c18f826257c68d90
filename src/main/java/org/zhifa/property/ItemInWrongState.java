package org.zhifa.property;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.RuleViolation;

/** An act the item's state does not allow: "财物 CW… 当前状态为在库，不能入库". */
public class ItemInWrongState extends RuleViolation {

	ItemInWrongState(PropertyItem item, String act) {
		super(HttpStatus.CONFLICT, "property-wrong-state", "涉案财物状态不允许此操作",
				"财物 " + item.code() + "（" + item.description() + "）当前状态为" + item.status().label() + "，不能" + act);
	}
}
