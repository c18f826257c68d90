package org.zhifa.document;

import org.zhifa.shared.RuleViolation;

/** A document that has been corrected is superseded; the correction is what gets served. */
public class CorrectedDocumentCannotBeServed extends RuleViolation {

	CorrectedDocumentCannotBeServed(String number, String correctedBy) {
		super("corrected-document-not-servable", "已更正的文书不能送达",
				"文书 " + number + " 已由 " + correctedBy + " 更正，请送达更正后的文书。");
	}
}
