package org.zhifa.document;

import java.util.UUID;

/** Identity of an issued {@link LegalDocument}. */
public record LegalDocumentId(UUID value) {

	public static LegalDocumentId of(UUID value) {
		return new LegalDocumentId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
