package org.zhifa.property.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.CaseClosed;

/**
 * Marks a closed case's items with the closing time, so that the items still kept after it raise the 结案未处置 alarm
 * ({@code PropertyQueries#alarms}) until they leave with the case or are disposed of.
 */
@Component
class CaseClosings {

	private final JdbcClient jdbc;
	private final AuditTrail audit;

	CaseClosings(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(CaseClosed closed) {
		int items = jdbc.sql("UPDATE property_item SET case_closed_at = :at WHERE case_id = :case AND case_closed_at IS NULL")
			.param("at", closed.closedAt().atOffset(java.time.ZoneOffset.UTC)).param("case", closed.caseId()).update();
		if (items > 0) {
			audit.record(AuditRecord.of("property.case-closed", "legal-case", closed.caseId(),
					"案件 " + closed.number() + " 已结案（" + closed.closing().label() + "），" + items + " 件涉案财物须及时处置"));
		}
	}
}
