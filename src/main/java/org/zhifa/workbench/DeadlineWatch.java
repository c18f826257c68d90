package org.zhifa.workbench;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.workbench.Tasks.Pending;

/**
 * The warning scan: finds the open tasks that have just become due soon or overdue and announces each once per level
 * ({@link DeadlineWarningRaised}, {@link DeadlineOverdue}), audited. The level announced is stored with the task, so
 * a restart or a second node does not repeat it (rows are locked with SKIP LOCKED while one scan announces them). A
 * task found overdue before its warning was ever announced (the scan was down) gets only the overdue notice. Runs every
 * {@code zhifa.workbench.scan-interval}; {@link #scan(Instant)} is public for tests and benchmarks.
 */
@Service
public class DeadlineWatch {

	private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
	private static final String SUBJECT = "workbench-task";

	private final Tasks tasks;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final WorkbenchSettings settings;
	private final Clock clock;

	DeadlineWatch(Tasks tasks, AuditTrail audit, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
			WorkbenchSettings settings, Clock clock) {
		this.tasks = tasks;
		this.audit = audit;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${zhifa.workbench.scan-interval:60s}", fixedDelayString = "${zhifa.workbench.scan-interval:60s}")
	void scanOnSchedule() {
		ScanResult result = scan(clock.instant());
		if (result.warned() + result.overdue() > 0) {
			log.info("工作台扫描：{} 项即将到期，{} 项逾期", result.warned(), result.overdue());
		}
	}

	/** Announces every task that is due soon or overdue at {@code now} and has not been announced at that level yet. */
	public ScanResult scan(Instant now) {
		int warned = 0;
		int overdue = 0;
		while (true) {
			ScanResult batch = transactions.execute(tx -> announceBatch(now));
			warned += batch.warned();
			overdue += batch.overdue();
			if (batch.warned() + batch.overdue() < settings.scanBatch()) {
				return new ScanResult(warned, overdue);
			}
		}
	}

	/**
	 * Every open task, of any unit, falling due in [from, until) — e.g. the next hour — earliest first. Applies no data
	 * scope: for supervision and jobs, not for a user's list.
	 */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public List<Task> dueBetween(Instant from, Instant until) {
		if (until.isBefore(from)) {
			throw new org.zhifa.shared.InvalidInput("until", "结束时间不能早于开始时间");
		}
		return tasks.openDueBetween(from, until);
	}

	private ScanResult announceBatch(Instant now) {
		List<UUID> warned = new ArrayList<>();
		List<UUID> overdue = new ArrayList<>();
		for (Pending pending : tasks.pending(now, settings.scanBatch())) {
			Task task = pending.task();
			TaskLevel level = TaskLevel.at(now, task.warnAt(), task.dueAt());
			if (!level.above(pending.reached())) {
				continue;
			}
			if (level == TaskLevel.OVERDUE) {
				overdue.add(task.clockId());
				events.publishEvent(new DeadlineOverdue(task, now));
				audit.record(AuditRecord.of("workbench.deadline-overdue", SUBJECT, task.clockId(),
						"逾期：" + task.label() + "（" + task.caseLabel() + "），期限 " + task.dueAtText()));
			}
			else {
				warned.add(task.clockId());
				events.publishEvent(new DeadlineWarningRaised(task, now));
				audit.record(AuditRecord.of("workbench.deadline-warning", SUBJECT, task.clockId(),
						"即将到期：" + task.label() + "（" + task.caseLabel() + "），期限 " + task.dueAtText()));
			}
		}
		tasks.reached(TaskLevel.OVERDUE, overdue);
		tasks.reached(TaskLevel.DUE_SOON, warned);
		return new ScanResult(warned.size(), overdue.size());
	}
}
