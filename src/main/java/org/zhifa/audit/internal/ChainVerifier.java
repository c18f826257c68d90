package org.zhifa.audit.internal;

import java.util.Optional;

/**
 * Walks a chain link by link in sequence order and finds the first break. It keeps only the previous
 * link's hash, so a chain of any length is verified in constant memory: feed it page by page.
 * <p>
 * Checks for each link, in this order: the sequence is the next one (else a sequence is missing or
 * duplicated), its previous hash is the predecessor's hash (genesis for sequence 1), and its hash
 * recomputes from its content. Changing one entry's content therefore breaks exactly at that entry;
 * re-hashing the changed entry moves the break to the next entry's link.
 * <p>
 * What a chain alone cannot show is the loss of its newest entries; the database trigger refuses deletes,
 * and an exported head hash (sequence and hash) is what proves the tail later.
 */
public final class ChainVerifier {

	private long expectedSequence = 1;
	private String previousHash = ChainHash.GENESIS;
	private long intact;

	/** Checks the next link; once a break has been reported the walk should stop. */
	public Optional<ChainBreak> check(SealedEntry link) {
		if (link.sequence() != expectedSequence) {
			return Optional.of(link.sequence() > expectedSequence
					? new ChainBreak(ChainBreak.Kind.SEQUENCE_MISSING, expectedSequence)
					: new ChainBreak(ChainBreak.Kind.SEQUENCE_DUPLICATED, link.sequence()));
		}
		if (!link.previousHash().equals(previousHash)) {
			return Optional.of(new ChainBreak(ChainBreak.Kind.LINK_BROKEN, link.sequence()));
		}
		if (!ChainHash.of(link.previousHash(), link.sequence(), link.content()).equals(link.hash())) {
			return Optional.of(new ChainBreak(ChainBreak.Kind.CONTENT_ALTERED, link.sequence()));
		}
		previousHash = link.hash();
		expectedSequence++;
		intact++;
		return Optional.empty();
	}

	/** How many links were found intact so far. */
	public long intact() {
		return intact;
	}
}
