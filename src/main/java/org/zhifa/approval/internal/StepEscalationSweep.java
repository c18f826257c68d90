package org.zhifa.approval.internal;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhifa.approval.Approvals;

/**
 * Every few minutes: each request whose step has waited past its due time ({@code approval.step.response}) is escalated to
 * the step's supervisors, each in its own transaction so one failure does not hold up the rest.
 */
@Component
class StepEscalationSweep {

	private static final Logger log = LoggerFactory.getLogger(StepEscalationSweep.class);
	private static final int BATCH = 200;

	private final Approvals approvals;
	private final org.zhifa.approval.ApprovalSweep overdue;
	private final Clock clock;

	StepEscalationSweep(Approvals approvals, org.zhifa.approval.ApprovalSweep overdue, Clock clock) {
		this.approvals = approvals;
		this.overdue = overdue;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${zhifa.approval.escalation-interval:5m}", initialDelayString = "${zhifa.approval.escalation-interval:5m}")
	void sweep() {
		for (UUID id : overdue.overdue(clock.instant(), BATCH)) {
			try {
				approvals.escalate(id, clock.instant());
			}
			catch (RuntimeException e) {
				log.warn("审批逾期督办失败：{}", id, e);
			}
		}
	}
}
