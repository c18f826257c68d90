package org.zhifa.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.calendar.Extension;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.cases.ApprovalRoutes;
import org.zhifa.cases.Case;
import org.zhifa.cases.CaseDetails;
import org.zhifa.cases.CaseEvent;
import org.zhifa.cases.CasePage;
import org.zhifa.cases.CaseStatus;
import org.zhifa.cases.CaseSummary;
import org.zhifa.cases.Closing;
import org.zhifa.cases.CoerciveMeasure;
import org.zhifa.cases.MeasureAct;
import org.zhifa.cases.MeasureKind;
import org.zhifa.cases.Offence;
import org.zhifa.cases.Party;
import org.zhifa.cases.PartyRole;
import org.zhifa.intake.CaseKind;

/** The JSON shapes of docs/api.md § Cases. */
final class CaseJson {

	private CaseJson() {
	}

	record CodeName(String code, String name) {

		static CodeName of(MeasureKind k) {
			return new CodeName(k.name(), k.label());
		}

		static CodeName of(MeasureAct a) {
			return new CodeName(a.name(), a.label());
		}
	}

	/**
	 * A measure or closing the case page offers, with the request type ({@code approval_request_type}) whose approval does
	 * it when it may not be taken directly.
	 */
	record Choice(String code, String name, @Nullable String requestType) {

		/** A measure {@link org.zhifa.cases.MeasureOrder} allows, so one of the case's own kind. */
		static Choice of(MeasureKind k) {
			return new Choice(k.name(), k.label(), ApprovalRoutes.toStart(k, k.caseKind()).orElse(null));
		}

		static Choice of(Closing x) {
			return new Choice(x.name(), x.label(), ApprovalRoutes.toClose(x).orElse(null));
		}
	}

	record OffenceJson(String code, String name, CaseKind kind, String kindName, String legalBasis, boolean needsVerification) {

		static OffenceJson of(Offence o) {
			return new OffenceJson(o.code(), o.name(), o.kind(), o.kind().label(), o.legalBasis(), !"V".equals(o.certainty()));
		}
	}

	record Row(UUID id, CaseKind kind, String kindName, String number, UUID unitId, String unitName, String offenceCode,
			String offenceName, String summary, CaseStatus status, String statusName, @Nullable Closing closing,
			@Nullable String closingName, Instant occurredAt, Instant filedAt) {

		static Row of(CaseSummary s) {
			return new Row(s.id(), s.kind(), s.kind().label(), s.number(), s.unitId(), s.unitName(), s.offenceCode(), s.offenceName(),
					s.summary(), s.status(), s.status().label(), s.closing(), s.closing() == null ? null : s.closing().label(),
					s.occurredAt(), s.filedAt());
		}
	}

	record Page(List<Row> items, long total, boolean totalExact, int page, int size) {

		static Page of(CasePage p) {
			return new Page(p.items().stream().map(Row::of).toList(), p.total(), p.totalExact(), p.page(), p.size());
		}
	}

	record Clock(UUID id, String label, String ruleCode, int ruleVersion, Instant startedAt, Instant dueAt, String dueAtText,
			String basis, List<String> steps, List<String> extensions, boolean running, @Nullable Instant stoppedAt,
			@Nullable String stopReason, boolean metLate) {

		static Clock of(StatutoryClock c) {
			return new Clock(c.id().value(), c.label(), c.deadline().ruleCode(), c.deadline().ruleVersion(), c.startedAt(), c.dueAt(),
					c.deadline().dueAtText(), c.deadline().basis(), c.deadline().steps(), c.context().extensions(), c.running(),
					c.stoppedAt(), c.stopReason(), c.metLate());
		}
	}

	record ExtensionJson(String code, String name, String description, @Nullable String approver) {

		static ExtensionJson of(Extension e) {
			return new ExtensionJson(e.code(), e.name(), e.describe(), e.approver());
		}
	}

	record PartyJson(UUID id, PartyRole role, String roleName, String name, @Nullable String citizenId, boolean unidentified,
			@Nullable LocalDate birthDate, boolean minor, @Nullable Instant terminatedAt, long version, List<Choice> allowedMeasures,
			List<Clock> clocks) {

		static PartyJson of(CaseDetails.PartyView v) {
			Party p = v.party();
			return new PartyJson(p.id(), p.role(), p.role().label(), p.name(), p.citizenId(), p.unidentified(), p.birthDate(), p.minor(),
					p.terminatedAt(), p.version(), v.allowedMeasures().stream().map(Choice::of).toList(),
					v.clocks().stream().map(Clock::of).toList());
		}

		static PartyJson of(Party p) {
			return new PartyJson(p.id(), p.role(), p.role().label(), p.name(), p.citizenId(), p.unidentified(), p.birthDate(), p.minor(),
					p.terminatedAt(), p.version(), List.of(), List.of());
		}
	}

	record MeasureJson(UUID id, @Nullable UUID partyId, String partyName, MeasureKind kind, String kindName, boolean active,
			CoerciveMeasure.@Nullable Outcome outcome, List<UUID> officerIds, Instant startedAt, @Nullable Instant endedAt,
			@Nullable String endReason, @Nullable String note, long version, List<Clock> clocks, List<CodeName> openActs,
			List<ExtensionJson> extensions, @Nullable String extensionRequestType) {

		static MeasureJson of(CaseDetails.MeasureView v) {
			CoerciveMeasure m = v.measure();
			return new MeasureJson(m.id(), m.partyId(), v.partyName(), m.kind(), m.kind().label(), m.active(), m.outcome(),
					m.officerIds(), m.startedAt(), m.endedAt(), m.endReason(), m.note(), m.version(),
					v.clocks().stream().map(Clock::of).toList(), v.openActs().stream().map(CodeName::of).toList(),
					v.extensions().stream().map(ExtensionJson::of).toList(), ApprovalRoutes.toExtend(m.kind()).orElse(null));
		}

		static MeasureJson of(CoerciveMeasure m) {
			return new MeasureJson(m.id(), m.partyId(), "", m.kind(), m.kind().label(), m.active(), m.outcome(), m.officerIds(),
					m.startedAt(), m.endedAt(), m.endReason(), m.note(), m.version(), List.of(), List.of(), List.of(),
					ApprovalRoutes.toExtend(m.kind()).orElse(null));
		}
	}

	record Event(Instant at, Instant recordedAt, String actorUsername, String actorName, String kind, String summary,
			List<String> clocksStarted, List<String> clocksStopped) {

		static Event of(CaseEvent e) {
			return new Event(e.at(), e.recordedAt(), e.actorUsername(), e.actorName(), e.kind(), e.summary(), e.clocksStarted(),
					e.clocksStopped());
		}
	}

	record Brief(UUID id, String number, CaseStatus status, long version) {

		static Brief of(Case c) {
			return new Brief(c.id(), c.number(), c.status(), c.version());
		}
	}

	record Details(UUID id, CaseKind kind, String kindName, String number, UUID unitId, String unitName, OffenceJson offence,
			String summary, String place, @Nullable String acceptanceNumber, List<CaseDetails.OfficerRef> officers,
			Instant occurredAt, Instant filedAt, CaseStatus status, String statusName, @Nullable Closing closing,
			@Nullable String closingName, @Nullable String closingReason, @Nullable Instant closedAt, long version,
			List<PartyJson> parties, List<MeasureJson> measures, List<Clock> caseClocks, List<ExtensionJson> casePeriodExtensions,
			List<Choice> measuresWithoutParty, List<Choice> closings, List<Event> timeline) {

		static Details of(CaseDetails d) {
			Case c = d.legalCase();
			List<Choice> closings = c.open() ? java.util.Arrays.stream(Closing.values()).filter(x -> x.kind() == c.kind())
				.map(Choice::of).toList() : List.of();
			return new Details(c.id(), c.kind(), c.kind().label(), c.number(), c.unitId(), d.unitName(), OffenceJson.of(d.offence()),
					c.summary(), c.place(), c.acceptanceNumber(), d.officers(), c.occurredAt(), c.filedAt(), c.status(),
					c.status().label(), c.closing(), c.closing() == null ? null : c.closing().label(), c.closingReason(), c.closedAt(),
					c.version(), d.parties().stream().map(PartyJson::of).toList(), d.measures().stream().map(MeasureJson::of).toList(),
					d.caseClocks().stream().map(Clock::of).toList(), d.casePeriodExtensions().stream().map(ExtensionJson::of).toList(),
					d.measuresWithoutParty().stream().map(Choice::of).toList(), closings,
					d.timeline().stream().map(Event::of).toList());
		}
	}
}
