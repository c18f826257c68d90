package org.zhifa.intake.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.calendar.Extension;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.intake.Acceptance;
import org.zhifa.intake.AcceptanceDetails;
import org.zhifa.intake.AcceptanceStatus;
import org.zhifa.intake.CaseKind;
import org.zhifa.intake.ChallengeOutcome;
import org.zhifa.intake.EvidenceItem;
import org.zhifa.intake.Incident;
import org.zhifa.intake.IncidentDetails;
import org.zhifa.intake.IncidentSource;
import org.zhifa.intake.IncidentStatus;
import org.zhifa.intake.OfficerRef;
import org.zhifa.intake.Reporter;

/**
 * The JSON shapes of docs/api.md § 接处警与受案. Personal data: lists carry the reporter's 公民身份号码 and phone masked,
 * the (audited) detail in full.
 */
final class IntakeJson {

	private IntakeJson() {
	}

	record ReporterJson(String name, @Nullable String phone, @Nullable String citizenId) {

		static ReporterJson of(Reporter r, boolean full) {
			if (full) {
				return new ReporterJson(r.name(), r.phone(), r.citizenId() == null ? null : r.citizenId().value());
			}
			return new ReporterJson(r.name(), maskedPhone(r.phone()), r.maskedCitizenId());
		}

		private static @Nullable String maskedPhone(@Nullable String phone) {
			return phone == null || phone.length() < 7 ? phone : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
		}
	}

	record ClockJson(UUID id, String label, String ruleCode, int ruleVersion, Instant startedAt, Instant dueAt, String dueAtText,
			String basis, List<String> extensions, boolean running, boolean overdue, @Nullable Instant stoppedAt,
			@Nullable String stopReason, boolean metLate) {

		static @Nullable ClockJson of(@Nullable StatutoryClock c, Instant now) {
			return c == null ? null : new ClockJson(c.id().value(), c.label(), c.deadline().ruleCode(), c.deadline().ruleVersion(),
					c.startedAt(), c.dueAt(), c.deadline().dueAtText(), c.deadline().basis(), c.context().extensions(), c.running(),
					c.overdueAt(now), c.stoppedAt(), c.stopReason(), c.metLate());
		}
	}

	record ExtensionOption(String code, String name, String effect, @Nullable String approver) {

		static ExtensionOption of(Extension e) {
			return new ExtensionOption(e.code(), e.name(), e.describe(), e.approver());
		}
	}

	record IncidentJson(UUID id, String number, UUID unitId, String unitName, IncidentSource source, String sourceName,
			Instant receivedAt, @Nullable Instant occurredAt, String place, ReporterJson reporter, String summary,
			List<OfficerRef> officers, IncidentStatus status, String statusName, @Nullable String dispositionNote,
			@Nullable Instant disposedAt, @Nullable String transferTo, @Nullable Instant handedOverAt,
			@Nullable ClockJson transferClock, @Nullable UUID mergedIntoId, @Nullable String mergedIntoNumber,
			@Nullable UUID acceptanceId, @Nullable String acceptanceNumber, long version) {

		static IncidentJson of(IncidentDetails d, boolean full, Instant now) {
			Incident i = d.incident();
			return new IncidentJson(i.id(), i.number(), i.unitId(), d.unitName(), i.source(), i.source().label(), i.receivedAt(),
					i.occurredAt(), i.place(), ReporterJson.of(i.reporter(), full), i.summary(), d.officers(), i.status(),
					i.status().label(), i.dispositionNote(), i.disposedAt(), i.transferTo(), i.handedOverAt(),
					ClockJson.of(d.transferClock(), now), i.mergedIntoId(), d.mergedIntoNumber(), i.acceptanceId(),
					d.acceptanceNumber(), i.version());
		}
	}

	record AcceptanceJson(UUID id, String number, String receiptNumber, String queryCode, UUID incidentId, String incidentNumber,
			UUID unitId, String unitName, CaseKind kind, String kindName, IncidentSource source, String sourceName,
			Instant receivedAt, @Nullable Instant occurredAt, String place, ReporterJson reporter, String summary,
			Instant acceptedAt, List<OfficerRef> officers, List<EvidenceItem> evidence, AcceptanceStatus status,
			String statusName, @Nullable String decisionReason, @Nullable String offenceCode, @Nullable Instant decidedAt,
			@Nullable UUID caseId, @Nullable Instant refusalNoticeServedAt, @Nullable Instant reconsiderationAppliedAt,
			@Nullable Instant reconsiderationDecidedAt, @Nullable ChallengeOutcome reconsiderationOutcome,
			@Nullable String reconsiderationOutcomeName, @Nullable Instant reviewAppliedAt, @Nullable Instant reviewDecidedAt,
			@Nullable ChallengeOutcome reviewOutcome, @Nullable String reviewOutcomeName, List<ClockJson> clocks,
			@Nullable ClockJson runningClock, List<ExtensionOption> extensionOptions, long version) {

		static AcceptanceJson of(AcceptanceDetails d, boolean full, Instant now, List<ExtensionOption> extensionOptions) {
			Acceptance a = d.acceptance();
			Incident i = d.incident();
			List<ClockJson> clocks = d.clocks().stream().map(c -> ClockJson.of(c, now)).toList();
			ClockJson running = clocks.stream().filter(c -> c.id().equals(a.runningClockId())).findFirst().orElse(null);
			return new AcceptanceJson(a.id(), a.number(), a.receiptNumber(), a.queryCode(), i.id(), i.number(), a.unitId(),
					d.unitName(), a.kind(), a.kind().label(), i.source(), i.source().label(), i.receivedAt(), i.occurredAt(), i.place(),
					ReporterJson.of(i.reporter(), full), i.summary(), a.acceptedAt(), d.officers(), a.evidence(), a.status(),
					a.status().label(), a.decisionReason(), a.offenceCode(), a.decidedAt(), a.caseId(), a.refusalNoticeServedAt(),
					a.reconsiderationAppliedAt(), a.reconsiderationDecidedAt(), a.reconsiderationOutcome(),
					a.reconsiderationOutcome() == null ? null : a.reconsiderationOutcome().label(), a.reviewAppliedAt(),
					a.reviewDecidedAt(), a.reviewOutcome(), a.reviewOutcome() == null ? null : a.reviewOutcome().label(), clocks,
					running, extensionOptions, a.version());
		}
	}
}
