package org.zhifa.cases;

import java.util.Map;
import java.util.Optional;

import org.zhifa.intake.CaseKind;

/**
 * The one mapping between approval request types (呈请事项, table {@code approval_request_type}) and what their approval
 * does to a case: which measure it starts, which measure's period it extends, how it closes the case.
 * {@link ApprovedDecisions} applies it; {@link CaseManagement} inverts it to refuse doing the same directly, and the
 * case page reads the inverse to offer 呈请审批 instead. A request type starts a measure only on a case of the measure's
 * kind: an approved 扣押 starts the 30-day 扣押 of an administrative case (行规112), while in a criminal case it only issues
 * the 扣押决定书 (刑规228), so a criminal 扣押 is not a measure here at all.
 */
public final class ApprovalRoutes {

	static final String DETENTION_EXTENSION = "DETENTION_EXTENSION";

	private static final Map<String, MeasureKind> STARTS = Map.of(
			"COMPELLED_APPEARANCE", MeasureKind.COMPELLED_APPEARANCE,
			"CRIMINAL_DETENTION", MeasureKind.CRIMINAL_DETENTION,
			"ARREST_REQUEST", MeasureKind.ARREST_REQUEST,
			"BAIL", MeasureKind.BAIL_PENDING_TRIAL,
			"RESIDENTIAL_SURVEILLANCE", MeasureKind.RESIDENTIAL_SURVEILLANCE,
			"SEIZURE", MeasureKind.SEIZURE);

	/** 延长提请逮捕期限 (刑规129) extends the 提请批准逮捕 period of a running 刑事拘留. */
	private static final Map<String, MeasureKind> EXTENDS = Map.of(DETENTION_EXTENSION, MeasureKind.CRIMINAL_DETENTION);

	private static final Map<String, Closing> CLOSES = Map.of(
			"CASE_WITHDRAWAL", Closing.WITHDRAWN,
			"PROSECUTION_TRANSFER", Closing.TRANSFERRED_FOR_PROSECUTION,
			"ADMINISTRATIVE_PENALTY", Closing.PENALTY,
			"NO_PENALTY", Closing.NO_PENALTY);

	private ApprovalRoutes() {
	}

	/** The measure an approved request starts on a case of this kind, if any. */
	static Optional<MeasureKind> measureOf(String requestType, CaseKind caseKind) {
		return Optional.ofNullable(STARTS.get(requestType)).filter(m -> m.caseKind() == caseKind);
	}

	/** The kind of measure whose period an approved request extends, if it extends one. */
	static Optional<MeasureKind> extensionOf(String requestType) {
		return Optional.ofNullable(EXTENDS.get(requestType));
	}

	/** How an approved request closes its case, if it does. */
	static Optional<Closing> closingOf(String requestType) {
		return Optional.ofNullable(CLOSES.get(requestType));
	}

	/** The request type whose approval starts this measure on a case of this kind; empty: the measure is taken directly. */
	public static Optional<String> toStart(MeasureKind measure, CaseKind caseKind) {
		return STARTS.entrySet().stream().filter(e -> e.getValue() == measure && measure.caseKind() == caseKind).map(Map.Entry::getKey)
			.findFirst();
	}

	/** The request type whose approval extends this measure's period; empty: the extension is recorded directly. */
	public static Optional<String> toExtend(MeasureKind measure) {
		return EXTENDS.entrySet().stream().filter(e -> e.getValue() == measure).map(Map.Entry::getKey).findFirst();
	}

	/** The request type whose approval closes a case this way; empty: the case is closed directly. */
	public static Optional<String> toClose(Closing how) {
		return CLOSES.entrySet().stream().filter(e -> e.getValue() == how).map(Map.Entry::getKey).findFirst();
	}
}
