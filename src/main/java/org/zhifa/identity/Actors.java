package org.zhifa.identity;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.officer.OfficerSummary;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.shared.Actor;
import org.zhifa.shared.DataScope;

/** Resolves an account into the {@link Actor} every module sees: its officer, unit, and permission scopes. */
@Component
class Actors {

	private final OfficerDirectory officers;
	private final UnitDirectory units;
	private final RolePermissions rolePermissions;

	Actors(OfficerDirectory officers, UnitDirectory units, RolePermissions rolePermissions) {
		this.officers = officers;
		this.units = units;
		this.rolePermissions = rolePermissions;
	}

	Actor actorFor(Account account) {
		OfficerSummary officer = officers.find(account.officerId()).orElse(null);
		if (officer == null || !officer.active()) {
			// an account whose officer left service keeps no permissions
			return new Actor(account.id(), account.username(), account.officerId(), account.username(), null, Map.of());
		}
		Map<String, DataScope> scopes = rolePermissions.scopesFor(officer.roles().stream().map(Enum::name).toList());
		return new Actor(account.id(), account.username(), officer.id(), officer.name(), officer.unitId(), scopes);
	}

	Me me(Actor actor, boolean passwordChangeRequired) {
		OfficerSummary officer = actor.officerId() == null ? null : officers.find(actor.officerId()).orElse(null);
		String unitName = actor.unitId() == null ? "" : units.find(actor.unitId()).map(u -> u.name()).orElse("");
		List<AccountView.RoleName> roles = officer == null ? List.of()
				: officer.roles().stream().sorted().map(r -> new AccountView.RoleName(r.name(), r.label())).toList();
		List<Me.Grant> grants = actor.scopes().entrySet().stream().sorted(Map.Entry.comparingByKey())
			.map(e -> new Me.Grant(e.getKey(), e.getValue())).toList();
		return new Me(actor.accountId(), actor.username(), actor.displayName(), actor.officerId(),
				officer == null ? "" : officer.badgeNumber(), actor.unitId(), unitName, roles, grants, passwordChangeRequired);
	}
}
