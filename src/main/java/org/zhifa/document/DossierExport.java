package org.zhifa.document;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One export of a volume of a case's dossier. Lifecycle: created whole (PDF, signed manifest, audit entry) in one
 * transaction and never changed — the database refuses updates and deletes; a later state of the dossier is a new export.
 */
public record DossierExport(UUID id, UUID caseId, String caseLabel, DossierVolume volume, int sequence, UUID unitId, String unitName,
		@Nullable UUID exportedBy, String exportedByName, Instant exportedAt, int itemCount, int pageCount, String pdfSm3, int pdfSize) {
}
