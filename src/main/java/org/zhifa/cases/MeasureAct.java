package org.zhifa.cases;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Acts recorded on a running measure, each meeting (stopping) one of its clocks. The procuratorate's decision also
 * ends the 提请批准逮捕; a refusal releases the detained suspect at once (刑规140).
 */
public enum MeasureAct {
	/** 送看守所羁押 — 刑规126. */
	DELIVERED_TO_DETENTION_HOUSE("送看守所羁押", MeasureKind.ClockPlan.TO_DETENTION_HOUSE, Set.of(MeasureKind.CRIMINAL_DETENTION)),
	/** 通知家属 — 刑规127, 145. */
	FAMILY_NOTIFIED("通知家属", MeasureKind.ClockPlan.FAMILY_NOTICE, Set.of(MeasureKind.CRIMINAL_DETENTION, MeasureKind.ARREST)),
	/** 不通知家属 with its statutory reason — 刑规127. */
	FAMILY_NOT_NOTIFIED("不通知家属（法定事由）", MeasureKind.ClockPlan.FAMILY_NOTICE,
			Set.of(MeasureKind.CRIMINAL_DETENTION, MeasureKind.ARREST)),
	/** 首次讯问 — 刑规128, 144. */
	FIRST_INTERROGATION("首次讯问", MeasureKind.ClockPlan.FIRST_INTERROGATION, Set.of(MeasureKind.CRIMINAL_DETENTION, MeasureKind.ARREST)),
	/** 检察院批准逮捕 — 刑规142. */
	ARREST_APPROVED("检察院批准逮捕", MeasureKind.ClockPlan.PROCURATORATE_DECISION, Set.of(MeasureKind.ARREST_REQUEST)),
	/** 检察院不批准逮捕 — 刑规140: release at once. */
	ARREST_REFUSED("检察院不批准逮捕", MeasureKind.ClockPlan.PROCURATORATE_DECISION, Set.of(MeasureKind.ARREST_REQUEST));

	private final String label;
	private final String stopsRule;
	private final Set<MeasureKind> on;

	MeasureAct(String label, String stopsRule, Set<MeasureKind> on) {
		this.label = label;
		this.stopsRule = stopsRule;
		this.on = on;
	}

	public String label() {
		return label;
	}

	/** The period rule of the clock this act meets. */
	public String stopsRule() {
		return stopsRule;
	}

	public boolean appliesTo(MeasureKind kind) {
		return on.contains(kind);
	}

	/** The statutory reasons for not notifying the family (刑规127); the second only for 刑事拘留. */
	public enum NoticeWithheld {
		CANNOT_NOTIFY("无法通知（身份不明、无家属、无法联系或不可抗力）"),
		WOULD_OBSTRUCT_INVESTIGATION("涉嫌危害国家安全犯罪、恐怖活动犯罪，通知可能有碍侦查");

		private final String label;

		NoticeWithheld(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		static @Nullable NoticeWithheld of(@Nullable String name) {
			return name == null ? null : valueOf(name);
		}
	}
}
