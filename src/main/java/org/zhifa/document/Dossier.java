package org.zhifa.document;

import java.util.List;
import java.util.UUID;

/**
 * A case's electronic dossier (电子卷宗) as assembled now: its items by volume, each volume in catalogue order and then
 * issue time, with the page each item starts on in the bound volume. Nothing of it is stored — it is put together from
 * the items on every request; what is stored is each {@link DossierExport}.
 *
 * @param unitId the 办案单位 the dossier is exported and signed as: the unit that issued the case's first item
 */
public record Dossier(UUID caseId, String caseLabel, UUID unitId, String unitName, List<Volume> volumes) {

	public Dossier {
		volumes = List.copyOf(volumes);
	}

	/** One volume; {@code frontPages} are its cover and table of contents. Empty volumes are listed with no items. */
	public record Volume(DossierVolume volume, int frontPages, int pageCount, List<Entry> entries) {

		public Volume {
			entries = List.copyOf(entries);
		}
	}

	/** An item in its place: position from 1, its pages in the bound volume. */
	public record Entry(int position, DossierItem item, int firstPage, int lastPage) {
	}

	public Volume volume(DossierVolume volume) {
		return volumes.stream().filter(v -> v.volume() == volume).findFirst().orElseThrow();
	}
}
