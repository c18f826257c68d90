package org.zhifa.custody;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One item of the person's belongings; case-related items are seized (扣押) rather than returned, and a seized one is
 * registered as seized property ({@code propertyItemId}, its code {@code propertyItemCode}).
 */
public record Belonging(int seq, String description, int quantity, boolean caseRelated, @Nullable Disposition disposition,
		@Nullable Instant disposedAt, @Nullable String note, @Nullable UUID propertyItemId, @Nullable String propertyItemCode) {

	public boolean accountedFor() {
		return disposition != null;
	}
}
