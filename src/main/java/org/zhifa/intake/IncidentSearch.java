package org.zhifa.intake;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Filters of the incident list: status, source, and the day range (Asia/Shanghai) of the time received. */
public record IncidentSearch(@Nullable IncidentStatus status, @Nullable IncidentSource source, @Nullable LocalDate from,
		@Nullable LocalDate to) {
}
