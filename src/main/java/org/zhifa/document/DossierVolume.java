package org.zhifa.document;

/**
 * The two volumes a case's dossier is split into. Which volume a document type belongs to is data
 * ({@code document_type.dossier_volume}); other item kinds say it themselves ({@link DossierItem#volume()}).
 */
public enum DossierVolume {
	/** 诉讼卷: goes to the procuratorate (检察院) with the case — what it needs to review the filing, the measures and the acts. */
	LITIGATION("诉讼卷"),
	/** 侦查卷 (侦查工作卷): stays with the bureau — internal reports, receipts, refusals, administrative matters. */
	INVESTIGATION("侦查卷");

	private final String label;

	DossierVolume(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
