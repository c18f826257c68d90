/**
 * 工作台 — each user's to-do list (待办) and warnings: every statutory clock the calendar watches becomes a task of the
 * officers answerable for it, warned a configurable lead time before it falls due and again when overdue, and marked
 * done by the act that stops the clock — never by hand. Fed only by the calendar's clock events, so any module that
 * starts clocks (intake, cases, custody, supervision's reviews …) appears here without the workbench knowing it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "工作台", allowedDependencies = { "shared", "audit", "calendar", "officer" })
@org.jspecify.annotations.NullMarked
package org.zhifa.workbench;
