package org.zhifa.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Paging parameters of every list endpoint: {@code page} (0-based) and {@code size} (1–200, default 20). */
public record PageRequest(@Min(0) int page, @Min(1) @Max(200) int size) {

	public static PageRequest of(Integer page, Integer size) {
		int p = page == null ? 0 : page;
		int s = size == null ? 20 : size;
		if (p < 0 || s < 1 || s > 200) {
			throw new InvalidInput("page", "分页参数无效：page 须 ≥ 0，size 须在 1 到 200 之间");
		}
		return new PageRequest(p, s);
	}

	public int offset() {
		return page * size;
	}
}
