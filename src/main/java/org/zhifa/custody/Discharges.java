package org.zhifa.custody;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.calendar.StatutoryClockId;
import org.zhifa.calendar.StatutoryClocks;
import org.zhifa.shared.InvalidInput;

/**
 * 出区: after the security check and the belongings step, with no questioning still running, each of the belongings
 * returned or otherwise accounted for (a seized one only through {@link BelongingSeizures}, registered as seized property), and — for detention, transfer — the approval or document that allows it. The exit
 * ends the watch, frees the room and stops the legal clock; belongings left at the centre raise an alarm.
 */
@Service
@Transactional(readOnly = true)
public class Discharges {

	private final VisitRecords visits;
	private final VisitAccess access;
	private final StatutoryClocks clocks;
	private final CustodyAlarms alarms;

	Discharges(VisitRecords visits, VisitAccess access, StatutoryClocks clocks, CustodyAlarms alarms) {
		this.visits = visits;
		this.access = access;
		this.clocks = clocks;
		this.alarms = alarms;
	}

	/** What became of one of the belongings (by its number in the list). */
	public record Handling(int seq, Disposition disposition, @Nullable String note) {
	}

	@Transactional
	public Visit discharge(UUID id, long version, ExitOutcome outcome, @Nullable String destination, @Nullable String authority,
			@Nullable Instant at, List<Handling> belongings) {
		Visit v = access.lock(id, version);
		v.require("出区", Visit.Step.SECURITY_CHECK, Visit.Step.BELONGINGS);
		Instant t = access.stepTime("at", at, v);
		if (visits.sessions(id).stream().anyMatch(QuestioningSession::running)) {
			throw new QuestioningRefused("讯问/询问尚未结束，不能出区");
		}
		String allowedBy = Admissions.blankToNull(authority);
		if (outcome.needsAuthority() && allowedBy == null) {
			throw new InvalidInput("authority", outcome.label() + "须填写批准文书或审批编号");
		}
		String to = Admissions.blankToNull(destination);
		if (outcome != ExitOutcome.RELEASED && to == null) {
			throw new InvalidInput("destination", outcome.label() + "须填写去向");
		}
		List<Belonging> items = visits.belongings(id);
		for (Handling h : belongings) {
			Belonging b = items.stream().filter(i -> i.seq() == h.seq()).findFirst()
				.orElseThrow(() -> new InvalidInput("belongings", "没有第 " + h.seq() + " 项随身物品"));
			if (b.accountedFor()) {
				throw new InvalidInput("belongings", "第 " + h.seq() + " 项随身物品已" + b.disposition().label());
			}
			if (b.caseRelated() && h.disposition() == Disposition.RETURNED) {
				throw new InvalidInput("belongings", "涉案物品“" + b.description() + "”不能直接返还，须扣押或随案移交");
			}
			if (h.disposition() == Disposition.SEIZED) {
				throw new InvalidInput("belongings", "“" + b.description() + "”须先登记扣押（涉案财物一物一码），再出区");
			}
			visits.dispose(id, h.seq(), h.disposition(), t, Admissions.blankToNull(h.note()));
		}
		long open = visits.belongings(id).stream().filter(b -> !b.accountedFor()).count();
		if (open > 0) {
			throw new BelongingsNotAccountedFor(v.personName(), (int) open);
		}
		visits.endWatch(id, t);
		Visit out = v.discharged(t, outcome, to, allowedBy);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("outcome", outcome.label());
		details.put("destination", to);
		details.put("authority", allowedBy);
		String summary = "出区：" + outcome.label() + (to == null ? "" : "，去向 " + to) + (allowedBy == null ? "" : "，依据 " + allowedBy);
		access.write(v, out, "discharged", t, List.of(), summary, details);
		if (v.clockId() != null) {
			StatutoryClockId clockId = new StatutoryClockId(v.clockId());
			if (clocks.get(clockId).running()) {
				clocks.stop(clockId, t, "出区（" + outcome.label() + "）");
			}
		}
		alarms.evaluate(v.centerId());
		return out;
	}
}
