package org.zhifa.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the platform's one error shape: RFC 9457 with a stable {@code urn:zhifa:problem:*} type and zh-CN text. */
public final class ProblemDetails {

	private ProblemDetails() {
	}

	public static URI typeOf(String slug) {
		return URI.create("urn:zhifa:problem:" + slug);
	}

	public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(typeOf(slug));
		problem.setTitle(title);
		return problem;
	}

	public static ProblemDetail withErrors(HttpStatus status, String slug, String title, String detail,
			List<Map<String, Object>> errors) {
		ProblemDetail problem = of(status, slug, title, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	public static Map<String, Object> fieldError(String field, String message) {
		return Map.of("field", field, "message", message);
	}
}
