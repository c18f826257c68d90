package org.zhifa.cases;

import java.time.Instant;
import java.util.UUID;

import org.zhifa.intake.CaseKind;

/** A case was opened under its number (立案, or an administrative case accepted). */
public record CaseOpened(UUID caseId, CaseKind kind, String number, UUID unitId, String offenceCode, Instant filedAt) {
}
