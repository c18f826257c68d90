package org.zhifa.document;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.shared.Actor;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Visibilities;

/**
 * Records that a document was served (送达) — how, when and on whom — under permission {@code document:serve} and its
 * data scope, audits it and publishes {@link DocumentServed}, from which other modules start the clocks that run from
 * service. A document may be served on several people (the party, the family, the victim); each is its own record.
 */
@Service
public class DocumentServing {

	static final String SERVE = "document:serve";

	private final DocumentRecords records;
	private final Visibilities visibilities;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DocumentServing(DocumentRecords records, Visibilities visibilities, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.visibilities = visibilities;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public ServiceRecord serve(UUID documentId, NewService request) {
		LegalDocument document = records.find(documentId)
			.filter(d -> visibilities.current(SERVE).covers(d.unitId(), d.issuedBy()))
			.orElseThrow(() -> new NotFound("法律文书", documentId));
		if (request.requestId() != null) {
			var earlier = records.serviceByRequestId(request.requestId());
			if (earlier.isPresent()) {
				return sameDocument(earlier.get(), documentId);
			}
		}
		String recipient = request.recipient().strip();
		if (recipient.isEmpty() || recipient.length() > 100) {
			throw new InvalidInput("recipient", "受送达人须为1到100个字");
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant servedAt = request.servedAt().truncatedTo(ChronoUnit.MICROS);
		if (servedAt.isAfter(now.plusSeconds(60))) {
			throw new InvalidInput("servedAt", "送达时间不能晚于当前时间");
		}
		if (servedAt.isBefore(document.issuedAt().truncatedTo(ChronoUnit.SECONDS))) {
			throw new InvalidInput("servedAt", "送达时间不能早于文书签发时间");
		}
		if (document.correctedBy() != null) {
			throw new CorrectedDocumentCannotBeServed(document.number(), document.correctedByNumber());
		}
		Actor actor = CurrentActor.get();
		var record = new ServiceRecord(UUID.randomUUID(), documentId, request.method(), servedAt, recipient,
				blankToNull(request.note()), actor.officerId(), actor.displayName(), now);
		if (!records.insertService(record, request.requestId())) {
			// the same request id committed by a concurrent submission in the meantime
			return sameDocument(records.serviceByRequestId(request.requestId()).orElseThrow(), documentId);
		}
		audit.record(AuditRecord.of("document.served", "legal-document", documentId, document.label() + "：" + request.method().label()
				+ "，受送达人 " + recipient));
		events.publishEvent(new DocumentServed(record.id(), documentId, document.typeCode(), document.number(), document.unitId(),
				document.caseId(), request.method(), servedAt, recipient));
		return record;
	}

	private static ServiceRecord sameDocument(ServiceRecord earlier, UUID documentId) {
		if (!earlier.documentId().equals(documentId)) {
			throw new InvalidInput("requestId", "该请求编号已用于另一份文书的送达登记");
		}
		return earlier;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
