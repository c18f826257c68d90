/**
 * 执法监督 — supervision of law enforcement. First part: stalled cases (挂案清理). The module learns of every case and its
 * activity from case events only; a periodic sweep finds open cases without progress for the configured idle period and
 * opens a review whose clock (a period rule of the calendar, so the workbench shows it) asks the case officers to explain
 * the delay and extend, or to propose closing; an unanswered review escalates to the unit's 办案部门负责人, who also
 * examines closing proposals. New activity on the case or its closing resolves the review by itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "执法监督")
@org.jspecify.annotations.NullMarked
package org.zhifa.supervision;
