package org.zhifa.identity;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhifa.shared.Actor;

/** Runs a piece of work as an actor that is not (yet) the request's principal — e.g. auditing the login itself. */
final class AsActor {

	private AsActor() {
	}

	static void run(Actor actor, Runnable work) {
		var context = SecurityContextHolder.getContext();
		var previous = context.getAuthentication();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new SignedInAccount(actor, false, java.time.Instant.EPOCH), null, java.util.List.of()));
		try {
			work.run();
		}
		finally {
			context.setAuthentication(previous);
		}
	}
}
