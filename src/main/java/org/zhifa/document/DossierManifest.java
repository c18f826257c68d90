package org.zhifa.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The manifest (卷宗清单) of one export: every item with its SM3 and its pages in the PDF, and the SM3 of the whole PDF.
 * It is signed by the 办案单位's SM2 key over its compact JSON (members in the order declared here); a receiver checks
 * the signature, then the PDF's hash and page count, and so knows nothing was changed, added or left out.
 */
public record DossierManifest(String format, UUID exportId, UUID caseId, String caseLabel, DossierVolume volume, String volumeName,
		int sequence, UUID unitId, String unitName, Instant exportedAt, String exportedBy, int itemCount, int pageCount, String pdfSm3,
		List<Item> items) {

	public static final String FORMAT = "zhifa-dossier-manifest/1";

	public DossierManifest {
		items = List.copyOf(items);
	}

	public record Item(int position, String kind, UUID id, String title, @Nullable String number, Instant issuedAt, String sm3,
			int firstPage, int lastPage) {
	}

	/**
	 * The manifest as handed over: the manifest and its signature.
	 *
	 * @param algorithm always {@code SM2-SM3} (GB/T 32918 with the default user id 1234567812345678)
	 * @param publicKey the signing unit's public key, hex of the uncompressed point — also registered in the system by {@code keyId}
	 * @param value the DER signature, Base64
	 */
	public record Signed(DossierManifest manifest, Signature signature) {
	}

	public record Signature(String algorithm, UUID keyId, String publicKey, String value) {
	}
}
