/**
 * 法律文书 — the catalogue of document types with their templates (as data), 文号 numbering per issuing unit, type
 * and year, PDF rendering with an embedded CJK font, SM3 hashes and SM2 signatures by the issuing unit's key, the
 * record of service (送达), and verification of a PDF against what was issued. Other modules (approval) issue through
 * {@link org.zhifa.document.DocumentIssuing}; they start the clocks that depend on service from
 * {@link org.zhifa.document.DocumentServed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "法律文书",
		allowedDependencies = { "shared", "audit", "organization", "officer" })
@org.jspecify.annotations.NullMarked
package org.zhifa.document;
