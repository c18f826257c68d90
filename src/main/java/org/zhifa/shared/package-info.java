/**
 * 公共 — the tiny shared kernel every module may use: the acting user ({@link org.zhifa.shared.Actor}),
 * data scopes, the domain-exception contract that becomes an RFC 9457 ProblemDetail, paging, the clock,
 * and the embedded database used when no external PostgreSQL is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公共", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.zhifa.shared;
