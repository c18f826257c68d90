package org.zhifa.document;

import java.util.List;

/**
 * What changed in a volume between an earlier export ({@code from}) and a later one ({@code to}): items added, items
 * removed, items whose content (SM3) or title changed, items that only moved pages; items are matched by kind and id. A
 * corrected document shows as the original removed and the correction added.
 */
public record DossierDiff(DossierExport from, DossierExport to, List<DossierManifest.Item> added, List<DossierManifest.Item> removed,
		List<Change> changed, List<Change> moved, int unchanged) {

	public record Change(DossierManifest.Item before, DossierManifest.Item after) {
	}

	public boolean identical() {
		return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && moved.isEmpty();
	}
}
