package org.zhifa.document;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One item of a case's dossier (卷内材料) as a {@link DossierItemSource} offers it: an issued legal document today;
 * transcripts (笔录) and evidence lists (证据清单) when the modules owning them add their sources.
 *
 * @param kind the source's kind, e.g. {@code LEGAL_DOCUMENT}; with {@code id} it names the item in manifests
 * @param catalogueOrder the position of the item's type in the catalogue of its volume (documents: {@code document_type.sort_order})
 * @param number the 文号 or other reference printed on the item, if it has one
 * @param unitId the unit that made the item: the dossier's data scope is the units of its items
 * @param ownerOfficerId who made it (for the OWN scope)
 * @param sm3 SM3 of the item's stored bytes — what the manifest lists
 * @param note what the table of contents adds, e.g. that the item corrects an earlier one
 */
public record DossierItem(String kind, UUID id, DossierVolume volume, int catalogueOrder, String title, @Nullable String number,
		Instant issuedAt, UUID unitId, @Nullable UUID ownerOfficerId, @Nullable String caseLabel, String sm3, @Nullable String note) {
}
