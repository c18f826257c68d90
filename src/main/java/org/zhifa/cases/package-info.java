/**
 * 案件 — criminal and administrative cases from filing to closing: the case number, 案由 from the offence catalogue,
 * the handling officers, the parties (suspects, victims, witnesses), coercive measures in their legal order with the
 * statutory clocks they start and the acts that stop them, closing, and the case timeline. Opens a case when intake
 * publishes {@link org.zhifa.intake.CaseFiled}; clocks go through {@link org.zhifa.calendar.StatutoryClocks}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "案件",
		allowedDependencies = { "shared", "audit", "calendar", "officer", "organization", "intake", "approval" })
@org.jspecify.annotations.NullMarked
package org.zhifa.cases;
