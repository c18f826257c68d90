package org.zhifa.document;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import org.openpdf.text.pdf.PdfReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.document.internal.Sm2;
import org.zhifa.shared.InvalidInput;

/**
 * Checks a PDF against what was issued: its SM3 must be the stored hash of an issued document, and the stored SM2
 * signature must verify over these bytes with the issuing unit's public key. A PDF with a single changed byte has another
 * hash; if its metadata still names a document we issued, the answer says which one it claims to be. Open to anyone
 * signed in — holding the PDF is what entitles one to ask; every check is audited.
 */
@Service
public class DocumentVerification {

	private final DocumentRecords records;
	private final SigningKeys keys;
	private final AuditTrail audit;

	DocumentVerification(DocumentRecords records, SigningKeys keys, AuditTrail audit) {
		this.records = records;
		this.keys = keys;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Verification verify(byte[] pdf) {
		if (pdf.length == 0) {
			throw new InvalidInput("file", "请上传要验证的PDF文件");
		}
		String sm3 = Sm2.sm3Hex(pdf);
		Verification result = records.findBySm3(sm3).map(d -> checkSignature(d, pdf, sm3)).orElseGet(() -> unknown(pdf, sm3));
		audit.record(AuditRecord.of("document.verified", "legal-document", result.documentId() == null ? sm3 : result.documentId(),
				(result.valid() ? "验真通过：" + result.number() : "验真失败：" + result.reason()) + "；文件SM3 " + sm3));
		return result;
	}

	private Verification checkSignature(LegalDocument d, byte[] pdf, String sm3) {
		var signed = records.signature(d.id()).orElseThrow();
		boolean signatureHolds = keys.byId(signed.signingKeyId()).map(k -> Sm2.verify(k.publicKey(), pdf, signed.signature()))
			.orElse(false);
		if (!signatureHolds) {
			return new Verification(false, "签名验证失败：文件与登记的哈希一致，但签发机关的SM2签名不能通过验证，签名或密钥记录可能被篡改", sm3,
					d.id(), d.number(), d.typeName(), d.issuerName(), d.issuedAt(), null);
		}
		String note = d.correctedBy() == null ? null : "该文书已被 " + d.correctedByNumber() + " 更正，原文书作废";
		return new Verification(true, "真实有效：文件与签发时完全一致，签发机关SM2签名验证通过", sm3, d.id(), d.number(), d.typeName(),
				d.issuerName(), d.issuedAt(), note);
	}

	private Verification unknown(byte[] pdf, String sm3) {
		Optional<LegalDocument> claimed = claimedDocument(pdf).flatMap(records::find);
		if (claimed.isPresent()) {
			LegalDocument d = claimed.get();
			return new Verification(false, "文件已被改动：它自称是 " + d.label() + "，但内容与签发时不一致（签发时SM3 " + d.sm3() + "）",
					sm3, null, d.number(), d.typeName(), d.issuerName(), d.issuedAt(), null);
		}
		return new Verification(false, "系统中没有与该文件一致的已签发文书：文件可能被改动，或并非本系统签发", sm3, null, null, null, null,
				null, null);
	}

	private static final java.util.regex.Pattern SUBJECT = java.util.regex.Pattern
		.compile("/Subject\\s*\\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\)");

	/**
	 * The document id written into the PDF's metadata at rendering: read from the parsed file, or — when the change broke
	 * the file's structure — found in the raw bytes (the information dictionary is not compressed).
	 */
	private static Optional<UUID> claimedDocument(byte[] pdf) {
		try {
			PdfReader reader = new PdfReader(pdf);
			try {
				String subject = reader.getInfo().get("Subject");
				if (subject != null) {
					return Optional.of(UUID.fromString(subject.strip()));
				}
			}
			finally {
				reader.close();
			}
		}
		catch (IOException | RuntimeException ex) {
			// fall through to the raw bytes
		}
		var matcher = SUBJECT.matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
		return matcher.find() ? Optional.of(UUID.fromString(matcher.group(1))) : Optional.empty();
	}
}
