package org.zhifa.shared;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** Optimistic locking: someone else changed the record since the client read it. Nothing was written. */
public class StaleVersion extends DomainException {

	public StaleVersion(String what, Object id, long expected) {
		super(HttpStatus.CONFLICT, "concurrent-modification", "记录已被他人修改",
				what + "（" + id + "）已被他人修改，请刷新后重试；本次修改未保存。", Map.of("expectedVersion", expected));
	}
}
