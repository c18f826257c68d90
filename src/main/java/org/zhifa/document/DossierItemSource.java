package org.zhifa.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a kind of dossier item comes from. The document module contributes its issued legal documents; a module that
 * owns other case material (transcripts, evidence lists) adds a Spring bean implementing this interface, and its items
 * join the dossier, its table of contents, the exported PDF and the manifest without further change here. Sources are
 * called without a data scope; the dossier applies {@code dossier:read} to the items' units.
 */
public interface DossierItemSource {

	/** The kind this source answers for, stable across releases: it is written into manifests. */
	String kind();

	/** The case's current items (superseded versions left out). */
	List<DossierItem> itemsOf(UUID caseId);

	/** The item's stored PDF, byte for byte — its SM3 is {@link DossierItem#sm3()}. */
	byte[] content(UUID itemId);

	/** SM3 of the item as stored now, to check a manifest against; empty when the item does not exist. */
	Optional<String> storedSm3(UUID itemId);
}
