package org.zhifa.shared;

import org.springframework.http.HttpStatus;

/** The addressed record does not exist — or lies outside the actor's data scope (we do not tell which). */
public class NotFound extends DomainException {

	public NotFound(String what, Object id) {
		super(HttpStatus.NOT_FOUND, "not-found", "记录不存在", what + "不存在或无权访问：" + id);
	}
}
