package org.zhifa.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.identity.AccountManagement;
import org.zhifa.identity.Me;
import org.zhifa.identity.SignIn;
import org.zhifa.identity.SignedInAccount;
import org.zhifa.shared.Actor;

/** Login, logout, the signed-in user, and changing one's own password. */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "登录与会话")
class AuthController {

	private final SignIn signIn;
	private final AccountManagement accounts;
	private final AuditTrail audit;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AuthController(SignIn signIn, AccountManagement accounts, AuditTrail audit) {
		this.signIn = signIn;
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping("/csrf")
	@Operation(summary = "获取 CSRF 令牌（同时写入 XSRF-TOKEN Cookie）")
	ResponseEntity<Void> csrf(CsrfToken token) {
		token.getToken(); // touching the token makes the repository write the cookie
		return ResponseEntity.noContent().build();
	}

	@PostMapping(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@Operation(summary = "登录（表单：username, password）")
	Me login(@RequestParam @NotBlank @Size(max = 32) String username, @RequestParam @NotBlank @Size(max = 64) String password,
			HttpServletRequest request, HttpServletResponse response) {
		SignedInAccount principal = signIn.signIn(username, password);
		HttpSession old = request.getSession(false);
		if (old != null) {
			old.invalidate(); // a fresh session id on every login: no session fixation
		}
		request.getSession(true);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication(principal));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		return accounts.me(principal);
	}

	@PostMapping("/logout")
	@Operation(summary = "退出登录")
	ResponseEntity<Void> logout(HttpServletRequest request, @AuthenticationPrincipal SignedInAccount principal) {
		audit.record(AuditRecord.of("auth.logout", "account", principal.actor().accountId(), "退出登录：" + principal.actor().username()));
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/me")
	@Operation(summary = "当前登录用户")
	Me me(@AuthenticationPrincipal SignedInAccount principal) {
		return accounts.me(principal);
	}

	record PasswordChange(@NotBlank(message = "请输入当前密码") @Size(max = 64) String currentPassword,
			@NotBlank(message = "请输入新密码") @Size(max = 64, message = "密码最长 64 位") String newPassword) {
	}

	@PostMapping("/password")
	@Operation(summary = "修改本人密码")
	ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange change, @AuthenticationPrincipal SignedInAccount principal,
			HttpServletRequest request, HttpServletResponse response) {
		accounts.changeOwnPassword(change.currentPassword(), change.newPassword());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication(new SignedInAccount(principal.actor(), false, principal.resolvedAt())));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		return ResponseEntity.noContent().build();
	}

	static Authentication authentication(SignedInAccount principal) {
		Actor actor = principal.actor();
		List<SimpleGrantedAuthority> authorities = actor.scopes().keySet().stream().map(SimpleGrantedAuthority::new).toList();
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
	}
}
