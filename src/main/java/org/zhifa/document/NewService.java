package org.zhifa.document;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A service (送达) to record.
 *
 * @param servedAt when it was served: not in the future and not before the document was issued
 * @param requestId the client's idempotency key: the same key twice records once and answers with the first record
 */
public record NewService(ServiceMethod method, Instant servedAt, String recipient, @Nullable String note,
		@Nullable String requestId) {
}
