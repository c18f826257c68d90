/**
 * 民警 — the roster: sworn officers (民警) and auxiliaries (辅警), badge numbers, roles, 执法资格 with its expiry,
 * 法律职业资格 and 法制员 designation. Other modules ask {@link org.zhifa.officer.OfficerDirectory} who someone is and
 * {@link org.zhifa.officer.EnforcementQualificationGate} whether a person or team may perform enforcement actions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "民警", allowedDependencies = { "shared", "organization", "audit" })
@org.jspecify.annotations.NullMarked
package org.zhifa.officer;
