package org.zhifa.property;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An item to register under a case.
 *
 * @param documentNumber the 文号 of the authorising legal document (扣押决定书 / 扣押清单, 查封决定书, 协助冻结财产通知书,
 *        证据保全决定书 …)
 *        — may be left out when {@code legalDocumentId} is given: the document's own 文号 then
 * @param legalDocumentId the issued document in the system, when it was issued here: one of the same case's (400 otherwise)
 * @param seizedAt when the measure was carried out: the 24-hour hand-over clock runs from it
 * @param seizedBy the officers who carried it out (at least two)
 */
public record NewPropertyItem(UUID caseId, Measure measure, Category category, String description, BigDecimal quantity, String quantityUnit,
		@Nullable BigDecimal estimatedValue, List<String> photos, String holderName, @Nullable String holderIdNumber, @Nullable String documentNumber,
		@Nullable UUID legalDocumentId, Instant seizedAt, List<UUID> seizedBy) {

	public NewPropertyItem {
		photos = photos == null ? List.of() : List.copyOf(photos);
		seizedBy = List.copyOf(seizedBy);
	}
}
