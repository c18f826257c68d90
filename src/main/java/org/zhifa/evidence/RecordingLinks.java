package org.zhifa.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.CaseWindows;
import org.zhifa.custody.QuestioningRecordings;
import org.zhifa.intake.IncidentWindows;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.OutOfScope;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibilities;

/**
 * Links recordings to what they record. Automatically at ingest ({@link LinkingPolicy}, with {@code zhifa.evidence.link-buffer}):
 * a room recorder's file to the questioning session in its room; a body camera's to the incident its officer handled then, or
 * — when no incident matches — the case its officer was working. By hand from the queue (who and why recorded), or set aside
 * as not case-related. A recording linked to a session that its recordings now cover from start to end records the session's
 * 同步录音录像 in custody ({@link QuestioningCoverage#settle}).
 */
@Service
@Transactional(readOnly = true)
public class RecordingLinks {

	static final String ROOM_RULE = "room-and-time";
	static final String INCIDENT_RULE = "officer-incident-time";
	static final String CASE_RULE = "officer-case-time";

	private final RecordingRecords recordings;
	private final QuestioningRecordings sessions;
	private final IncidentWindows incidents;
	private final CaseWindows cases;
	private final QuestioningCoverage coverage;
	private final EvidenceSettings settings;
	private final Visibilities visibilities;
	private final AuditTrail audit;
	private final Clock clock;

	RecordingLinks(RecordingRecords recordings, QuestioningRecordings sessions, IncidentWindows incidents, CaseWindows cases,
			QuestioningCoverage coverage, EvidenceSettings settings, Visibilities visibilities, AuditTrail audit, Clock clock) {
		this.recordings = recordings;
		this.sessions = sessions;
		this.incidents = incidents;
		this.cases = cases;
		this.coverage = coverage;
		this.settings = settings;
		this.visibilities = visibilities;
		this.audit = audit;
		this.clock = clock;
	}

	/** Links a just-ingested recording when exactly one target matches; otherwise leaves it in the queue with the reason. */
	@Transactional
	Recording autoLink(Recording r) {
		Instant from = r.startedAt().minus(settings.linkBuffer());
		Instant to = r.endedAt().plus(settings.linkBuffer());
		LinkingPolicy.Decision d;
		String rule;
		if (r.kind() == DeviceKind.ROOM_RECORDER && r.roomId() != null) {
			rule = ROOM_RULE;
			d = LinkingPolicy.decide(r.startedAt(), r.endedAt(), sessions.inRoom(r.roomId(), from, to).stream()
				.map(s -> new LinkingPolicy.Candidate(TargetKind.QUESTIONING, s.id(), s.label(), s.unitId(), s.caseId(), s.startedAt(), s.endedAt()))
				.toList(), settings.linkBuffer(), "房间");
		}
		else {
			UUID officer = r.officerId();
			rule = INCIDENT_RULE;
			d = LinkingPolicy.decide(r.startedAt(), r.endedAt(), officer == null ? List.of() : incidents.ofOfficer(officer, from, to).stream()
				.map(i -> new LinkingPolicy.Candidate(TargetKind.INCIDENT, i.id(), i.label(), i.unitId(), null, i.receivedAt(), i.disposedAt()))
				.toList(), settings.linkBuffer(), "处警民警");
			if (d.target() == null && !d.ambiguous() && officer != null) {
				rule = CASE_RULE;
				d = LinkingPolicy.decide(r.startedAt(), r.endedAt(), cases.ofOfficer(officer, from, to).stream()
					.map(c -> new LinkingPolicy.Candidate(TargetKind.CASE, c.id(), c.label(), c.unitId(), c.id(), c.filedAt(), c.closedAt()))
					.toList(), settings.linkBuffer(), "警情无匹配；办案民警");
			}
		}
		Instant now = clock.instant();
		LinkingPolicy.Candidate t = d.target();
		if (t == null) {
			recordings.updateLink(r.id(), r.version(), LinkStatus.UNMATCHED, null, d.reason(), "系统", now);
			audit.record(AuditRecord.of("evidence.recording-unmatched", "evidence-recording", r.id(), "录像 " + r.number() + " 待关联：" + d.reason()));
			return recordings.find(r.id()).orElseThrow();
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("rule", rule);
		details.put("matchedOn", r.kind() == DeviceKind.ROOM_RECORDER ? "roomId" : "officerId");
		details.put("subjectId", String.valueOf(r.kind() == DeviceKind.ROOM_RECORDER ? r.roomId() : r.officerId()));
		details.put("targetFrom", t.from().toString());
		details.put("targetTo", t.to() == null ? "进行中" : t.to().toString());
		details.put("overlapSeconds", d.overlap().toSeconds());
		details.put("gapSeconds", d.gap().toSeconds());
		details.put("bufferSeconds", settings.linkBuffer().toSeconds());
		RecordingLink link = new RecordingLink(t.kind(), t.id(), t.label(), t.unitId(), t.caseId(), true, rule, d.borderline(),
				(d.borderline() ? "自动关联（临界）：" : "自动关联：") + d.reason(), details, now, "系统");
		return write(r, link, "evidence.recording-linked");
	}

	/** Links a recording by hand (from the queue, or correcting a link), saying why. */
	@Transactional
	public Recording link(UUID id, long version, TargetKind kind, UUID targetId, String reason) {
		Recording r = changeable(id, version);
		String why = reason(reason);
		LinkingPolicy.Candidate t = target(kind, targetId);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("rule", "manual");
		details.put("previousStatus", r.status().name());
		if (r.link() != null) {
			details.put("previousTargetId", r.link().targetId().toString());
		}
		RecordingLink link = new RecordingLink(kind, targetId, t.label(), t.unitId(), t.caseId(), false, "manual", false,
				"人工关联：" + why, details, clock.instant(), CurrentActor.get().displayName());
		Recording linked = write(r, link, "evidence.recording-linked-manually");
		if (r.link() != null && r.link().targetKind() == TargetKind.QUESTIONING && !r.link().targetId().equals(targetId)) {
			coverage.settle(r.link().targetId());
		}
		return linked;
	}

	/** Sets a recording aside as not case-related (a test clip, a camera left running), saying why. */
	@Transactional
	public Recording setAside(UUID id, long version, String reason) {
		Recording r = changeable(id, version);
		String why = reason(reason);
		String by = CurrentActor.get().displayName();
		recordings.updateLink(id, version, LinkStatus.NOT_CASE_RELATED, null, why + "（" + by + "）", by, clock.instant());
		audit.record(AuditRecord.of("evidence.recording-set-aside", "evidence-recording", id, "录像 " + r.number() + " 标记为非涉案：" + why));
		return recordings.find(id).orElseThrow();
	}

	private Recording write(Recording r, RecordingLink link, String action) {
		recordings.updateLink(r.id(), r.version(), LinkStatus.LINKED, link, null, link.linkedBy(), link.linkedAt());
		audit.record(AuditRecord.of(action, "evidence-recording", r.id(), "录像 " + r.number() + " 关联到" + link.targetKind().label() + " "
				+ link.targetLabel() + "：" + link.reason()));
		if (link.targetKind() == TargetKind.QUESTIONING) {
			coverage.settle(link.targetId());
		}
		return recordings.find(r.id()).orElseThrow();
	}

	private Recording changeable(UUID id, long version) {
		Recording r = recordings.find(id).filter(RecordingQueries.visibleIn(visibilities.current(RecordingQueries.READ)))
			.orElseThrow(() -> new org.zhifa.shared.NotFound("录像", id));
		if (!visibilities.current(RecordingQueries.RECORD).coversUnit(r.unitId())
				&& !visibilities.current(RecordingQueries.RECORD).coversUnit(r.link() == null ? null : r.link().targetUnitId())) {
			throw new OutOfScope("录像 " + r.number());
		}
		if (r.version() != version) {
			throw new StaleVersion("录像", r.number(), version);
		}
		return r;
	}

	/** The target by hand: it must exist and lie in the caller's scope (else it reads as absent). */
	private LinkingPolicy.Candidate target(TargetKind kind, UUID id) {
		var read = visibilities.current(RecordingQueries.READ);
		LinkingPolicy.Candidate c = switch (kind) {
			case QUESTIONING -> sessions.find(id).filter(s -> read.coversUnit(s.unitId()) || read.coversUnit(s.centerId()))
				.map(s -> new LinkingPolicy.Candidate(kind, s.id(), s.label(), s.unitId(), s.caseId(), s.startedAt(), s.endedAt())).orElse(null);
			case INCIDENT -> incidents.find(id).filter(i -> read.coversUnit(i.unitId()))
				.map(i -> new LinkingPolicy.Candidate(kind, i.id(), i.label(), i.unitId(), null, i.receivedAt(), i.disposedAt())).orElse(null);
			case CASE -> cases.find(id).filter(c2 -> read.coversUnit(c2.unitId()))
				.map(c2 -> new LinkingPolicy.Candidate(kind, c2.id(), c2.label(), c2.unitId(), c2.id(), c2.filedAt(), c2.closedAt())).orElse(null);
		};
		if (c == null) {
			throw new InvalidInput("targetId", kind.label() + "不存在或无权访问");
		}
		return c;
	}

	private static String reason(@Nullable String reason) {
		String r = reason == null ? "" : reason.strip();
		if (r.isEmpty() || r.length() > 500) {
			throw new InvalidInput("reason", "请填写理由（不超过500个字）");
		}
		return r;
	}
}
