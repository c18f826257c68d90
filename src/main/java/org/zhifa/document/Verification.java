package org.zhifa.document;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The answer to "is this PDF a document we issued, unchanged?": VALID with the document's number, issuer and time, or
 * INVALID with the reason. {@code note} adds what a holder should know about a valid document (e.g. it was corrected).
 */
public record Verification(boolean valid, String reason, String sm3, @Nullable UUID documentId, @Nullable String number,
		@Nullable String typeName, @Nullable String issuerName, @Nullable Instant issuedAt, @Nullable String note) {
}
