package org.zhifa.calendar;

/** A statutory clock was met (or ended) by an act; warnings on it are resolved. */
public record StatutoryClockStopped(StatutoryClock clock) {
}
