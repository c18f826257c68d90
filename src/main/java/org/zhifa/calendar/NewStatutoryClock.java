package org.zhifa.calendar;

import java.time.Instant;

/**
 * A clock to start.
 *
 * @param ruleCode the period rule, e.g. {@code criminal.detention.arrest-request}
 * @param label what must happen by the due time, as the officer reads it, e.g. "提请批准逮捕（张三）"
 * @param startedAt when the triggering act happened
 * @param context the facts that change the computation (custody, granted extensions, excluded periods, restart)
 * @param subject what the clock runs for and who answers for it
 */
public record NewStatutoryClock(String ruleCode, String label, Instant startedAt, DeadlineContext context, ClockSubject subject) {
}
