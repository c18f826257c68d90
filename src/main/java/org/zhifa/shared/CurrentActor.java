package org.zhifa.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, or {@link Actor#SYSTEM} outside a signed-in request (start-up, jobs). */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Actor get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof ActorPrincipal principal) {
			return principal.actor();
		}
		return Actor.SYSTEM;
	}
}
