package org.zhifa.workbench;

import java.time.Instant;

/** A task has become due soon (its lead time before the due time has begun); announced once per due time. */
public record DeadlineWarningRaised(Task task, Instant raisedAt) {
}
