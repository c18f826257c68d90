package org.zhifa.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.custody.QuestioningRecordings;
import org.zhifa.custody.QuestioningRecordings.Session;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Visibilities;
import org.zhifa.shared.Visibility;

/**
 * The coverage check: each ended questioning session against the recordings linked to it ({@link Coverage}). A session not
 * covered from start to end is a finding (a running session has nothing to judge yet). Once covered, the session's recording
 * is recorded in custody, which clears the centre's "未登记录音录像" alarm; an uncovered one keeps that alarm open.
 */
@Service
@Transactional(readOnly = true)
public class QuestioningCoverage {

	/** A session, its coverage (null while it runs) and the recordings linked to it. */
	public record SessionCoverage(Session session, @Nullable Coverage coverage, List<Recording> recordings) {

		public boolean finding() {
			return coverage != null && !coverage.covered();
		}
	}

	private final QuestioningRecordings sessions;
	private final RecordingRecords recordings;
	private final Visibilities visibilities;
	private final java.time.Clock clock;

	QuestioningCoverage(QuestioningRecordings sessions, RecordingRecords recordings, Visibilities visibilities, java.time.Clock clock) {
		this.sessions = sessions;
		this.recordings = recordings;
		this.visibilities = visibilities;
		this.clock = clock;
	}

	/** One session's coverage, if the caller sees its centre or its handling unit. */
	public SessionCoverage of(UUID sessionId) {
		Visibility v = visibilities.current(RecordingQueries.READ);
		Session s = sessions.find(sessionId).filter(x -> v.coversUnit(x.centerId()) || v.coversUnit(x.unitId()))
			.orElseThrow(() -> new NotFound("讯问/询问", sessionId));
		return judge(s, recordings.linkedTo(sessionId));
	}

	/** Sessions ended in [from, to) in the caller's scope with their coverage; only the findings when {@code findingsOnly}. */
	public List<SessionCoverage> ended(Instant from, Instant to, boolean findingsOnly) {
		if (!to.isAfter(from)) {
			throw new InvalidInput("to", "结束时间须晚于开始时间");
		}
		Visibility v = visibilities.current(RecordingQueries.READ);
		List<Session> ended = sessions.ended(from, to, v.isAll() ? null : v.unitIds(), 500);
		Map<UUID, List<Recording>> linked = recordings.linkedToAny(ended.stream().map(Session::id).toList()).stream()
			.collect(Collectors.groupingBy(r -> r.link().targetId()));
		return ended.stream().map(s -> judge(s, linked.getOrDefault(s.id(), List.of()))).filter(c -> !findingsOnly || c.finding()).toList();
	}

	/**
	 * Settles the sessions that ended in the last two days without a recording on file but with linked recordings — a
	 * recording linked while its session was still running is judged once the session has ended. Run every minute.
	 */
	@org.springframework.scheduling.annotation.Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
	@Transactional
	public void settleEnded() {
		Instant now = clock.instant();
		List<Session> open = sessions.ended(now.minus(java.time.Duration.ofDays(2)), now, null, 500).stream()
			.filter(s -> s.recordingFile() == null).toList();
		if (open.isEmpty()) {
			return;
		}
		recordings.linkedToAny(open.stream().map(Session::id).toList()).stream().map(r -> r.link().targetId()).distinct().forEach(this::settle);
	}

	/** Records the session's recording in custody once it is ended and covered (no-op otherwise, or when one is recorded). */
	@Transactional
	void settle(UUID sessionId) {
		sessions.find(sessionId).ifPresent(s -> {
			List<Recording> linked = recordings.linkedTo(sessionId);
			SessionCoverage c = judge(s, linked);
			if (c.coverage() != null && c.coverage().covered() && s.recordingFile() == null) {
				String file = "视音频 " + linked.stream().map(Recording::number).collect(Collectors.joining(","));
				sessions.recordCovered(sessionId, file.length() > 100 ? file.substring(0, 97) + "…" : file,
						linked.getFirst().startedAt(), linked.stream().map(Recording::endedAt).max(Instant::compareTo).orElseThrow());
			}
		});
	}

	private static SessionCoverage judge(Session s, List<Recording> linked) {
		if (s.endedAt() == null) {
			return new SessionCoverage(s, null, linked);
		}
		return new SessionCoverage(s, Coverage.of(s.startedAt(), s.endedAt(),
				linked.stream().map(r -> new Coverage.Span(r.id(), r.startedAt(), r.endedAt())).toList()), linked);
	}
}
