package org.zhifa.calendar;

import java.time.Instant;

/**
 * A running clock's due time changed (extension, excluded period, restart). Published inside
 * {@link StatutoryClocksRecomputed}, which carries every clock one act recomputed; published on its own only by
 * releases before the batch, whose undelivered events may still wait in the publication registry.
 */
public record StatutoryClockRecomputed(StatutoryClock clock, Instant previousDueAt) {
}
