package org.zhifa.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.internal.AuditEntries.ChainHead;
import org.zhifa.audit.internal.AuditEntries.PendingEntry;
import org.zhifa.audit.internal.AuditEntries.Seal;

/**
 * Seals committed audit entries into the hash chain.
 * <p>
 * Writers only insert unsealed rows, so they never contend for the chain's head; this is the one place
 * that extends the chain. Each batch is one transaction that first takes a PostgreSQL advisory lock (so
 * only one node seals at a time), reads the head, takes up to {@code seal-batch-size} committed unsealed
 * rows in id order, gives them the next sequences with their hashes, and updates them with one statement.
 * Because the lock is taken before the head is read, and released only when the batch commits, the next
 * batch (here or on another node) always continues from the committed head: sequences stay gap-free.
 * <p>
 * It runs every {@code zhifa.audit.seal-interval} and is also woken on its own thread right after each
 * commit that appended entries, then keeps going while it finds work. A commit that lands just as a run
 * finishes waits for the next tick: that interval bounds how long an entry can stay unsealed.
 */
@Component
public class AuditChainSealer {

	private static final Logger log = LoggerFactory.getLogger(AuditChainSealer.class);

	private final AuditEntries entries;
	private final TransactionTemplate batchTransaction;
	private final int batchSize;
	/** one sealing run per process at a time; the advisory lock does the same across processes */
	private final ReentrantLock sealing = new ReentrantLock();
	private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
	private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(
			Thread.ofPlatform().name("audit-sealer").daemon().factory());

	public AuditChainSealer(AuditEntries entries, PlatformTransactionManager transactions, AuditSettings settings) {
		this.entries = entries;
		this.batchTransaction = new TransactionTemplate(transactions);
		this.batchTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.batchSize = settings.sealBatchSize();
	}

	/**
	 * Seals every entry committed before the call, waiting for a sealing run here or on another node to
	 * finish first.
	 *
	 * @return how many entries this call sealed
	 */
	public int sealPending() {
		long upToId = entries.latestId();
		sealing.lock();
		try {
			return sealWhileFound(true, upToId);
		}
		finally {
			sealing.unlock();
		}
	}

	/** The periodic run (same property as {@link AuditSettings#sealInterval()}). */
	@Scheduled(fixedDelayString = "${zhifa.audit.seal-interval:200ms}")
	public void sealOnSchedule() {
		sealIfIdle();
	}

	/** Asks for a run soon on the sealer's thread; cheap and safe to call after every commit. */
	public void wakeUp() {
		if (wakeUpQueued.compareAndSet(false, true)) {
			try {
				wakeUps.execute(() -> {
					wakeUpQueued.set(false);
					sealIfIdle();
				});
			}
			catch (RejectedExecutionException shuttingDown) {
				// the application is stopping; whatever is pending is sealed by the next start
				wakeUpQueued.set(false);
			}
		}
	}

	/** Runs unless a run is already going on in this process, which will see the same work. */
	int sealIfIdle() {
		if (!sealing.tryLock()) {
			return 0;
		}
		try {
			return sealWhileFound(false, Long.MAX_VALUE);
		}
		catch (RuntimeException e) {
			// a background run has nobody to report to: the failed batch rolled back, the next run retries
			log.warn("审计日志封存失败，将在下次运行时重试: {}", e.toString());
			return 0;
		}
		finally {
			sealing.unlock();
		}
	}

	private int sealWhileFound(boolean waitForLock, long upToId) {
		int total = 0;
		int sealed;
		do {
			sealed = batchTransaction.execute(status -> sealBatch(waitForLock, upToId));
			total += sealed;
		}
		while (sealed > 0);
		return total;
	}

	private int sealBatch(boolean waitForLock, long upToId) {
		if (!entries.lockForSealing(waitForLock)) {
			return 0; // another node is sealing; it will take these entries too
		}
		List<PendingEntry> pending = entries.pending(batchSize, upToId);
		if (pending.isEmpty()) {
			return 0;
		}
		ChainHead head = entries.head();
		long sequence = head.sequence();
		String previousHash = head.hash();
		List<Seal> seals = new ArrayList<>(pending.size());
		for (PendingEntry entry : pending) {
			sequence++;
			String hash = ChainHash.of(previousHash, sequence, entry.content());
			seals.add(new Seal(entry.id(), sequence, previousHash, hash));
			previousHash = hash;
		}
		entries.seal(seals);
		return seals.size();
	}

	/** Stops taking wake-ups when the application shuts down. */
	@PreDestroy
	public void shutdown() {
		wakeUps.shutdown();
	}
}
