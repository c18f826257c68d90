package org.zhifa.shared;

import org.springframework.http.HttpStatus;

/** The actor holds the permission, but the target lies outside the actor's data scope. */
public class OutOfScope extends DomainException {

	public OutOfScope(String what) {
		super(HttpStatus.FORBIDDEN, "out-of-scope", "超出数据权限范围", "无权操作" + what + "：不在您的数据权限范围内。");
	}
}
