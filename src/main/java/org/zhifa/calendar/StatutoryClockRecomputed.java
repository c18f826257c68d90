package org.zhifa.calendar;

import java.time.Instant;

/** A running clock's due time changed (extension, excluded period, restart). */
public record StatutoryClockRecomputed(StatutoryClock clock, Instant previousDueAt) {
}
