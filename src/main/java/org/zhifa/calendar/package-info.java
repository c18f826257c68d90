/**
 * 期限 — the statutory deadline engine: the holiday calendar (declared holidays and 调休 make-up workdays, as data),
 * versioned period rules citing their article, and {@link org.zhifa.calendar.Deadlines}, which other modules call to
 * compute a due time together with the sentence that explains it (刑事诉讼法第一百零五条 counting), and
 * {@link org.zhifa.calendar.StatutoryClocks}, where they start, recompute and stop the clocks their acts trigger.
 */
@org.springframework.modulith.ApplicationModule(displayName = "期限", allowedDependencies = { "shared", "audit" })
@org.jspecify.annotations.NullMarked
package org.zhifa.calendar;
