package org.zhifa.supervision;

/** What one sweep did: reviews opened for newly stalled cases, and unanswered reviews escalated. */
public record SweepResult(int opened, int escalated) {
}
