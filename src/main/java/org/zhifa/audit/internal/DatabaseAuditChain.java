package org.zhifa.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhifa.audit.AuditChain;
import org.zhifa.audit.AuditEntry;
import org.zhifa.audit.AuditFilter;
import org.zhifa.audit.ChainVerification;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.Visibility;

/** Lists, seals and verifies the chain stored in {@code audit_entry}. */
@Component
public class DatabaseAuditChain implements AuditChain {

	private final AuditEntries entries;
	private final AuditChainSealer sealer;
	private final Clock clock;
	private final int pageSize;

	public DatabaseAuditChain(AuditEntries entries, AuditChainSealer sealer, Clock clock, AuditSettings settings) {
		this.entries = entries;
		this.sealer = sealer;
		this.clock = clock;
		this.pageSize = settings.verifyPageSize();
	}

	@Override
	public PageResult<AuditEntry> entries(AuditFilter filter, Visibility visibility, PageRequest page) {
		return entries.find(filter, visibility, page);
	}

	@Override
	public ChainVerification verify() {
		return walk().toVerification();
	}

	@Override
	public int sealPending() {
		return sealer.sealPending();
	}

	/**
	 * Walks the sealed chain as it stands now, page by page in sequence order (keyset on the unique
	 * sequence index), holding one page at a time. Entries sealed during the walk are left to the next one.
	 */
	public ChainWalk walk() {
		Instant at = clock.instant();
		long pending = entries.countPending();
		long head = entries.head().sequence();
		var verifier = new ChainVerifier();
		long after = 0;
		while (after < head) {
			List<SealedEntry> page = entries.sealed(after, head, pageSize);
			for (SealedEntry link : page) {
				Optional<ChainBreak> broken = verifier.check(link);
				if (broken.isPresent()) {
					return new ChainWalk(verifier.intact(), pending, broken.get(), at);
				}
			}
			after = page.getLast().sequence();
		}
		return new ChainWalk(verifier.intact(), pending, null, at);
	}
}
