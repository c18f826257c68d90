package org.zhifa.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.StaleVersion;

/**
 * The statutory clocks of every module in one place: the owning module (intake, cases, custody …) starts a clock when
 * the triggering act is recorded, recomputes it when the facts change, and stops it with the act that meets it — all
 * inside its own transaction, so the clock commits or rolls back with the act. Each change is audited and published
 * ({@link StatutoryClockStarted}, {@link StatutoryClocksRecomputed}, {@link StatutoryClockStopped}) for the workbench
 * and supervision. Callers authorize; this service applies no data scope.
 */
@Service
@Transactional(readOnly = true)
public class StatutoryClocks {

	private static final String SUBJECT = "statutory-clock";
	/** How the cases module names a case in the audit trail, so a case's history shows its clocks' batch changes. */
	private static final String CASE_SUBJECT = "legal-case";
	private static final int AUDIT_SUMMARY_LIMIT = 4000;
	/** The most clocks {@link #runningDueBetween} returns at once. */
	public static final int MAX_LIST = 10_000;

	private final Deadlines deadlines;
	private final StatutoryClockRecords records;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	StatutoryClocks(Deadlines deadlines, StatutoryClockRecords records, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.deadlines = deadlines;
		this.records = records;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Computes the due time under the rule's latest version and starts watching it. */
	@Transactional
	public StatutoryClock start(NewStatutoryClock request) {
		Deadline deadline = deadlines.compute(request.ruleCode(), request.startedAt().atZone(clock.getZone()), request.context());
		StatutoryClock started = new StatutoryClock(StatutoryClockId.random(), request.label().strip(), request.subject(),
				request.startedAt(), request.context(), deadline, ClockState.RUNNING, null, null, 0);
		records.insert(started);
		audit.record(AuditRecord.of("statutory-clock.started", SUBJECT, started.id(),
				started.label() + "：" + deadline.basis()));
		events.publishEvent(new StatutoryClockStarted(started));
		return started;
	}

	/**
	 * Recomputes a running clock with new facts (an extension granted, a period excluded, a restart) under the rule's
	 * latest version; the result names the version used.
	 */
	@Transactional
	public StatutoryClock recompute(StatutoryClockId id, DeadlineContext context, String why) {
		return recomputeLocked(List.of(lockRunning(id)), c -> context, why).get(0);
	}

	/**
	 * Recomputes several running clocks as one act: locks them all with one statement (in id order, so concurrent
	 * batches cannot deadlock), refuses the whole batch if any of them changed since the caller read it (409) or has
	 * stopped, computes every due time in memory, writes them with one statement, audits the act once and publishes one
	 * {@link StatutoryClocksRecomputed}. Returns the recomputed clocks in the order given.
	 */
	@Transactional
	public List<StatutoryClock> recomputeAll(List<Recomputation> changes, String why) {
		if (changes.isEmpty()) {
			return List.of();
		}
		Map<StatutoryClockId, Recomputation> byId = new LinkedHashMap<>();
		for (Recomputation r : changes) {
			if (byId.putIfAbsent(r.id(), r) != null) {
				throw new InvalidInput("clocks", "同一期限在一次重新计算中出现两次：" + r.id());
			}
		}
		Map<StatutoryClockId, StatutoryClock> locked = new HashMap<>();
		records.findAllForUpdate(byId.keySet()).forEach(c -> locked.put(c.id(), c));
		List<StatutoryClock> current = new ArrayList<>();
		for (Recomputation r : byId.values()) {
			StatutoryClock c = locked.get(r.id());
			if (c == null) {
				throw new NotFound("期限", r.id());
			}
			if (c.version() != r.version()) {
				throw new StaleVersion("期限", c.label(), r.version());
			}
			if (!c.running()) {
				throw new ClockAlreadyStopped(c);
			}
			current.add(c);
		}
		return recomputeLocked(current, c -> byId.get(c.id()).context(), why);
	}

	/**
	 * Recomputes every running clock of a case as one act (see {@link #recomputeAll}); {@code facts} gives each clock's
	 * new facts from its current state, read under the lock. A case without running clocks writes nothing.
	 */
	@Transactional
	public List<StatutoryClock> recomputeCase(UUID caseId, Function<StatutoryClock, DeadlineContext> facts, String why) {
		List<StatutoryClock> running = records.runningOfCaseForUpdate(caseId);
		return running.isEmpty() ? List.of() : recomputeLocked(running, facts, why);
	}

	/** Computes, writes, audits and publishes the recomputation of clocks this transaction has locked. */
	private List<StatutoryClock> recomputeLocked(List<StatutoryClock> current, Function<StatutoryClock, DeadlineContext> facts,
			String why) {
		List<StatutoryClockRecords.Write> writes = new ArrayList<>(current.size());
		List<StatutoryClockRecomputed> changes = new ArrayList<>(current.size());
		for (StatutoryClock c : current) {
			DeadlineContext context = facts.apply(c);
			Deadline deadline = deadlines.compute(c.deadline().ruleCode(), c.startedAt().atZone(clock.getZone()), context);
			StatutoryClock next = new StatutoryClock(c.id(), c.label(), c.subject(), c.startedAt(), context, deadline,
					ClockState.RUNNING, null, null, c.version() + 1);
			writes.add(new StatutoryClockRecords.Write(next, c.version()));
			changes.add(new StatutoryClockRecomputed(next, c.dueAt()));
		}
		if (records.updateAll(writes) != writes.size()) {
			// every row is locked by this transaction, so only a write outside the locking protocol gets here
			StatutoryClock first = current.get(0);
			throw new StaleVersion("期限", first.label(), first.version());
		}
		audit.record(recomputed(current, changes, why.strip()));
		events.publishEvent(new StatutoryClocksRecomputed(changes));
		return changes.stream().map(StatutoryClockRecomputed::clock).toList();
	}

	/**
	 * One audit entry for the act: about the clock when it is one, about the case when several clocks of one case moved,
	 * else about the first clock; the summary names every clock with its due time before and after.
	 */
	private static AuditRecord recomputed(List<StatutoryClock> before, List<StatutoryClockRecomputed> changes, String why) {
		if (changes.size() == 1) {
			StatutoryClock c = before.get(0);
			return AuditRecord.of("statutory-clock.recomputed", SUBJECT, c.id(),
					c.label() + "：" + why + "；到期时间 " + c.deadline().dueAtText() + " → " + changes.get(0).clock().deadline().dueAtText());
		}
		StringBuilder summary = new StringBuilder(why).append("（").append(changes.size()).append(" 项期限）");
		for (int i = 0; i < changes.size(); i++) {
			String line = "；" + before.get(i).label() + "：" + before.get(i).deadline().dueAtText() + " → "
					+ changes.get(i).clock().deadline().dueAtText();
			if (summary.length() + line.length() > AUDIT_SUMMARY_LIMIT - 20) {
				summary.append("；……其余 ").append(changes.size() - i).append(" 项从略");
				break;
			}
			summary.append(line);
		}
		Set<UUID> cases = new HashSet<>();
		before.forEach(c -> cases.add(c.subject().caseId()));
		UUID caseId = before.get(0).subject().caseId();
		return cases.size() == 1 && caseId != null
				? AuditRecord.of("statutory-clock.recomputed", CASE_SUBJECT, caseId, summary.toString())
				: AuditRecord.of("statutory-clock.recomputed", SUBJECT, before.get(0).id(), summary.toString());
	}

	/** Stops a running clock: the act that meets or ends it happened at {@code at}. */
	@Transactional
	public StatutoryClock stop(StatutoryClockId id, Instant at, String reason) {
		StatutoryClock current = lockRunning(id);
		StatutoryClock stopped = new StatutoryClock(current.id(), current.label(), current.subject(), current.startedAt(),
				current.context(), current.deadline(), ClockState.STOPPED, at, reason.strip(), current.version() + 1);
		update(current, stopped);
		audit.record(AuditRecord.of("statutory-clock.stopped", SUBJECT, id, current.label() + "：" + stopped.stopReason()
				+ (stopped.metLate() ? "（已超过期限 " + current.deadline().dueAtText() + "）" : "")));
		events.publishEvent(new StatutoryClockStopped(stopped));
		return stopped;
	}

	/** Stops every running clock of a subject (e.g. all clocks of a measure when the person is released). */
	@Transactional
	public List<StatutoryClock> stopAll(String subjectType, UUID subjectId, Instant at, String reason) {
		return records.ofSubject(subjectType, subjectId).stream().filter(StatutoryClock::running)
			.map(c -> stop(c.id(), at, reason)).toList();
	}

	public Optional<StatutoryClock> find(StatutoryClockId id) {
		return records.find(id);
	}

	public StatutoryClock get(StatutoryClockId id) {
		return find(id).orElseThrow(() -> new NotFound("期限", id));
	}

	/** All clocks of a record, oldest first. */
	public List<StatutoryClock> ofSubject(String subjectType, UUID subjectId) {
		return records.ofSubject(subjectType, subjectId);
	}

	/** All clocks of a case, oldest first. */
	public List<StatutoryClock> ofCase(UUID caseId) {
		return records.ofCase(caseId);
	}

	/**
	 * Running clocks falling due in [{@code from}, {@code until}), earliest first (ties by id), at most {@code limit}
	 * (1–{@value #MAX_LIST}) — e.g. the next hour's. Bounded both ways on purpose: every overdue clock of a province is a
	 * table scan, not a list (the workbench's scan announces those task by task). {@code until} before {@code from} or a
	 * limit out of range: 400.
	 */
	public List<StatutoryClock> runningDueBetween(Instant from, Instant until, int limit) {
		if (until.isBefore(from)) {
			throw new InvalidInput("until", "结束时间不能早于开始时间");
		}
		if (limit < 1 || limit > MAX_LIST) {
			throw new InvalidInput("limit", "条数须在 1 到 " + MAX_LIST + " 之间");
		}
		return records.runningDueBetween(from, until, limit);
	}

	private StatutoryClock lockRunning(StatutoryClockId id) {
		StatutoryClock current = records.findForUpdate(id).orElseThrow(() -> new NotFound("期限", id));
		if (!current.running()) {
			throw new ClockAlreadyStopped(current);
		}
		return current;
	}

	private void update(StatutoryClock current, StatutoryClock next) {
		if (!records.update(next, current.version())) {
			throw new StaleVersion("期限", current.id(), current.version());
		}
	}
}
