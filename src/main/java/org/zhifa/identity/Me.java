package org.zhifa.identity;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.shared.DataScope;

/** The signed-in user as the web UI needs it: who, where, and what the menu may offer. */
public record Me(@Nullable UUID accountId, String username, String displayName, @Nullable UUID officerId,
		String badgeNumber, @Nullable UUID unitId, String unitName, List<AccountView.RoleName> roles,
		List<Grant> permissions, boolean passwordChangeRequired) {

	public record Grant(String code, DataScope scope) {
	}
}
