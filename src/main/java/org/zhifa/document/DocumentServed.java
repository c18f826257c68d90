package org.zhifa.document;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A document was served on someone; modules start the clocks that run from service (e.g. the 3-day limit to serve a
 * 不予立案通知书, the periods for 复议 after a penalty decision is served) from {@code servedAt}.
 */
public record DocumentServed(UUID serviceId, UUID documentId, String typeCode, String number, UUID unitId,
		@Nullable UUID caseId, ServiceMethod method, Instant servedAt, String recipient) {
}
