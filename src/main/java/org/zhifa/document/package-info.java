/**
 * 法律文书 — the catalogue of document types with their templates (as data), 文号 numbering per issuing unit, type
 * and year, PDF rendering with an embedded CJK font, SM3 hashes and SM2 signatures by the issuing unit's key, the
 * record of service (送达), verification of a PDF against what was issued, and the electronic dossier (电子卷宗): a case's
 * items in 诉讼卷 and 侦查卷, exported as one page-numbered PDF with an SM2-signed manifest of item hashes
 * ({@link org.zhifa.document.DossierExporting}), verified and diffed. Other modules (approval) issue through
 * {@link org.zhifa.document.DocumentIssuing}; they start the clocks that depend on service from
 * {@link org.zhifa.document.DocumentServed}; they add kinds of dossier items by implementing
 * {@link org.zhifa.document.DossierItemSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "法律文书",
		allowedDependencies = { "shared", "audit", "organization", "officer" })
@org.jspecify.annotations.NullMarked
package org.zhifa.document;
