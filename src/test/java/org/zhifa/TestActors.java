package org.zhifa;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhifa.shared.Actor;
import org.zhifa.shared.ActorPrincipal;
import org.zhifa.shared.DataScope;

/**
 * Builds signed-in actors for tests without going through the login endpoint: an {@link Actor} with the given
 * permissions and scopes, wrapped as an authentication whose authorities are the permission codes.
 * Use with MockMvc as {@code .with(authentication(TestActors.auth(actor)))}.
 */
public final class TestActors {

	private TestActors() {
	}

	public static Actor actor(String username, UUID unitId, UUID officerId, DataScope scope, String... permissions) {
		Map<String, DataScope> scopes = new HashMap<>();
		Arrays.stream(permissions).forEach(p -> scopes.put(p, scope));
		return new Actor(UUID.randomUUID(), username, officerId, username, unitId, scopes);
	}

	public static Authentication auth(Actor actor) {
		record Principal(Actor actor) implements ActorPrincipal {
		}
		List<SimpleGrantedAuthority> authorities = actor.scopes().keySet().stream().map(SimpleGrantedAuthority::new).toList();
		return UsernamePasswordAuthenticationToken.authenticated(new Principal(actor), null, authorities);
	}

	/** Calls code as the given actor and returns what it returns. */
	public static <T> T callAs(Actor actor, java.util.function.Supplier<T> work) {
		java.util.List<T> result = new java.util.ArrayList<>(1);
		runAs(actor, () -> result.add(work.get()));
		return result.getFirst();
	}

	/** Runs code as the given actor (outside MockMvc, e.g. calling an application service directly). */
	public static void runAs(Actor actor, Runnable work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(auth(actor));
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}
}
