package org.zhifa.shared;

/** Implemented by the security principal so that any module can learn who acts without knowing identity's types. */
public interface ActorPrincipal {

	Actor actor();
}
