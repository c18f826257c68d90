package org.zhifa;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.shared.Actor;
import org.zhifa.shared.DataScope;

/**
 * Actors as the demo bureau's accounts and officers really are: the officer's unit and the broadest scope of each
 * permission the officer's roles grant (as identity builds them at login), for tests that act as 法制员, 所长, 局领导 ….
 */
public final class DemoActors {

	private DemoActors() {
	}

	/** The demo account's actor, e.g. {@code of(jdbc, "legal")}. */
	public static Actor account(JdbcClient jdbc, String username) {
		UUID officerId = jdbc.sql("SELECT officer_id FROM account WHERE lower(username) = lower(?)").param(username).query(UUID.class).single();
		return officer(jdbc, officerId, username);
	}

	/** The actor of any officer, signed in under a made-up username. */
	public static Actor officer(JdbcClient jdbc, UUID officerId, String username) {
		record Row(UUID unitId, String name, List<String> roles) {
		}
		Row row = jdbc.sql("SELECT unit_id, name, roles FROM officer WHERE id = ?").param(officerId)
			.query((rs, n) -> new Row(rs.getObject("unit_id", UUID.class), rs.getString("name"),
					Arrays.asList((String[]) rs.getArray("roles").getArray())))
			.single();
		Map<String, DataScope> scopes = new HashMap<>();
		jdbc.sql("SELECT permission, scope FROM role_permission WHERE role = ANY(CAST(? AS text[]))").param("{" + String.join(",", row.roles()) + "}")
			.query((rs, n) -> {
				DataScope scope = DataScope.valueOf(rs.getString("scope"));
				scopes.merge(rs.getString("permission"), scope, (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
				return null;
			}).list();
		return new Actor(UUID.randomUUID(), username, officerId, row.name(), row.unitId(), scopes);
	}
}
