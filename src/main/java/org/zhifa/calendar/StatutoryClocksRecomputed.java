package org.zhifa.calendar;

import java.util.List;

/**
 * Running clocks' due times changed by one act (extension, excluded period, restart, or a recomputation of a whole
 * case): every clock recomputed in the same transaction, each with its new version and its previous due time.
 */
public record StatutoryClocksRecomputed(List<StatutoryClockRecomputed> changes) {

	public StatutoryClocksRecomputed {
		changes = List.copyOf(changes);
	}

	public List<StatutoryClock> clocks() {
		return changes.stream().map(StatutoryClockRecomputed::clock).toList();
	}
}
