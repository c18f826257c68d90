package org.zhifa.shared.web;

import java.io.IOException;

/** A request body exceeded {@code zhifa.http.max-body-bytes}; reading stopped, nothing was processed. */
public class RequestBodyTooLarge extends IOException {

	private final long limitBytes;

	RequestBodyTooLarge(long limitBytes) {
		super("request body exceeds " + limitBytes + " bytes");
		this.limitBytes = limitBytes;
	}

	public long limitBytes() {
		return limitBytes;
	}
}
