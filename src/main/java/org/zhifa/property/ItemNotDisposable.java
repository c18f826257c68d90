package org.zhifa.property;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.DomainException;

/**
 * A disposal request naming an item that cannot be disposed of now — out on loan, not yet handed over, already disposed
 * of or transferred away, or already named by another open request: 409 with {@code itemIds} as the field.
 */
public class ItemNotDisposable extends DomainException {

	ItemNotDisposable(String detail) {
		super(HttpStatus.CONFLICT, "property-not-disposable", "涉案财物不能申请处置", detail,
				Map.of("errors", List.of(Map.of("field", "itemIds", "message", detail))));
	}
}
