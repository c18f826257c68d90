package org.zhifa.calendar;

/**
 * Lifecycle of a statutory clock: it starts {@link #RUNNING} when the triggering act is recorded (拘留, 受案 …), may be
 * recomputed while running (an extension granted, a period excluded, a restart), and is {@link #STOPPED} by the act
 * that meets it (提请逮捕, release, decision) or that ends it (case closed). Overdue is not a state: a running clock is
 * overdue once its due time has passed, and a stopped one was met late if it stopped after its due time.
 */
public enum ClockState {
	RUNNING, STOPPED
}
