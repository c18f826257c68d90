package org.zhifa.intake;

import java.util.Optional;

/**
 * The 案由 a filing decision may name. The offence catalogue belongs to the cases module, which implements this port
 * (intake may not depend on cases); intake asks it when the decision is taken, so that a {@link CaseFiled} never
 * carries a code the cases module cannot open a case with — such an event would fail on every redelivery.
 */
public interface OffenceCodes {

	/** The kind of case the code belongs to; empty when the code is not in the catalogue. */
	Optional<CaseKind> kindOf(String code);
}
