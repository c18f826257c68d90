package org.zhifa.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Which target a recording links to by itself. Candidates are the targets whose subject matches (the device's officer, or its
 * room); among them, those whose span overlaps the recording's are matches. Exactly one match links. With none, the candidates
 * whose span comes within the buffer of the recording's (a camera switched on a little early, a session ended a little after)
 * are looked at: exactly one links as <em>borderline</em>. Zero or several leave the recording for a person. Every decision
 * carries the sentence that explains it.
 */
final class LinkingPolicy {

	private LinkingPolicy() {
	}

	/** A possible target and the span it covers ({@code to} null: still running). */
	record Candidate(TargetKind kind, UUID id, String label, UUID unitId, @Nullable UUID caseId, Instant from, @Nullable Instant to) {

		Duration overlap(Instant start, Instant end) {
			Instant a = start.isAfter(from) ? start : from;
			Instant b = to == null || end.isBefore(to) ? end : to;
			return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
		}

		/** How far the spans lie apart (zero when they touch or overlap). */
		Duration gap(Instant start, Instant end) {
			if (to != null && !to.isAfter(start)) {
				return Duration.between(to, start);
			}
			return from.isAfter(end) ? Duration.between(end, from) : Duration.ZERO;
		}
	}

	/** The outcome: the target (null when none or several), whether only the buffer made it match, and why. */
	record Decision(@Nullable Candidate target, boolean borderline, int matches, Duration overlap, Duration gap, String reason) {

		boolean ambiguous() {
			return target == null && matches > 1;
		}
	}

	static Decision decide(Instant start, Instant end, List<Candidate> candidates, Duration buffer, String subject) {
		List<Candidate> overlapping = candidates.stream().filter(c -> !c.overlap(start, end).isZero()).toList();
		if (overlapping.size() == 1) {
			Candidate c = overlapping.getFirst();
			Duration overlap = c.overlap(start, end);
			return new Decision(c, false, 1, overlap, Duration.ZERO, subject + "一致，时间重叠 " + text(overlap) + "：" + c.label());
		}
		if (overlapping.size() > 1) {
			return new Decision(null, false, overlapping.size(), Duration.ZERO, Duration.ZERO,
					subject + "一致且时间重叠的有 " + overlapping.size() + " 项（" + labels(overlapping) + "），须人工关联");
		}
		List<Candidate> near = candidates.stream().filter(c -> c.gap(start, end).compareTo(buffer) <= 0).toList();
		if (near.size() == 1) {
			Candidate c = near.getFirst();
			Duration gap = c.gap(start, end);
			return new Decision(c, true, 1, Duration.ZERO, gap, subject + "一致，时间不重叠但相差 " + text(gap) + "，在 " + text(buffer)
					+ " 缓冲之内（临界匹配）：" + c.label());
		}
		if (near.size() > 1) {
			return new Decision(null, true, near.size(), Duration.ZERO, Duration.ZERO,
					subject + "一致且在 " + text(buffer) + " 缓冲之内的有 " + near.size() + " 项（" + labels(near) + "），须人工关联");
		}
		return new Decision(null, false, 0, Duration.ZERO, Duration.ZERO, "没有" + subject + "一致且时间相符（含 " + text(buffer) + " 缓冲）的对象");
	}

	private static String labels(List<Candidate> cs) {
		return cs.stream().map(Candidate::label).limit(5).collect(Collectors.joining("、"));
	}

	/** A duration as a person reads it: 1小时5分20秒. */
	static String text(Duration d) {
		long s = d.toSeconds();
		StringBuilder b = new StringBuilder();
		if (s >= 3600) {
			b.append(s / 3600).append("小时");
		}
		if (s % 3600 >= 60) {
			b.append(s % 3600 / 60).append("分");
		}
		if (s % 60 > 0 || b.isEmpty()) {
			b.append(s % 60).append("秒");
		}
		return b.toString();
	}
}
