package org.zhifa.identity;

import org.zhifa.shared.DataScope;

/** One permission a role grants, with its data scope. */
public record PermissionGrant(String code, String name, DataScope scope) {

	public String scopeName() {
		return scope.label();
	}
}
