package org.zhifa.cases;

import java.util.List;

/**
 * One page of the case list.
 *
 * @param total matching cases, counted up to 10,000
 * @param totalExact false when more than 10,000 match (the list then reads "10,000+")
 */
record CaseList(List<Case> items, long total, boolean totalExact, int page, int size) {
}
