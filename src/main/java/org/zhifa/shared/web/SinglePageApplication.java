package org.zhifa.shared.web;

import java.io.IOException;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the Vue UI from {@code classpath:/static}: real files as they are, and {@code index.html} for every
 * other browser path (client-side routes such as {@code /officers}) — but never for {@code /api}, so an unknown
 * API path stays a 404 ProblemDetail.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageApplication implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.resourceChain(true)
			.addResolver(new PathResourceResolver() {
				@Override
				protected Resource getResource(String path, Resource location) throws IOException {
					Resource requested = location.createRelative(path);
					if (requested.exists() && requested.isReadable()) {
						return requested;
					}
					if (path.startsWith("api/") || path.startsWith("v3/") || path.startsWith("actuator/") || path.contains(".")) {
						return null;
					}
					Resource index = new ClassPathResource("/static/index.html");
					return index.exists() ? index : null;
				}
			});
	}
}
