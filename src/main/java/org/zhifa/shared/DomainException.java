package org.zhifa.shared;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A business rule said no. Subclasses are named after the fact ({@code BadgeNumberAlreadyTaken}); each
 * carries a stable problem type slug and a zh-CN title and detail, and becomes an RFC 9457 ProblemDetail
 * at the HTTP edge. Thrown before anything is written, or inside the transaction that then rolls back.
 */
public abstract class DomainException extends RuntimeException {

	private final HttpStatus status;
	private final String type;
	private final String title;
	private final Map<String, Object> properties;

	protected DomainException(HttpStatus status, String type, String title, String detail) {
		this(status, type, title, detail, Map.of());
	}

	protected DomainException(HttpStatus status, String type, String title, String detail, Map<String, Object> properties) {
		super(detail);
		this.status = status;
		this.type = type;
		this.title = title;
		this.properties = Map.copyOf(properties);
	}

	public HttpStatus status() {
		return status;
	}

	/** Stable slug, e.g. {@code badge-number-taken}; the problem type URI is derived from it. */
	public String type() {
		return type;
	}

	public String title() {
		return title;
	}

	public String detail() {
		return getMessage();
	}

	public Map<String, Object> properties() {
		return properties;
	}
}
