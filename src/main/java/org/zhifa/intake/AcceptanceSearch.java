package org.zhifa.intake;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Filters of the acceptance list: status, kind, and the day range (Asia/Shanghai) of the acceptance. */
public record AcceptanceSearch(@Nullable AcceptanceStatus status, @Nullable CaseKind kind, @Nullable LocalDate from,
		@Nullable LocalDate to) {
}
