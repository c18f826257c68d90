package org.zhifa.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Whether a questioning session is recorded from start to end (刑规208: continuous recording of the whole session): the union
 * of the spans of the recordings linked to it against the session's span, and the gaps left. A session with a gap is a
 * finding.
 */
public record Coverage(Instant from, Instant to, boolean covered, List<Gap> gaps, List<UUID> recordingIds) {

	public Coverage {
		gaps = List.copyOf(gaps);
		recordingIds = List.copyOf(recordingIds);
	}

	/** A part of the session no recording covers. */
	public record Gap(Instant from, Instant to) {

		public Duration length() {
			return Duration.between(from, to);
		}
	}

	/** One recording's span. */
	record Span(UUID recordingId, Instant from, Instant to) {
	}

	static Coverage of(Instant from, Instant to, List<Span> spans) {
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparing(Span::from));
		List<Gap> gaps = new ArrayList<>();
		Instant reached = from;
		for (Span s : sorted) {
			if (!s.to().isAfter(reached)) {
				continue;
			}
			if (s.from().isAfter(reached)) {
				gaps.add(new Gap(reached, s.from().isBefore(to) ? s.from() : to));
			}
			reached = s.to();
			if (!reached.isBefore(to)) {
				break;
			}
		}
		if (reached.isBefore(to)) {
			gaps.add(new Gap(reached, to));
		}
		gaps.removeIf(g -> !g.to().isAfter(g.from()));
		return new Coverage(from, to, gaps.isEmpty(), gaps, sorted.stream().map(Span::recordingId).toList());
	}
}
