/**
 * 接处警与受案 — incidents (警情) as they come in, acceptance (受案) with the receipt handed over on the spot, and the
 * filing decision (立案 / 不予立案 with its 复议 and 复核). A filed case leaves this module as {@link org.zhifa.intake.CaseFiled}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "接处警与受案",
		allowedDependencies = { "shared", "audit", "calendar", "officer", "organization" })
@org.jspecify.annotations.NullMarked
package org.zhifa.intake;
