package org.zhifa.property;

import java.time.Instant;
import java.util.UUID;

/**
 * Something about an item that needs attention now (超期, as the bureau defines it — see legal-facts §4): not handed to
 * the custodian in time, a loan not back by its date, the measure's period about to end or ended, the case closed while the
 * item is still kept.
 */
public record PropertyAlarm(Kind kind, UUID itemId, String code, String description, String caseLabel, Instant dueAt, String text) {

	public enum Kind {
		HANDOVER_OVERDUE("超时未移交"),
		LOAN_OVERDUE("调用逾期未还"),
		MEASURE_ENDING("措施期限将届满"),
		CASE_CLOSED_UNDISPOSED("结案未处置"),
		REVIEW_DUE("到期复核");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
