package org.zhifa.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.shared.DataScope;
import org.zhifa.shared.SqlArrays;

/**
 * The policy table that maps each officer role to permissions and the data scope each grants
 * (table {@code role_permission}). An account holding several roles gets, per permission, the broadest scope.
 */
@Component
class RolePermissions {

	private final JdbcClient jdbc;

	RolePermissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, DataScope> scopesFor(Collection<String> roles) {
		Map<String, DataScope> scopes = new HashMap<>();
		if (roles.isEmpty()) {
			return scopes;
		}
		jdbc.sql("SELECT permission, scope FROM role_permission WHERE role = ANY(CAST(? AS text[]))")
			.param(SqlArrays.codes(roles))
			.query((rs, n) -> Map.entry(rs.getString(1), DataScope.valueOf(rs.getString(2))))
			.list()
			.forEach(e -> scopes.merge(e.getKey(), e.getValue(), DataScope::broadest));
		return scopes;
	}

	/** role code → its grants in display order. */
	Map<String, List<PermissionGrant>> all() {
		Map<String, List<PermissionGrant>> result = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT rp.role, p.code, p.name, rp.scope FROM role_permission rp JOIN permission p ON p.code = rp.permission
				ORDER BY rp.role, p.sort_order""")
			.query((rs, n) -> Map.entry(rs.getString(1), PermissionGrant.of(rs.getString(2), rs.getString(3),
					DataScope.valueOf(rs.getString(4)))))
			.list()
			.forEach(e -> result.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
		return result;
	}
}
