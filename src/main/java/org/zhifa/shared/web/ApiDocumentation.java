package org.zhifa.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title and orientation of the OpenAPI document at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI zhifaOpenApi() {
		return new OpenAPI().info(new Info()
			.title("Zhifa 执法办案与监督平台 API")
			.version("0.1")
			.description("会话登录：先 GET /api/auth/csrf，再以表单 POST /api/auth/login，并在写请求头 X-XSRF-TOKEN 中回传 "
					+ "XSRF-TOKEN Cookie。错误一律为 RFC 9457 ProblemDetail（type 形如 urn:zhifa:problem:…）。"));
	}
}
