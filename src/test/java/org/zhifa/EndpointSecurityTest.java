package org.zhifa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhifa.shared.DataScope;

/**
 * Walks every REST endpoint the application exposes — so a new endpoint is covered the day it is added — and
 * proves the three gates: it declares a permission, it refuses anonymous callers with 401, and it refuses a
 * signed-in user without the permission with 403.
 */
@IntegrationTest
class EndpointSecurityTest {

	/** Endpoints any signed-in user may call (their own session and password), and the login itself. */
	private static final Set<String> SELF_SERVICE = Set.of("/api/auth/me", "/api/auth/logout", "/api/auth/password");
	private static final Set<String> OPEN = Set.of("/api/auth/csrf", "/api/auth/login");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {

		String samplePath() {
			return pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		}

		MockHttpServletRequestBuilder request() {
			MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(method, samplePath());
			if (method != HttpMethod.GET) {
				builder.contentType(MediaType.APPLICATION_JSON).content("{}").with(csrf());
			}
			return builder;
		}

		/** Code lists (roles, unit kinds) any signed-in user may read: declared as {@code isAuthenticated()}. */
		boolean isReferenceData() {
			PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
			return rule != null && rule.value().equals("isAuthenticated()");
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	List<Endpoint> apiEndpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/") || pattern.startsWith("/api/public/")) {
					continue;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern, handler));
				}
			}
		});
		assertThat(endpoints).as("the application exposes its API").hasSizeGreaterThan(20);
		return endpoints;
	}

	@Test
	void everyEndpointDeclaresThePermissionItNeeds() {
		List<String> undeclared = apiEndpoints().stream()
			.filter(e -> !SELF_SERVICE.contains(e.pattern()) && !OPEN.contains(e.pattern()))
			.filter(e -> !AnnotatedElementUtils.hasAnnotation(e.handler().getMethod(), PreAuthorize.class)
					&& !AnnotatedElementUtils.hasAnnotation(e.handler().getBeanType(), PreAuthorize.class))
			.map(Endpoint::toString)
			.toList();
		assertThat(undeclared).as("endpoints without @PreAuthorize").isEmpty();
	}

	@Test
	void everyEndpointRefusesAnonymousCallersWith401() throws Exception {
		for (Endpoint endpoint : apiEndpoints()) {
			if (OPEN.contains(endpoint.pattern())) {
				continue;
			}
			int status = mvc.perform(endpoint.request()).andReturn().getResponse().getStatus();
			assertThat(status).as(endpoint.toString()).isEqualTo(401);
		}
	}

	@Test
	void everyProtectedEndpointRefusesAUserWithoutItsPermissionWith403() throws Exception {
		var powerless = TestActors.auth(TestActors.actor("powerless", UUID.randomUUID(), UUID.randomUUID(), DataScope.ALL));
		for (Endpoint endpoint : apiEndpoints()) {
			if (OPEN.contains(endpoint.pattern()) || SELF_SERVICE.contains(endpoint.pattern()) || endpoint.isReferenceData()) {
				continue;
			}
			var response = mvc.perform(endpoint.request().with(authentication(powerless))).andReturn().getResponse();
			assertThat(response.getStatus()).as(endpoint.toString()).isEqualTo(403);
			assertThat(response.getContentAsString()).as(endpoint.toString()).contains("urn:zhifa:problem:forbidden");
		}
	}

	@Test
	void healthIsOpenToProbesAndMetricsOnlyToSystemMonitors() throws Exception {
		mvc.perform(MockMvcRequestBuilders.get("/actuator/health"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus")).andReturn().getResponse().getStatus())
			.isEqualTo(401);
		var officer = TestActors.auth(TestActors.actor("officer", UUID.randomUUID(), UUID.randomUUID(), DataScope.UNIT, "officer:read"));
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus").with(authentication(officer)))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		var monitor = TestActors.auth(TestActors.actor("ops", UUID.randomUUID(), UUID.randomUUID(), DataScope.ALL, "system:monitor"));
		var metrics = mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus").with(authentication(monitor))).andReturn().getResponse();
		assertThat(metrics.getStatus()).isEqualTo(200);
		assertThat(metrics.getContentAsString()).contains("jvm_memory_used_bytes");
	}

	@Test
	void openApiDocumentIsPublishedInTheDefaultProfile() throws Exception {
		var response = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("/api/officers", "/api/audit-entries", "/api/accounts");
	}
}
