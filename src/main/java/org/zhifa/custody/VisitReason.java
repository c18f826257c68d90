package org.zhifa.custody;

import org.jspecify.annotations.Nullable;
import org.zhifa.intake.CaseKind;

/**
 * Why the person was brought in, and so which legal clock runs from the arrival: 传唤 (刑规80 / 治安管理处罚法97), 拘传
 * (刑诉法119), 继续盘问 (行规57). 扭送 and 投案 start no clock of their own: the 传唤 or 拘留 that follows does.
 */
public enum VisitReason {

	SUMMONS("传唤", true),
	COMPELLED_APPEARANCE("拘传", true),
	CONTINUED_QUESTIONING("继续盘问", false),
	CITIZEN_ARREST("扭送", false),
	SURRENDER("投案", false),
	CAUGHT_IN_THE_ACT("现场抓获", false);

	private final String label;
	private final boolean needsCase;

	VisitReason(String label, boolean needsCase) {
		this.label = label;
		this.needsCase = needsCase;
	}

	public String label() {
		return label;
	}

	/** 传唤 and 拘传 are acts in a case: they cannot be recorded without it. */
	public boolean needsCase() {
		return needsCase;
	}

	/** The period rule of the clock this reason starts, for a case of {@code kind} ({@code null}: no case); none for some. */
	public @Nullable String ruleCode(@Nullable CaseKind kind) {
		return switch (this) {
			case SUMMONS -> kind == CaseKind.CRIMINAL ? "criminal.summons.duration" : "administrative.questioning.period";
			case COMPELLED_APPEARANCE -> "criminal.compelled-appearance.duration";
			case CONTINUED_QUESTIONING -> "administrative.continued-questioning";
			case CITIZEN_ARREST, SURRENDER, CAUGHT_IN_THE_ACT -> null;
		};
	}
}
