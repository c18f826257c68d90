package org.zhifa.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the total count of matching records, and the page asked for (0-based). */
public record PageResult<T>(List<T> items, long total, int page, int size) {

	public PageResult {
		items = List.copyOf(items);
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(items.stream().map(mapper).toList(), total, page, size);
	}
}
