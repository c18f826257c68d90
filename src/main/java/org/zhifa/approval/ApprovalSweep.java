package org.zhifa.approval;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds requests whose waiting step is past its due time and not escalated yet (for the escalation sweep). */
@Component
public class ApprovalSweep {

	private final SubmissionRecords records;

	ApprovalSweep(SubmissionRecords records) {
		this.records = records;
	}

	@Transactional(readOnly = true)
	public List<UUID> overdue(Instant now, int limit) {
		return records.overdue(now, limit);
	}
}
