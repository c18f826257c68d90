package org.zhifa.calendar;

/** A statutory clock started; the workbench begins to watch it for its officers. */
public record StatutoryClockStarted(StatutoryClock clock) {
}
