/** HTTP delivery of the intake module: {@code /api/incidents} and {@code /api/acceptances} (see docs/api.md § 接处警与受案). */
@org.jspecify.annotations.NullMarked
package org.zhifa.intake.web;
