package org.zhifa.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.cases.CaseWindows;
import org.zhifa.document.DocumentSearch;
import org.zhifa.document.LegalDocument;
import org.zhifa.document.LegalDocuments;
import org.zhifa.intake.IncidentWindows;
import org.zhifa.property.PropertyItem;
import org.zhifa.property.PropertyQueries;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.Visibility;
import org.zhifa.shared.Visibilities;

/**
 * What an evidence record of a case may rest on, each read in its own module under the caller's own permission and data
 * scope: the case's property items ({@code property:read}), its issued legal documents ({@code document:read}) and the
 * recordings linked to it — to the case itself, to one of its questioning sessions, or to the incident it was accepted from
 * ({@code evidence:read}). The same rules offer the choices ({@link #of}) and check a record's references ({@code item},
 * {@code document}, {@code recording}): anything else — another case's, another unit's, a superseded document, a recording
 * in the queue — is refused naming the field.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceSources {

	static final String PROPERTY_READ = "property:read";
	static final String DOCUMENT_READ = "document:read";
	private static final int LIMIT = 200;

	/** A property item of the case: its code (一物一码) and what it is. */
	public record ItemOption(UUID id, String code, String description, String statusLabel) {
	}

	/** An issued legal document of the case: 文书名称 and 文号. */
	public record DocumentOption(UUID id, String number, String typeName, Instant issuedAt) {
	}

	/** A recording linked to the case (or its session or incident): its number, device, time and what it is linked to. */
	public record RecordingOption(UUID id, String number, String kindLabel, Instant startedAt, Instant endedAt, String linkedTo) {
	}

	/** The choices the 登记证据 form offers. */
	public record Sources(List<ItemOption> items, List<DocumentOption> documents, List<RecordingOption> recordings) {
	}

	private final RecordingRecords recordings;
	private final PropertyQueries property;
	private final LegalDocuments documents;
	private final CaseWindows cases;
	private final IncidentWindows incidents;
	private final Visibilities visibilities;

	EvidenceSources(RecordingRecords recordings, PropertyQueries property, LegalDocuments documents, CaseWindows cases, IncidentWindows incidents,
			Visibilities visibilities) {
		this.recordings = recordings;
		this.property = property;
		this.documents = documents;
		this.cases = cases;
		this.incidents = incidents;
		this.visibilities = visibilities;
	}

	/** Everything the caller may base an evidence record of the case on (the case is already known readable). */
	Sources of(UUID caseId) {
		List<ItemOption> items = may(PROPERTY_READ) ? property.ofCase(caseId).stream().map(EvidenceSources::option).toList() : List.of();
		List<DocumentOption> docs = may(DOCUMENT_READ) ? documents.search(new DocumentSearch(null, caseId, null, null, null, null),
				PageRequest.of(0, LIMIT)).items().stream().filter(d -> !d.corrected())
			.map(d -> new DocumentOption(d.id(), d.number(), d.typeName(), d.issuedAt())).toList() : List.of();
		Visibility read = visibilities.current(RecordingQueries.READ);
		List<Recording> linked = new ArrayList<>(recordings.search(read.isAll() ? null : read.unitIds(),
				new RecordingSearch(LinkStatus.LINKED, null, null, caseId, null, null, null), PageRequest.of(0, LIMIT)).items());
		incidentOf(caseId).ifPresent(incident -> linked.addAll(recordings.linkedTo(incident).stream()
			.filter(RecordingQueries.visibleIn(read)).toList()));
		return new Sources(items, docs, linked.stream().map(r -> new RecordingOption(r.id(), r.number(), r.kind().label(), r.startedAt(),
				r.endedAt(), r.link() == null ? "" : r.link().targetLabel())).toList());
	}

	/** The property item, when it is one of the case's items the caller sees; else refused on {@code propertyItemId}. */
	PropertyItem item(UUID caseId, UUID itemId) {
		if (!may(PROPERTY_READ)) {
			throw new InvalidInput("propertyItemId", "无权查看涉案财物，不能关联");
		}
		return property.ofCase(caseId).stream().filter(i -> i.id().equals(itemId)).findFirst()
			.orElseThrow(() -> new InvalidInput("propertyItemId", "该涉案财物不属于本案或无权查看"));
	}

	/** The legal document, when it is an issued, uncorrected document of the case the caller sees; else refused on {@code documentId}. */
	LegalDocument document(UUID caseId, UUID documentId) {
		LegalDocument d = documents.ofCase(caseId, documentId)
			.orElseThrow(() -> new InvalidInput("documentId", "该法律文书不属于本案、不存在或无权查看"));
		if (d.corrected()) {
			throw new InvalidInput("documentId", "该法律文书已被更正（" + d.correctedByNumber() + "），请选用更正后的文书");
		}
		return d;
	}

	/**
	 * The recording, when the caller sees it and it is linked to the case, one of its questioning sessions or its incident;
	 * else refused on {@code recordingId} (one in the queue or set aside must be linked first).
	 */
	Recording recording(UUID caseId, UUID recordingId) {
		Recording r = recordings.find(recordingId).filter(RecordingQueries.visibleIn(visibilities.current(RecordingQueries.READ)))
			.orElseThrow(() -> new InvalidInput("recordingId", "录像不存在或无权访问"));
		RecordingLink link = r.status() == LinkStatus.LINKED ? r.link() : null;
		if (link == null) {
			throw new InvalidInput("recordingId", "录像 " + r.number() + " 尚未关联到本案，请先在视音频中关联");
		}
		boolean ofCase = caseId.equals(link.caseId())
				|| link.targetKind() == TargetKind.INCIDENT && incidentOf(caseId).filter(link.targetId()::equals).isPresent();
		if (!ofCase) {
			throw new InvalidInput("recordingId", "录像 " + r.number() + " 关联的是" + link.targetKind().label() + " " + link.targetLabel()
					+ "，不是本案");
		}
		return r;
	}

	/** The incident the case was accepted from (a case filed without an acceptance has none). */
	private Optional<UUID> incidentOf(UUID caseId) {
		return cases.acceptanceOf(caseId).flatMap(incidents::ofAcceptance).map(IncidentWindows.Window::id);
	}

	private static ItemOption option(PropertyItem i) {
		return new ItemOption(i.id(), i.code(), i.description(), i.status().label());
	}

	private static boolean may(String permission) {
		return CurrentActor.get().isSystem() || CurrentActor.get().has(permission);
	}
}
