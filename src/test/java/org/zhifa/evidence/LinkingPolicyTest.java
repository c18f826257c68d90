package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The auto-linking rule and the coverage check without Spring: matching, borderline, none, ambiguous; gaps. */
class LinkingPolicyTest {

	static final Instant T = Instant.parse("2026-03-01T02:00:00Z");
	static final Duration BUFFER = Duration.ofMinutes(10);

	static LinkingPolicy.Candidate session(String label, Instant from, Instant to) {
		return new LinkingPolicy.Candidate(TargetKind.QUESTIONING, UUID.randomUUID(), label, UUID.randomUUID(), null, from, to);
	}

	@Test
	void theOneOverlappingTargetLinksEvenWithANeighbourInsideTheBuffer() {
		var before = session("前一场", T.minus(Duration.ofHours(1)), T.minus(Duration.ofMinutes(5)));
		var it = session("本场", T, T.plus(Duration.ofHours(1)));
		var d = LinkingPolicy.decide(T.plusSeconds(30), T.plus(Duration.ofMinutes(50)), List.of(before, it), BUFFER, "房间");
		assertThat(d.target()).isEqualTo(it);
		assertThat(d.borderline()).isFalse();
		assertThat(d.overlap()).isEqualTo(Duration.ofMinutes(49).plusSeconds(30));
		assertThat(d.reason()).isEqualTo("房间一致，时间重叠 49分30秒：本场");
	}

	@Test
	void withinTheBufferOnlyIsBorderlineAndJustBeyondItIsNothing() {
		var it = session("本场", T, T.plus(Duration.ofHours(1)));
		var d = LinkingPolicy.decide(T.minus(Duration.ofMinutes(30)), T.minus(BUFFER), List.of(it), BUFFER, "房间");
		assertThat(d.target()).isEqualTo(it);
		assertThat(d.borderline()).isTrue();
		assertThat(d.gap()).isEqualTo(BUFFER);
		var none = LinkingPolicy.decide(T.minus(Duration.ofMinutes(30)), T.minus(BUFFER).minusSeconds(1), List.of(it), BUFFER, "房间");
		assertThat(none.target()).isNull();
		assertThat(none.ambiguous()).isFalse();
		assertThat(none.reason()).startsWith("没有房间一致");
	}

	@Test
	void twoOverlappingOrTwoNearTargetsAreForAPerson() {
		var a = session("甲", T, T.plus(Duration.ofHours(1)));
		var b = session("乙", T.plus(Duration.ofMinutes(30)), null);
		var d = LinkingPolicy.decide(T.plus(Duration.ofMinutes(40)), T.plus(Duration.ofMinutes(50)), List.of(a, b), BUFFER, "房间");
		assertThat(d.target()).isNull();
		assertThat(d.ambiguous()).isTrue();
		assertThat(d.reason()).contains("有 2 项").contains("甲、乙");
		var near = LinkingPolicy.decide(T.plus(Duration.ofMinutes(65)), T.plus(Duration.ofMinutes(70)),
				List.of(a, session("丙", T.plus(Duration.ofMinutes(75)), T.plus(Duration.ofMinutes(90)))), BUFFER, "房间");
		assertThat(near.ambiguous()).isTrue();
		assertThat(near.borderline()).isTrue();
	}

	@Test
	void aRunningTargetCoversEverythingAfterItsStart() {
		var running = session("进行中", T, null);
		assertThat(LinkingPolicy.decide(T.plus(Duration.ofDays(1)), T.plus(Duration.ofDays(1).plusHours(1)), List.of(running), BUFFER, "民警")
			.target()).isEqualTo(running);
	}

	@Test
	void coverageFindsTheGapsBetweenAtTheStartAndAtTheEnd() {
		Instant end = T.plus(Duration.ofHours(1));
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		Coverage full = Coverage.of(T, end, List.of(new Coverage.Span(a, T.minusSeconds(60), T.plus(Duration.ofMinutes(40))),
				new Coverage.Span(b, T.plus(Duration.ofMinutes(39)), end.plusSeconds(1))));
		assertThat(full.covered()).isTrue();
		assertThat(full.gaps()).isEmpty();
		Coverage gappy = Coverage.of(T, end, List.of(new Coverage.Span(b, T.plus(Duration.ofMinutes(30)), T.plus(Duration.ofMinutes(50))),
				new Coverage.Span(a, T.plus(Duration.ofMinutes(5)), T.plus(Duration.ofMinutes(20)))));
		assertThat(gappy.covered()).isFalse();
		assertThat(gappy.gaps()).containsExactly(new Coverage.Gap(T, T.plus(Duration.ofMinutes(5))),
				new Coverage.Gap(T.plus(Duration.ofMinutes(20)), T.plus(Duration.ofMinutes(30))),
				new Coverage.Gap(T.plus(Duration.ofMinutes(50)), end));
		assertThat(gappy.recordingIds()).containsExactly(a, b);
		assertThat(Coverage.of(T, end, List.of()).gaps()).containsExactly(new Coverage.Gap(T, end));
	}
}
