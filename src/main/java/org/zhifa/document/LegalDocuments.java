package org.zhifa.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.shared.Actor;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.Visibilities;
import org.zhifa.shared.Visibility;

/**
 * Issued documents as the current user may see them under {@code document:read}: by the issuing unit (UNIT,
 * UNIT_AND_BELOW), everything (ALL) or the documents one issued (OWN) — filtered in SQL; a document outside the scope is
 * answered as not found. Downloading the PDF is audited.
 */
@Service
@Transactional(readOnly = true)
public class LegalDocuments {

	static final String READ = "document:read";

	private final DocumentRecords records;
	private final Visibilities visibilities;
	private final AuditTrail audit;

	LegalDocuments(DocumentRecords records, Visibilities visibilities, AuditTrail audit) {
		this.records = records;
		this.visibilities = visibilities;
		this.audit = audit;
	}

	/** A document with the services recorded for it. */
	public record Details(LegalDocument document, List<ServiceRecord> services) {
	}

	public PageResult<LegalDocument> search(DocumentSearch search, PageRequest page) {
		return records.search(search, visibilities.current(READ), page);
	}

	public Details get(UUID id) {
		LegalDocument document = visible(id);
		return new Details(document, records.services(id));
	}

	/**
	 * The document, when it is one of this case's and the caller may read it; empty otherwise — unknown, out of scope, another
	 * case's, or no {@code document:read} at all alike, so a module citing a document reveals nothing about the others.
	 */
	public Optional<LegalDocument> ofCase(UUID caseId, UUID id) {
		Actor actor = CurrentActor.get();
		if (!actor.isSystem() && actor.scopeOf(READ).isEmpty()) {
			return Optional.empty();
		}
		Visibility read = visibilities.current(READ);
		return records.find(id).filter(d -> caseId.equals(d.caseId()) && read.covers(d.unitId(), d.issuedBy()));
	}

	/** The issued PDF, byte for byte as signed; the read is audited. */
	@Transactional
	public byte[] pdf(UUID id) {
		LegalDocument document = visible(id);
		byte[] pdf = records.pdf(id).orElseThrow();
		audit.record(AuditRecord.of("document.pdf-read", "legal-document", id, "查看文书PDF：" + document.label()));
		return pdf;
	}

	private LegalDocument visible(UUID id) {
		return records.find(id).filter(d -> visibilities.current(READ).covers(d.unitId(), d.issuedBy()))
			.orElseThrow(() -> new NotFound("法律文书", id));
	}
}
