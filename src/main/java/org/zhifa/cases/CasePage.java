package org.zhifa.cases;

import java.util.List;

/**
 * One page of the case list.
 *
 * @param total matching cases, counted up to 10,000 (a count beyond that would scan a province's cases for nothing)
 * @param totalExact false when more than 10,000 match; the list then reads "10,000+"
 */
public record CasePage(List<CaseSummary> items, long total, boolean totalExact, int page, int size) {

	public CasePage {
		items = List.copyOf(items);
	}
}
