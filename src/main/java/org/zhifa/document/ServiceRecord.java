package org.zhifa.document;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One service (送达) of a document: how, when and to whom, and who recorded it. Append-only. */
public record ServiceRecord(UUID id, UUID documentId, ServiceMethod method, Instant servedAt, String recipient,
		@Nullable String note, @Nullable UUID recordedBy, String recordedByName, Instant recordedAt) {
}
