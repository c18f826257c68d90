package org.zhifa.document;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The answer to "is this manifest (and this PDF) an export we signed, unchanged and complete?". {@code valid} only when
 * every check passed; each check is listed with its outcome so the reader sees which one failed.
 *
 * @param pdfChecked whether a PDF was given (without one only the manifest and its items are checked)
 */
public record DossierCheck(boolean valid, String reason, @Nullable UUID exportId, @Nullable String caseLabel,
		@Nullable String volumeName, @Nullable String unitName, int itemCount, boolean pdfChecked, List<Step> steps) {

	public record Step(String name, boolean passed, String detail) {
	}
}
