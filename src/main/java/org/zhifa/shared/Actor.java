package org.zhifa.shared;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who is acting: the signed-in account, the officer behind it and that officer's unit, with the data
 * scope of each permission the account holds. Built by the identity module at login; read by every
 * module to authorize and to audit.
 *
 * @param accountId the account, {@code null} for the system itself
 * @param username login name, {@code system} for the system
 * @param officerId the officer the account belongs to, if any
 * @param displayName name shown in audit trails
 * @param unitId the officer's unit, if any
 * @param scopes permission code → broadest data scope granted for it
 */
public record Actor(@Nullable UUID accountId, String username, @Nullable UUID officerId, String displayName,
		@Nullable UUID unitId, Map<String, DataScope> scopes) implements java.io.Serializable {

	public static final Actor SYSTEM = new Actor(null, "system", null, "系统", null, Map.of());

	public Actor {
		scopes = Map.copyOf(scopes);
	}

	public boolean isSystem() {
		return accountId == null;
	}

	public boolean has(String permission) {
		return scopes.containsKey(permission);
	}

	/** The data scope this actor holds for a permission; empty when the permission is not granted. */
	public Optional<DataScope> scopeOf(String permission) {
		return Optional.ofNullable(scopes.get(permission));
	}
}
