package org.zhifa.identity;

import org.zhifa.shared.DataScope;

/** One permission a role grants, with its data scope (and the scope's zh-CN name for display). */
public record PermissionGrant(String code, String name, DataScope scope, String scopeName) {

	static PermissionGrant of(String code, String name, DataScope scope) {
		return new PermissionGrant(code, name, scope, scope.label());
	}
}
