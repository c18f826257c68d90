package org.zhifa.workbench;

import java.time.Instant;

/** A task's due time has passed while its clock still runs; announced once per due time. */
public record DeadlineOverdue(Task task, Instant noticedAt) {
}
