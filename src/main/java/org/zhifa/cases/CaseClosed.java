package org.zhifa.cases;

import java.time.Instant;
import java.util.UUID;

/** A case was closed (移送审查起诉, 撤销案件, 处罚 or 不予处罚 decision); its clocks stopped with it. */
public record CaseClosed(UUID caseId, String number, Closing closing, Instant closedAt) {
}
