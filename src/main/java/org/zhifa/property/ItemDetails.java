package org.zhifa.property;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An item as its page shows it: the item, where it is kept, its loans (newest first) with the officers' names, its custody
 * chain and the result of re-walking it.
 */
public record ItemDetails(PropertyItem item, @Nullable String location, String registeredByName, @Nullable String checkedInByName,
		List<LoanView> loans, List<ChainEvent> chain, ChainCheck verification) {

	public record LoanView(Loan loan, String borrowerName, String requestedByName, @Nullable String approvedByName, boolean overdue) {
	}
}
