package org.zhifa.calendar;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What every deadline computation reads — the holiday calendar and the latest version of each rule — kept in memory so
 * that recomputing a case's clocks does not re-read them for every clock. A change made through this node (a day
 * declared, changed or removed; a rule revised) drops the copy at once and again after its commit; a change made on
 * another node is seen within {@code zhifa.calendar.cache-ttl} (default 60 s).
 */
@Component
class DeadlineInputs {

	private record Snapshot(HolidayCalendar calendar, ConcurrentMap<String, PeriodRule> rules, long loadedAtNanos) {
	}

	private final PeriodRules rules;
	private final CalendarDays days;
	private final long ttlNanos;
	private volatile @Nullable Snapshot snapshot;

	DeadlineInputs(PeriodRules rules, CalendarDays days, @Value("${zhifa.calendar.cache-ttl:60s}") Duration ttl) {
		this.rules = rules;
		this.days = days;
		this.ttlNanos = ttl.toNanos();
	}

	HolidayCalendar calendar() {
		return current().calendar();
	}

	Optional<PeriodRule> latest(String code) {
		Snapshot s = current();
		PeriodRule rule = s.rules().get(code);
		if (rule == null) {
			Optional<PeriodRule> loaded = rules.latest(code);
			loaded.ifPresent(r -> s.rules().put(code, r));
			return loaded;
		}
		return Optional.of(rule);
	}

	/** Drops the copy now and, inside a transaction, once more after it commits (so no reader caches the old state). */
	void forget() {
		snapshot = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					snapshot = null;
				}
			});
		}
	}

	private Snapshot current() {
		Snapshot s = snapshot;
		if (s == null || System.nanoTime() - s.loadedAtNanos() > ttlNanos) {
			s = new Snapshot(HolidayCalendar.of(days.all()), new ConcurrentHashMap<>(), System.nanoTime());
			snapshot = s;
		}
		return s;
	}
}
