package org.zhifa.calendar;

import org.jspecify.annotations.Nullable;

/**
 * An extension a rule allows, once granted by the approver: it either adds {@code length} units after the period's end
 * ({@link Mode#ADD}) or makes the whole period {@code length} units from the start ({@link Mode#TOTAL}, e.g.
 * 提请批准逮捕 up to 30 days for 流窜、多次、结伙作案).
 */
public record Extension(String code, String name, Mode mode, int length, PeriodUnit unit, @Nullable String approver,
		@Nullable String basis) {

	public enum Mode {
		/** 延长 n 个单位. */
		ADD,
		/** 延长至总计 n 个单位. */
		TOTAL
	}

	/** "延长4日" or "延长至30日". */
	public String describe() {
		return (mode == Mode.ADD ? "延长" : "延长至") + unit.of(length);
	}
}
