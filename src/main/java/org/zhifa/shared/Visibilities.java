package org.zhifa.shared;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Resolves the current actor's {@link Visibility} for a permission; every list and lookup goes through it. */
@Component
public class Visibilities {

	private final UnitHierarchy hierarchy;

	Visibilities(UnitHierarchy hierarchy) {
		this.hierarchy = hierarchy;
	}

	/** Visibility of the current actor; the system actor (start-up, jobs) sees everything. */
	public Visibility current(String permission) {
		return of(CurrentActor.get(), permission);
	}

	public Visibility of(Actor actor, String permission) {
		if (actor.isSystem()) {
			return Visibility.all();
		}
		DataScope scope = actor.scopeOf(permission)
			.orElseThrow(() -> new AccessDeniedException("missing permission " + permission));
		return switch (scope) {
			case ALL -> Visibility.all();
			case OWN -> new Visibility(scope, Set.of(), actor.officerId(), actor.accountId());
			case UNIT -> new Visibility(scope, actor.unitId() == null ? Set.of() : Set.of(actor.unitId()), actor.officerId(), actor.accountId());
			// the subtree of the root is the whole bureau, including records of the system itself (no unit)
			case UNIT_AND_BELOW -> actor.unitId() != null && hierarchy.isRoot(actor.unitId()) ? Visibility.all() : new Visibility(scope,
					actor.unitId() == null ? Set.of() : hierarchy.selfAndDescendants(actor.unitId()), actor.officerId(), actor.accountId());
		};
	}
}
