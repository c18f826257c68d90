package org.zhifa.cases;

import java.util.List;
import java.util.Set;

import org.zhifa.intake.CaseKind;

/**
 * The coercive measures (强制措施) this module records, each with the case kind it belongs to and the statutory clocks it
 * starts (period rules of the calendar module, docs/legal-facts.md Deadlines table). {@link #ARREST_REQUEST} is not a
 * measure on the person but the 提请批准逮捕 the procuratorate must decide on; it is kept here because it follows the
 * same order and clocks.
 */
public enum MeasureKind {
	/** 传唤 — 刑规200; 12h, 24h for special cases. */
	SUMMONS("传唤", CaseKind.CRIMINAL, false, List.of(new ClockPlan("criminal.summons.duration", "传唤时限"))),
	/** 拘传 — 刑规78–80. */
	COMPELLED_APPEARANCE("拘传", CaseKind.CRIMINAL, false,
			List.of(new ClockPlan("criminal.compelled-appearance.duration", "拘传时限"))),
	/** 刑事拘留 — 刑规126–129. */
	CRIMINAL_DETENTION("刑事拘留", CaseKind.CRIMINAL, true, List.of(
			new ClockPlan(ClockPlan.TO_DETENTION_HOUSE, "送看守所羁押"),
			new ClockPlan(ClockPlan.FAMILY_NOTICE, "通知家属"),
			new ClockPlan(ClockPlan.FIRST_INTERROGATION, "首次讯问"),
			new ClockPlan(ClockPlan.ARREST_REQUEST, "提请批准逮捕"))),
	/** 提请批准逮捕 — 刑诉法91③: the procuratorate decides within 7 days. */
	ARREST_REQUEST("提请批准逮捕", CaseKind.CRIMINAL, true,
			List.of(new ClockPlan(ClockPlan.PROCURATORATE_DECISION, "检察院审查批准逮捕"))),
	/** 逮捕 — 刑规142–150. */
	ARREST("逮捕", CaseKind.CRIMINAL, true, List.of(
			new ClockPlan(ClockPlan.FAMILY_NOTICE, "通知家属"),
			new ClockPlan(ClockPlan.FIRST_INTERROGATION, "首次讯问"),
			new ClockPlan(ClockPlan.INVESTIGATION_PERIOD, "侦查羁押期限"))),
	/** 取保候审 — 刑规107; at most 12 months. */
	BAIL_PENDING_TRIAL("取保候审", CaseKind.CRIMINAL, false, List.of(new ClockPlan("criminal.bail.maximum", "取保候审期限"))),
	/** 监视居住 — 刑规122; at most 6 months. */
	RESIDENTIAL_SURVEILLANCE("监视居住", CaseKind.CRIMINAL, false,
			List.of(new ClockPlan("criminal.residential-surveillance.maximum", "监视居住期限"))),
	/** 询问查证 — 治安管理处罚法2025 97; 8h, 12h, 24h. */
	QUESTIONING_PERIOD("询问查证", CaseKind.ADMINISTRATIVE, false,
			List.of(new ClockPlan("administrative.questioning.period", "询问查证时限"))),
	/** 扣押 — 行规112; 30 days, +30. Not a measure on a person: the party is optional. */
	SEIZURE("扣押", CaseKind.ADMINISTRATIVE, false, List.of(new ClockPlan("administrative.seizure.period", "扣押期限")));

	/** Measures on the person that keep him or her in custody or restrain liberty; one at a time per suspect. */
	static final Set<MeasureKind> RESTRAINING = Set.of(CRIMINAL_DETENTION, ARREST, BAIL_PENDING_TRIAL, RESIDENTIAL_SURVEILLANCE);
	/** Measures that bring a person in for a limited number of hours. */
	static final Set<MeasureKind> APPEARANCE = Set.of(SUMMONS, COMPELLED_APPEARANCE, QUESTIONING_PERIOD);

	private final String label;
	private final CaseKind caseKind;
	private final boolean custody;
	private final List<ClockPlan> clocks;

	MeasureKind(String label, CaseKind caseKind, boolean custody, List<ClockPlan> clocks) {
		this.label = label;
		this.caseKind = caseKind;
		this.custody = custody;
		this.clocks = clocks;
	}

	public String label() {
		return label;
	}

	public CaseKind caseKind() {
		return caseKind;
	}

	/** The person is held (在押) while it runs: custody periods then end on their last day, holidays or not (刑诉法105). */
	public boolean custody() {
		return custody;
	}

	public List<ClockPlan> clocks() {
		return clocks;
	}

	/** Whether the measure needs a party (every measure but 扣押, which concerns property). */
	public boolean onPerson() {
		return this != SEIZURE;
	}

	/**
	 * A clock a measure starts: the period rule and how the task reads before the person's name ("提请批准逮捕（张三）").
	 */
	public record ClockPlan(String ruleCode, String label) {

		static final String TO_DETENTION_HOUSE = "criminal.detention.to-detention-house";
		static final String FAMILY_NOTICE = "criminal.custody.family-notice";
		static final String FIRST_INTERROGATION = "criminal.custody.first-interrogation";
		static final String ARREST_REQUEST = "criminal.detention.arrest-request";
		static final String PROCURATORATE_DECISION = "criminal.arrest.procuratorate-decision";
		static final String INVESTIGATION_PERIOD = "criminal.custody.investigation-period";
	}
}
