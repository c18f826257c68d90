package org.zhifa.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.zhifa.audit.ChainVerification;

class ChainWalkTest {

	static final Instant AT = Instant.parse("2025-03-01T00:00:00Z");

	@Test
	void intactWalkReportsCountsInBothLanguagesAndVerifiesValid() {
		var walk = new ChainWalk(1200, 3, null, AT);

		assertThat(walk.report()).isEqualTo(
				"审计哈希链完整：已校验 1200 条，待封存 3 条。 | Audit chain intact: 1200 entries verified, 3 pending.");
		assertThat(walk.toVerification()).isEqualTo(new ChainVerification(true, 1200, 3, null, null, AT));
	}

	@Test
	void brokenWalkNamesTheFirstBrokenSequenceAndItsReason() {
		var walk = new ChainWalk(16, 0, new ChainBreak(ChainBreak.Kind.CONTENT_ALTERED, 17), AT);

		assertThat(walk.report()).isEqualTo("审计哈希链已损坏：第 17 条记录内容与哈希不符（此前 16 条完整，待封存 0 条）。 | "
				+ "Audit chain BROKEN: entry 17: content does not match its hash (16 entries intact before it, 0 pending).");
		assertThat(walk.toVerification())
			.isEqualTo(new ChainVerification(false, 16, 0, 17L, "第 17 条记录内容与哈希不符", AT));
	}
}
