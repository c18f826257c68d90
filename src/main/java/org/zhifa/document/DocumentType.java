package org.zhifa.document;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A kind of legal document from the catalogue (legal-facts.md "Document catalogue"), with its template: the printed
 * title and the ordered body fields. Seeded as data, never hard-coded.
 *
 * @param code stable code, e.g. {@code DETENTION_WARRANT}
 * @param name 拘留证
 * @param category 刑 or 行; {@code null} for documents of both kinds of case (their 文号 carries no category)
 * @param word the 字 of the 文号, e.g. 拘
 * @param title the heading printed on the document
 * @param approver who approves or signs it, as the catalogue says
 * @param basis the articles it rests on
 * @param stubNote the 存根/回执 note printed at the foot, if any
 */
public record DocumentType(String code, String name, @Nullable String category, String word, String title, String approver,
		String basis, @Nullable String stubNote, List<DocumentField> fields) {

	public DocumentType {
		fields = List.copyOf(fields);
	}
}
