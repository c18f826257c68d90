package org.zhifa.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies over {@code zhifa.http.max-body-bytes} (default 1 MiB) with a 400 ProblemDetail:
 * by the declared length up front, and by counting while reading for chunked bodies. File uploads
 * ({@code multipart/form-data}: a PDF or a dossier to verify) have their own, larger limit
 * {@code zhifa.http.max-upload-bytes} (default 64 MiB) — an exported dossier of a few hundred pages is several MiB. A recording
 * streamed as the raw body of {@code POST /api/recordings} has {@code zhifa.evidence.max-recording-bytes} (default 8 GiB).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long bodyLimit;
	private final long uploadLimit;
	private final long recordingLimit;

	BodySizeLimitFilter(@Value("${zhifa.http.max-body-bytes:1048576}") long bodyLimit,
			@Value("${zhifa.http.max-upload-bytes:67108864}") long uploadLimit,
			@Value("${zhifa.evidence.max-recording-bytes:8589934592}") long recordingLimit) {
		this.bodyLimit = bodyLimit;
		this.uploadLimit = uploadLimit;
		this.recordingLimit = recordingLimit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
		long limit = type.startsWith("multipart/form-data") ? uploadLimit
				: "/api/recordings".equals(request.getRequestURI()) && "POST".equals(request.getMethod()) ? recordingLimit : bodyLimit;
		if (request.getContentLengthLong() > limit) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType("application/problem+json;charset=UTF-8");
			response.getOutputStream().write(("{\"type\":\"urn:zhifa:problem:request-too-large\",\"title\":\"请求体过大\","
					+ "\"status\":400,\"detail\":\"请求体超过上限 " + limit + " 字节，未作任何处理。\","
					+ "\"errors\":[{\"field\":\"body\",\"message\":\"超过 " + limit + " 字节上限\"}]}").getBytes(StandardCharsets.UTF_8));
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit), response);
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;
		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				ServletInputStream delegate = super.getInputStream();
				stream = new ServletInputStream() {
					private long count;

					@Override
					public int read() throws IOException {
						int b = delegate.read();
						if (b >= 0) {
							count(1);
						}
						return b;
					}

					@Override
					public int read(byte[] buf, int off, int len) throws IOException {
						int n = delegate.read(buf, off, len);
						if (n > 0) {
							count(n);
						}
						return n;
					}

					private void count(int n) throws IOException {
						count += n;
						if (count > limit) {
							throw new RequestBodyTooLarge(limit);
						}
					}

					@Override
					public boolean isFinished() {
						return delegate.isFinished();
					}

					@Override
					public boolean isReady() {
						return delegate.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						delegate.setReadListener(listener);
					}
				};
			}
			return stream;
		}
	}
}
