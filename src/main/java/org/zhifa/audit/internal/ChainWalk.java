package org.zhifa.audit.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.zhifa.audit.ChainVerification;

/**
 * The result of walking the chain, with the break in both languages' terms.
 *
 * @param intact sealed entries found intact before the break (all of them when there is none)
 * @param pending committed entries not yet sealed
 * @param broken the first break, {@code null} when the chain is intact
 */
public record ChainWalk(long intact, long pending, @Nullable ChainBreak broken, Instant at) {

	public boolean valid() {
		return broken == null;
	}

	public ChainVerification toVerification() {
		return new ChainVerification(valid(), intact, pending, broken == null ? null : broken.sequence(),
				broken == null ? null : broken.reason(), at);
	}

	/** One line, zh-CN then English, for the command-line check. */
	public String report() {
		if (broken == null) {
			return "审计哈希链完整：已校验 " + intact + " 条，待封存 " + pending + " 条。 | Audit chain intact: " + intact
					+ " entries verified, " + pending + " pending.";
		}
		return "审计哈希链已损坏：" + broken.reason() + "（此前 " + intact + " 条完整，待封存 " + pending
				+ " 条）。 | Audit chain BROKEN: " + broken.reasonInEnglish() + " ("
				+ intact + " entries intact before it, " + pending + " pending).";
	}
}
