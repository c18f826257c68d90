package org.zhifa.custody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.calendar.Deadlines;
import org.zhifa.calendar.Extension;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.calendar.StatutoryClockId;
import org.zhifa.calendar.StatutoryClocks;
import org.zhifa.shared.InvalidInput;

/**
 * 延长时限 of a person inside: the legal clock the admission started runs longer where its period rule allows it — 刑事传唤、拘传
 * 至24小时 (案情特别重大、复杂，需要采取拘留、逮捕措施, 刑诉法119), 询问查证 至12/24小时 (治安管理处罚法97), 继续盘问 至24/48小时 — each
 * with the reason and the approver the rule names. The extensions, their lengths and approvers are the calendar's rule data,
 * not code; an extension the rule does not know is refused by the calendar (400), one already granted here (422).
 */
@Service
@Transactional(readOnly = true)
public class StayExtensions {

	private final VisitAccess access;
	private final StatutoryClocks clocks;
	private final Deadlines deadlines;
	private final CustodyAlarms alarms;

	StayExtensions(VisitAccess access, StatutoryClocks clocks, Deadlines deadlines, CustodyAlarms alarms) {
		this.access = access;
		this.clocks = clocks;
		this.deadlines = deadlines;
		this.alarms = alarms;
	}

	/** The extensions the visit's running clock may still be given; none when no clock runs. */
	public List<Extension> available(UUID visitId) {
		Visit v = access.read(visitId);
		StatutoryClock clock = runningClock(v);
		if (clock == null) {
			return List.of();
		}
		return deadlines.rule(clock.deadline().ruleCode()).extensions().stream()
			.filter(e -> !clock.context().extensions().contains(e.code())).toList();
	}

	/**
	 * Grants {@code extensionCode} to the visit's clock: recomputes it, moves the visit's due time, records the step with
	 * the reason and the approver, and evaluates the centre's alarms (a 即将届满 alarm clears itself when the new due time
	 * is far enough).
	 */
	@Transactional
	public Visit extend(UUID visitId, long version, String extensionCode, String reason, String approvedBy, @Nullable Instant at) {
		Visit v = access.lock(visitId, version);
		v.require("延长时限");
		String why = text("reason", "延长理由", reason, 300);
		String approver = text("approvedBy", "批准人", approvedBy, 100);
		Instant t = access.stepTime("at", at, v);
		StatutoryClock running = runningClock(v);
		if (running == null) {
			throw new StayNotExtended(v.personName() + " 的入区事由（" + v.reason().label() + "）不计算法定时限，无需延长");
		}
		if (running.context().extensions().contains(extensionCode)) {
			throw new StayNotExtended("该延长已批准过：" + extensionCode);
		}
		Extension extension = deadlines.rule(running.deadline().ruleCode()).extension(extensionCode)
			.orElseThrow(() -> new InvalidInput("extensionCode", "该时限不能以此理由延长：" + extensionCode));
		List<String> codes = new ArrayList<>(running.context().extensions());
		codes.add(extensionCode);
		StatutoryClock extended = clocks.recompute(running.id(), running.context().withExtensions(codes.toArray(String[]::new)),
				"延长（" + extension.name() + "，" + why + "）");
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("extension", extension.name());
		details.put("reason", why);
		details.put("approvedBy", approver);
		details.put("dueAt", extended.deadline().dueAtText());
		String summary = running.label() + extension.describe() + "（" + extension.name() + "），批准人 " + approver + "；届满时间 "
				+ running.deadline().dueAtText() + " → " + extended.deadline().dueAtText();
		Visit written = access.write(v, v.dueAt(extended.dueAt()), "stay-extended", t, List.of(), summary, details);
		alarms.evaluate(v.centerId());
		return written;
	}

	private @Nullable StatutoryClock runningClock(Visit v) {
		if (v.clockId() == null || !v.inside()) {
			return null;
		}
		return clocks.find(new StatutoryClockId(v.clockId())).filter(StatutoryClock::running).orElse(null);
	}

	private static String text(String field, String label, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "请填写" + label);
		}
		if (value.strip().length() > max) {
			throw new InvalidInput(field, label + "不能超过 " + max + " 字");
		}
		return value.strip();
	}
}
