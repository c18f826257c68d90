package org.zhifa.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhifa.identity.SignIn;
import org.zhifa.identity.SignedInAccount;

/**
 * Keeps open sessions honest: once a session's permissions are older than the refresh interval they are read
 * again, so a changed role, a transfer to another unit or a disabled account takes effect without a new login.
 * A disabled or locked account's session ends here (the request then meets the 401 of an anonymous caller).
 */
class SessionRefresh extends OncePerRequestFilter {

	private final SignIn signIn;
	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SessionRefresh(SignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/") && !request.getRequestURI().startsWith("/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof SignedInAccount principal && signIn.isStale(principal)) {
			var refreshed = signIn.refresh(principal);
			if (refreshed.isEmpty()) {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
			}
			else {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(AuthController.authentication(refreshed.get()));
				SecurityContextHolder.setContext(context);
				contexts.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}
}
