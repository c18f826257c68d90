package org.zhifa.officer;

import java.time.LocalDate;
import java.util.UUID;

/** An officer's 执法资格 was recorded or replaced. */
public record OfficerQualified(UUID officerId, QualificationLevel level, LocalDate passedOn, LocalDate expiresOn) {
}
