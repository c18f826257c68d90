package org.zhifa.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.officer.OfficerSummary;
import org.zhifa.shared.Actor;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.Visibilities;

/**
 * Takes a recording in: checks its metadata against the device registry before reading a byte, streams the content into the
 * {@link RecordingStore} (SHA-256 on the way, never held in memory, outside any database transaction), then — in one
 * transaction — records it, links it if exactly one target matches ({@link RecordingLinks}) and audits it; once that has
 * committed, {@link RecordingSeals} computes its SM3 from the stored bytes. Content already
 * ingested is refused with {@link RecordingAlreadyIngested} (its one stored file stays); any other failure leaves no row and
 * removes the file it had just stored.
 */
@Service
public class RecordingIngest {

	/** A single recording longer than this is not a device's file but a mistake in its metadata. */
	static final Duration LONGEST = Duration.ofHours(24);
	/** Device clocks drift; a recording may end this far in the future of the server's clock. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final DeviceRecords devices;
	private final RecordingRecords recordings;
	private final RecordingStore store;
	private final RecordingLinks links;
	private final OfficerDirectory officers;
	private final Visibilities visibilities;
	private final AuditTrail audit;
	private final TransactionTemplate tx;
	private final RecordingSeals seals;
	private final Clock clock;

	RecordingIngest(DeviceRecords devices, RecordingRecords recordings, RecordingStore store, RecordingLinks links, OfficerDirectory officers,
			Visibilities visibilities, AuditTrail audit, PlatformTransactionManager transactions, RecordingSeals seals, Clock clock) {
		this.devices = devices;
		this.recordings = recordings;
		this.store = store;
		this.links = links;
		this.officers = officers;
		this.visibilities = visibilities;
		this.audit = audit;
		this.tx = new TransactionTemplate(transactions);
		this.seals = seals;
		this.clock = clock;
	}

	/** Ingests an upload by the signed-in user (evidence:record over the device's unit). */
	public Recording upload(NewRecording metadata, InputStream content) {
		return ingest(metadata, content, "UPLOAD");
	}

	/** Ingests a file found in the watched folder, as the system. */
	Recording fromFolder(NewRecording metadata, InputStream content) {
		return ingest(metadata, content, "FOLDER");
	}

	private Recording ingest(NewRecording m, InputStream content, String source) {
		Device device = check(m);
		StoredContent stored;
		try {
			stored = store.put(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("storing a recording failed", ex);
		}
		try {
			Recording r = tx.execute(status -> record(device, m, stored, source));
			if (r == null) {
				throw new IllegalStateException("ingest transaction returned nothing");
			}
			seals.sealSoon(r.id());
			return r;
		}
		catch (DuplicateKeyException ex) {
			// the same content raced in through another ingest, whose record now refers to the stored file: keep it
			throw recordings.bySha256(stored.sha256()).<RuntimeException>map(RecordingAlreadyIngested::new).orElse(ex);
		}
		catch (RecordingAlreadyIngested ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			if (!stored.alreadyStored()) {
				discard(stored);
			}
			throw ex;
		}
	}

	/** The device and the metadata checked: known and active in the caller's scope, a plausible span, the right badge. */
	private Device check(NewRecording m) {
		String code = m.deviceCode() == null ? "" : m.deviceCode().strip();
		Device device = devices.byCode(code).filter(Device::active)
			.filter(d -> visibilities.current(RecordingQueries.RECORD).coversUnit(d.unitId()))
			.orElseThrow(() -> new InvalidInput("deviceCode", "设备 " + code + " 未登记、已停用或不属于您的单位"));
		if (!m.endedAt().isAfter(m.startedAt())) {
			throw new InvalidInput("endedAt", "录像结束时间须晚于开始时间");
		}
		if (Duration.between(m.startedAt(), m.endedAt()).compareTo(LONGEST) > 0) {
			throw new InvalidInput("endedAt", "单个录像不能超过24小时");
		}
		if (m.endedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
			throw new InvalidInput("endedAt", "录像结束时间不能晚于当前时间");
		}
		if (m.badge() != null && !m.badge().isBlank() && device.officerId() != null) {
			String badge = officers.find(device.officerId()).map(OfficerSummary::badgeNumber).orElse("");
			if (!badge.equals(m.badge().strip())) {
				throw new InvalidInput("badge", "警号 " + m.badge().strip() + " 与设备 " + device.code() + " 的配发民警不符");
			}
		}
		if (m.fileName() == null || m.fileName().isBlank() || m.fileName().length() > 200) {
			throw new InvalidInput("fileName", "请提供1至200个字的文件名");
		}
		if (m.location() != null && m.location().length() > 200) {
			throw new InvalidInput("location", "地点不能超过200个字");
		}
		if (m.mediaType() != null && !m.mediaType().matches("[a-z]+/[A-Za-z0-9.+-]{1,80}")) {
			throw new InvalidInput("mediaType", "媒体类型无效");
		}
		return device;
	}

	private Recording record(Device device, NewRecording m, StoredContent stored, String source) {
		recordings.bySha256(stored.sha256()).ifPresent(existing -> {
			throw new RecordingAlreadyIngested(existing);
		});
		Actor actor = CurrentActor.get();
		Instant now = clock.instant();
		String badge = device.officerId() == null ? null : officers.find(device.officerId()).map(OfficerSummary::badgeNumber).orElse(null);
		Recording r = new Recording(UUID.randomUUID(), recordings.nextNumber(now), device.id(), device.code(), device.kind(), device.unitId(),
				device.officerId(), badge, device.roomId(), m.startedAt(), m.endedAt(), blankToNull(m.location()), m.fileName().strip(),
				m.mediaType() == null ? "application/octet-stream" : m.mediaType(), stored.sizeBytes(), null, stored.sha256(), null, null, source, now,
				actor.isSystem() ? "系统（监视目录）" : actor.displayName(), LinkStatus.UNMATCHED, null, null, 0);
		recordings.insert(r, stored.key());
		audit.record(AuditRecord.of("evidence.recording-ingested", "evidence-recording", r.id(), r.kind().label() + "录像 " + r.number()
				+ "（设备 " + device.code() + "，" + r.sizeBytes() + " 字节，SHA-256 " + r.sha256() + "）"));
		return links.autoLink(r);
	}

	private void discard(StoredContent stored) {
		try {
			store.discard(stored.key());
		}
		catch (IOException ex) {
			// the content stays as an orphan file; the refusal itself is what the caller needs to hear
		}
	}

	static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
