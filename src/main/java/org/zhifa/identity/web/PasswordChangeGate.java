package org.zhifa.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhifa.identity.SignedInAccount;

/**
 * An account on an initial or reset password may only see itself, change the password and log out —
 * nothing else — until it has chosen its own password.
 */
class PasswordChangeGate extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !uri.startsWith("/api/") || uri.startsWith("/api/auth/") || uri.startsWith("/api/public/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof SignedInAccount account && account.passwordChangeRequired()) {
			SecurityConfiguration.problem(response, 403, "password-change-required", "请先修改密码",
					"您正在使用初始或重置后的密码，请先修改密码再继续操作。");
			return;
		}
		chain.doFilter(request, response);
	}
}
