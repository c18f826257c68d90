package org.zhifa.identity;

import java.io.Serializable;
import java.time.Instant;

import org.zhifa.shared.Actor;
import org.zhifa.shared.ActorPrincipal;

/**
 * The security principal kept in the session: the actor as resolved at {@code resolvedAt}. It is resolved again
 * from the database after {@link IdentitySettings#permissionRefresh()}, so role changes, transfers and disabled
 * accounts reach open sessions within that time.
 */
public record SignedInAccount(Actor actor, boolean passwordChangeRequired, Instant resolvedAt)
		implements ActorPrincipal, Serializable {
}
