package org.zhifa.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Outcome of re-walking the audit hash chain.
 *
 * @param valid every sealed entry recomputes to its hash and links to its predecessor, with no sequence missing
 * @param checkedEntries sealed entries found intact (before the first break, if any)
 * @param pendingEntries committed entries not yet sealed into the chain (not covered by this verification)
 * @param firstBrokenSequence the first sequence at which the chain breaks; {@code null} when valid
 * @param reason zh-CN explanation of the break, e.g. "第 17 条记录内容与哈希不符"; {@code null} when valid
 * @param verifiedAt when the verification ran
 */
public record ChainVerification(boolean valid, long checkedEntries, long pendingEntries,
		@Nullable Long firstBrokenSequence, @Nullable String reason, Instant verifiedAt) {
}
