package org.zhifa.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The facts of one case that change a computation.
 *
 * @param inCustody the person is in custody (在押): a rule with the custody exception does not roll over holidays
 * @param extensions codes of the rule's extensions that were granted
 * @param excluded intervals not counted (鉴定, 听证 …); overlapping ones count once
 * @param restartAt the period counts anew from here (身份不明 → from identification; 另有重要罪行 → restarts)
 * @param restartReason why it restarts, as it reads in a sentence, e.g. 查清身份
 */
public record DeadlineContext(boolean inCustody, List<String> extensions, List<Excluded> excluded,
		@Nullable ZonedDateTime restartAt, @Nullable String restartReason) {

	public DeadlineContext {
		extensions = List.copyOf(extensions);
		excluded = List.copyOf(excluded);
	}

	public static DeadlineContext none() {
		return new DeadlineContext(false, List.of(), List.of(), null, null);
	}

	public static DeadlineContext custody() {
		return none().withCustody(true);
	}

	public DeadlineContext withCustody(boolean custody) {
		return new DeadlineContext(custody, extensions, excluded, restartAt, restartReason);
	}

	public DeadlineContext withExtensions(String... codes) {
		return new DeadlineContext(inCustody, List.of(codes), excluded, restartAt, restartReason);
	}

	public DeadlineContext withExcluded(Excluded... intervals) {
		return new DeadlineContext(inCustody, extensions, List.of(intervals), restartAt, restartReason);
	}

	public DeadlineContext restartingAt(ZonedDateTime at, @Nullable String reason) {
		return new DeadlineContext(inCustody, extensions, excluded, at, reason);
	}

	/** A time span that does not count towards the period, [from, to). */
	public record Excluded(Instant from, Instant to) {

		public Duration length() {
			return Duration.between(from, to);
		}
	}
}
