/**
 * 涉案财物 — seized property and physical evidence kept apart from the investigators (办案与管理相分离): registration
 * under a filed or accepted case with the measure, the authorising legal document and one code per item (一物一码, with a
 * printable QR label), the 24-hour hand-over clock, the stores and their locations, check-in by scanned code, loans for
 * 讯问/鉴定/辨认/检验 approved by the 办案部门负责人, and the custody chain of each item — every event appended to an SM3
 * hash chain ({@link org.zhifa.property.CustodyChain}) that anyone can verify from its export; disposal once the approval
 * module approves it ({@link org.zhifa.property.Disposals}). Linked to cases by id through
 * {@link org.zhifa.cases.CaseReferences}; cases does not know this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "涉案财物",
		allowedDependencies = { "shared", "audit", "calendar", "officer", "organization", "cases", "intake", "approval", "document" })
@org.jspecify.annotations.NullMarked
package org.zhifa.property;
