package org.zhifa.identity.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * HTTP security: session-based login for the SPA with a CSRF cookie, JSON problems for 401/403, open
 * health probe, OpenAPI and public endpoints; everything else under /api needs a signed-in account, and
 * each endpoint further declares its permission with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // command-line runs (verify-audit) have no HTTP
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, org.zhifa.identity.SignIn signIn) throws Exception {
		var csrfHandler = new CsrfTokenRequestAttributeHandler();
		csrfHandler.setCsrfRequestAttributeName(null); // resolve the token eagerly so the cookie is always set
		http
			.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(csrfHandler))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/api/public/**", "/api/auth/csrf", "/api/auth/login").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				.requestMatchers("/actuator/**").hasAuthority("system:monitor")
				.requestMatchers("/api/**").authenticated()
				.requestMatchers(HttpMethod.GET, "/**").permitAll()
				.anyRequest().authenticated())
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint((request, response, e) -> problem(response, 401, "unauthenticated", "未登录", "请先登录。"))
				.accessDeniedHandler((request, response, e) -> problem(response, 403, "forbidden", "无权访问",
						"您的角色没有执行此操作的权限，或请求缺少有效的 CSRF 令牌。")))
			.addFilterBefore(new SessionRefresh(signIn), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
			.addFilterAfter(new PasswordChangeGate(), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable());
		return http.build();
	}

	static void problem(HttpServletResponse response, int status, String slug, String title, String detail)
			throws java.io.IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json;charset=UTF-8");
		response.getOutputStream().write(("{\"type\":\"urn:zhifa:problem:" + slug + "\",\"title\":\"" + title
				+ "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8));
	}
}
