package org.zhifa.custody;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One item of the person's belongings; case-related items are seized (扣押) rather than returned. */
public record Belonging(int seq, String description, int quantity, boolean caseRelated, @Nullable Disposition disposition,
		@Nullable Instant disposedAt, @Nullable String note) {

	public boolean accountedFor() {
		return disposition != null;
	}
}
