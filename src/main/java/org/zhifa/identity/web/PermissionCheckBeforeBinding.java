package org.zhifa.identity.web;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Evaluates an endpoint's {@code @PreAuthorize} before Spring MVC binds and validates the request body, so a
 * user without the permission gets 403 — not a 400 that describes the form they may not submit. Method security
 * still runs on the call itself; this only moves the refusal earlier. Expressions here use authorities only.
 */
@Configuration(proxyBeanMethods = false)
class PermissionCheckBeforeBinding implements WebMvcConfigurer, HandlerInterceptor {

	private final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
		}
		if (rule == null) {
			return true;
		}
		Expression expression = expressions.getExpressionParser().parseExpression(rule.value());
		EvaluationContext context = expressions.createEvaluationContext(
				() -> SecurityContextHolder.getContext().getAuthentication(), new NoArgumentsInvocation(method));
		Boolean allowed = expression.getValue(context, Boolean.class);
		if (!Boolean.TRUE.equals(allowed)) {
			throw new AccessDeniedException("permission check failed: " + rule.value());
		}
		return true;
	}

	private record NoArgumentsInvocation(HandlerMethod handler) implements MethodInvocation {

		@Override
		public Method getMethod() {
			return handler.getMethod();
		}

		@Override
		public Object[] getArguments() {
			return new Object[handler.getMethodParameters().length];
		}

		@Override
		public Object proceed() {
			throw new UnsupportedOperationException("evaluation only");
		}

		@Override
		public Object getThis() {
			return handler.getBean();
		}

		@Override
		public AccessibleObject getStaticPart() {
			return handler.getMethod();
		}
	}
}
