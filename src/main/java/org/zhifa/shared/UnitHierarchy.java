package org.zhifa.shared;

import java.util.Set;
import java.util.UUID;

/**
 * The unit tree as far as data scopes need it. Implemented by the organization module; declared here so
 * that modules organization itself depends on (audit) can resolve scopes without a dependency cycle.
 */
public interface UnitHierarchy {

	/** The unit itself and every unit below it (active or not). */
	Set<UUID> selfAndDescendants(UUID unitId);

	/** Whether the unit is the top of the tree (the 市局): its subtree is the whole bureau. */
	boolean isRoot(UUID unitId);
}
