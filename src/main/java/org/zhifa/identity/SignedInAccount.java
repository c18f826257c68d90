package org.zhifa.identity;

import java.io.Serializable;

import org.zhifa.shared.Actor;
import org.zhifa.shared.ActorPrincipal;

/** The security principal kept in the session: the actor resolved at login. */
public record SignedInAccount(Actor actor, boolean passwordChangeRequired) implements ActorPrincipal, Serializable {
}
