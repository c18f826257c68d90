package org.zhifa.intake;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.shared.InvalidInput;

/**
 * A 警情: a report as it came in (source, time, place, reporter, summary, the two handling officers) — the aggregate
 * root of intake's first half.
 * <p>
 * Lifecycle: {@link #register registered} OPEN → disposed exactly once (刑规169–175, 行规61): {@link #accept 受案},
 * {@link #declareNotPoliceMatter 非警务} (the reason told to the reporter), {@link #mergeInto 合并} into an earlier
 * incident of the same unit (a repeat report is not registered twice), or {@link #transfer 移交} to another
 * jurisdiction (TRANSFERRING, within 24h) → {@link #recordHandOver handed over} (TRANSFERRED). A disposed incident
 * does not change again. Every act time lies between the act it follows and now.
 */
public final class Incident {

	/** Enforcement steps need two officers (刑规/行规: 不得少于二人). */
	static final int MIN_OFFICERS = 2;

	private final UUID id;
	private final String number;
	private final UUID requestId;
	private final UUID unitId;
	private final IncidentSource source;
	private final Instant receivedAt;
	private final @Nullable Instant occurredAt;
	private final String place;
	private final Reporter reporter;
	private final String summary;
	private final List<UUID> officerIds;
	private IncidentStatus status;
	private @Nullable String dispositionNote;
	private @Nullable Instant disposedAt;
	private @Nullable String transferTo;
	private @Nullable Instant handedOverAt;
	private @Nullable UUID transferClockId;
	private @Nullable UUID mergedIntoId;
	private @Nullable UUID acceptanceId;
	private final long version;

	Incident(UUID id, String number, UUID requestId, UUID unitId, IncidentSource source, Instant receivedAt,
			@Nullable Instant occurredAt, String place, Reporter reporter, String summary, List<UUID> officerIds,
			IncidentStatus status, @Nullable String dispositionNote, @Nullable Instant disposedAt, @Nullable String transferTo,
			@Nullable Instant handedOverAt, @Nullable UUID transferClockId, @Nullable UUID mergedIntoId,
			@Nullable UUID acceptanceId, long version) {
		this.id = id;
		this.number = number;
		this.requestId = requestId;
		this.unitId = unitId;
		this.source = source;
		this.receivedAt = receivedAt;
		this.occurredAt = occurredAt;
		this.place = place;
		this.reporter = reporter;
		this.summary = summary;
		this.officerIds = List.copyOf(officerIds);
		this.status = status;
		this.dispositionNote = dispositionNote;
		this.disposedAt = disposedAt;
		this.transferTo = transferTo;
		this.handedOverAt = handedOverAt;
		this.transferClockId = transferClockId;
		this.mergedIntoId = mergedIntoId;
		this.acceptanceId = acceptanceId;
		this.version = version;
	}

	/**
	 * Registers a report. The officers' 执法资格 is the caller's to check (officer module's gate); here: two different
	 * officers, received not in the future, occurred not after received.
	 */
	static Incident register(UUID id, String number, UUID requestId, UUID unitId, NewIncident details, Reporter reporter,
			Instant now) {
		IntakeTimes.checked("receivedAt", "接警时间", details.receivedAt(), null, "", now);
		if (details.occurredAt() != null && details.occurredAt().isAfter(details.receivedAt())) {
			throw new InvalidInput("occurredAt", "案发时间不能晚于接警时间");
		}
		List<UUID> officers = List.copyOf(new LinkedHashSet<>(details.officerIds()));
		if (officers.size() < MIN_OFFICERS) {
			throw new InvalidInput("officerIds", "处警须有两名不同的民警");
		}
		return new Incident(id, number, requestId, unitId, details.source(), details.receivedAt(), details.occurredAt(),
				required("place", "地点", details.place()), reporter, required("summary", "简要案情", details.summary()), officers,
				IncidentStatus.OPEN, null, null, null, null, null, null, null, 0);
	}

	/** 受案: the incident becomes an acceptance. */
	void accept(UUID acceptanceId, Instant at, Instant now) {
		requireOpen();
		IntakeTimes.checked("acceptedAt", "受案时间", at, receivedAt, "接警时间", now);
		this.acceptanceId = acceptanceId;
		dispose(IncidentStatus.ACCEPTED, null, at);
	}

	/** 非警务: not a police matter; the reason is what the reporter was told (行规61③). */
	void declareNotPoliceMatter(String reason, Instant at, Instant now) {
		requireOpen();
		IntakeTimes.checked("at", "处置时间", at, receivedAt, "接警时间", now);
		dispose(IncidentStatus.NOT_POLICE_MATTER, required("reason", "告知报警人的理由", reason), at);
	}

	/** 移交: another jurisdiction's matter; it must be handed over within 24h (刑规175, 行规61②). */
	void transfer(String to, String reason, Instant at, Instant now) {
		requireOpen();
		IntakeTimes.checked("at", "移交决定时间", at, receivedAt, "接警时间", now);
		this.transferTo = required("transferTo", "移交单位", to);
		dispose(IncidentStatus.TRANSFERRING, required("reason", "移交理由", reason), at);
	}

	void startedTransferClock(UUID clockId) {
		this.transferClockId = clockId;
	}

	/** The case file was handed over to the receiving jurisdiction. */
	void recordHandOver(Instant at, Instant now) {
		if (status != IncidentStatus.TRANSFERRING) {
			throw new StepOutOfOrder("警情未在移交中", "警情 " + number + " 当前状态为“" + status.label() + "”，不能登记移交完成。");
		}
		IntakeTimes.checked("handedOverAt", "移交完成时间", at, disposedAt, "移交决定时间", now);
		this.handedOverAt = at;
		this.status = IncidentStatus.TRANSFERRED;
	}

	/** A repeat report (重复报警): merged into another incident of the same unit that is not itself merged. */
	void mergeInto(Incident target, Instant at, Instant now) {
		requireOpen();
		if (target.id.equals(id)) {
			throw new InvalidMergeTarget("警情不能合并到自身。");
		}
		if (!target.unitId.equals(unitId)) {
			throw new InvalidMergeTarget("只能合并到本单位的警情。");
		}
		if (target.status == IncidentStatus.MERGED) {
			throw new InvalidMergeTarget("警情 " + target.number + " 本身已合并到其他警情，请合并到原警情。");
		}
		IntakeTimes.checked("at", "合并时间", at, receivedAt, "接警时间", now);
		this.mergedIntoId = target.id;
		dispose(IncidentStatus.MERGED, "重复报警，并入警情 " + target.number, at);
	}

	private void dispose(IncidentStatus next, @Nullable String note, Instant at) {
		this.status = next;
		this.dispositionNote = note;
		this.disposedAt = at;
	}

	private void requireOpen() {
		if (status != IncidentStatus.OPEN) {
			throw new IncidentAlreadyDisposed(number, status);
		}
	}

	static String required(String field, String what, @Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput(field, what + "不能为空");
		}
		return text.strip();
	}

	/** "J…（张三报：…）" for audit summaries and clock labels. */
	String label() {
		String s = summary.length() > 30 ? summary.substring(0, 30) + "…" : summary;
		return "警情" + number + "（" + reporter.name() + "：" + s + "）";
	}

	public UUID id() { return id; }
	public String number() { return number; }
	public UUID requestId() { return requestId; }
	public UUID unitId() { return unitId; }
	public IncidentSource source() { return source; }
	public Instant receivedAt() { return receivedAt; }
	public @Nullable Instant occurredAt() { return occurredAt; }
	public String place() { return place; }
	public Reporter reporter() { return reporter; }
	public String summary() { return summary; }
	public List<UUID> officerIds() { return officerIds; }
	public IncidentStatus status() { return status; }
	public @Nullable String dispositionNote() { return dispositionNote; }
	public @Nullable Instant disposedAt() { return disposedAt; }
	public @Nullable String transferTo() { return transferTo; }
	public @Nullable Instant handedOverAt() { return handedOverAt; }
	public @Nullable UUID transferClockId() { return transferClockId; }
	public @Nullable UUID mergedIntoId() { return mergedIntoId; }
	public @Nullable UUID acceptanceId() { return acceptanceId; }
	public long version() { return version; }
}
