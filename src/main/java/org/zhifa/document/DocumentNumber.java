package org.zhifa.document;

import org.jspecify.annotations.Nullable;

/**
 * A 文号: issuing unit's abbreviation, the case category, the type's 字, the year and a five-digit sequence, e.g.
 * 示公(刑)拘字〔2026〕00123号. Sequences run per issuing unit, document type and year without gaps.
 */
public record DocumentNumber(String abbreviation, @Nullable String category, String word, int year, int sequence) {

	public DocumentNumber {
		if (sequence < 1 || sequence > 99_999) {
			throw new IllegalArgumentException("文号序号须在1到99999之间：" + sequence);
		}
	}

	public String text() {
		return abbreviation + (category == null ? "" : "(" + category + ")") + word + "字〔" + year + "〕"
				+ String.format("%05d", sequence) + "号";
	}

	@Override
	public String toString() {
		return text();
	}
}
