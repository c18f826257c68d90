package org.zhifa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;
import org.zhifa.audit.AuditChain;
import org.zhifa.audit.AuditFilter;
import org.zhifa.audit.AuditRecord;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.Visibility;

/** Reads what the real audit trail recorded about a subject, so tests can assert that a write was audited. */
@TestComponent
public class TrailReader {

	private final AuditChain chain;

	TrailReader(AuditChain chain) {
		this.chain = chain;
	}

	/** The committed records about one subject, oldest first. */
	public List<AuditRecord> about(Object subjectId) {
		var page = chain.entries(new AuditFilter(null, null, null, String.valueOf(subjectId), null, null), Visibility.all(),
				new PageRequest(0, 200));
		List<AuditRecord> records = new ArrayList<>(page.items().stream()
			.map(e -> new AuditRecord(e.action(), e.subjectType(), e.subjectId(), e.summary()))
			.toList());
		Collections.reverse(records);
		return records;
	}
}
