package org.zhifa.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.Resource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;

/**
 * The SM3 seal of each recording (GB/T 32905): computed from the stored bytes right after the ingest committed, on one
 * background thread, so that an upload is stored at the disk's speed — SHA-256 while it streams — instead of at SM3's
 * (BouncyCastle's SM3 on one core is slower than the disk, and one stream cannot be split across cores). The same pass
 * recomputes the SHA-256 and compares it with the one taken at ingest: the SM3 attests exactly the bytes that were
 * received. A mismatch or a missing file is recorded as the recording's seal problem, audited and logged, and the recording
 * stays unsealed for a person to look at. A sweep ({@code zhifa.evidence.seal-sweep-interval}, 1 minute) seals whatever a
 * restart left unsealed. Seals run one at a time: a second core stays free for the application.
 */
@Component
class RecordingSeals implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RecordingSeals.class);

	private final RecordingRecords recordings;
	private final RecordingStore store;
	private final AuditTrail audit;
	private final Clock clock;
	private final TransactionTemplate tx;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("recording-seal").factory());

	RecordingSeals(RecordingRecords recordings, RecordingStore store, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
		this.recordings = recordings;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
		this.tx = new TransactionTemplate(transactions);
	}

	/** Queues the recording's seal; call once its row has committed. */
	void sealSoon(UUID recordingId) {
		try {
			worker.execute(() -> safely(recordingId));
		}
		catch (RejectedExecutionException ex) {
			// shutting down: the sweep seals it after the next start
		}
	}

	@Scheduled(initialDelayString = "${zhifa.evidence.seal-sweep-interval:1m}", fixedDelayString = "${zhifa.evidence.seal-sweep-interval:1m}")
	void sweep() {
		recordings.unsealed(100).forEach(this::sealSoon);
	}

	/**
	 * Seals one recording now, on the caller's thread: computes SM3 and SHA-256 of its stored content and records the SM3 —
	 * or the problem. Returns whether it is sealed afterwards.
	 */
	boolean seal(UUID recordingId) throws IOException {
		Recording r = recordings.find(recordingId).orElse(null);
		if (r == null || r.sealed()) {
			return r != null;
		}
		if (r.sealProblem() != null) {
			return false;
		}
		Resource content = recordings.storageKey(recordingId).flatMap(store::open).orElse(null);
		if (content == null) {
			return failed(r, "存储的录像文件缺失，无法计算SM3");
		}
		ContentDigests.Result digests;
		try (InputStream in = content.getInputStream()) {
			digests = ContentDigests.digest(in);
		}
		if (!digests.sha256().equals(r.sha256()) || digests.size() != r.sizeBytes()) {
			return failed(r, "存储的录像文件与入库时不一致（入库SHA-256 " + r.sha256().substring(0, 16) + "…，现为 " + digests.sha256().substring(0, 16)
					+ "…，" + digests.size() + " 字节），未加SM3封存");
		}
		tx.executeWithoutResult(status -> {
			if (recordings.seal(r.id(), digests.sm3(), clock.instant())) {
				audit.record(AuditRecord.of("evidence.recording-sealed", "evidence-recording", r.id(),
						"录像 " + r.number() + " 的SM3（由存储的文件计算，SHA-256 与入库时一致）：" + digests.sm3()));
			}
		});
		return true;
	}

	private boolean failed(Recording r, String problem) {
		log.error("recording {} cannot be sealed: {}", r.number(), problem);
		tx.executeWithoutResult(status -> {
			recordings.sealFailed(r.id(), problem);
			audit.record(AuditRecord.of("evidence.recording-seal-failed", "evidence-recording", r.id(), "录像 " + r.number() + "：" + problem));
		});
		return false;
	}

	private void safely(UUID recordingId) {
		try {
			seal(recordingId);
		}
		catch (IOException | RuntimeException ex) {
			// left unsealed without a problem: the next sweep tries again
			log.warn("sealing recording {} failed, will retry: {}", recordingId, ex.toString());
		}
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}
}
