package org.zhifa.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ChainVerifierTest {

	@Test
	void intactChainHasNoBreakAndCountsEveryLink() {
		List<SealedEntry> chain = chainOf(20);

		assertThat(firstBreak(chain)).isEmpty();
		assertThat(verifiedCount(chain)).isEqualTo(20);
	}

	@Test
	void emptyChainIsIntact() {
		assertThat(firstBreak(List.of())).isEmpty();
	}

	@Test
	void editedContentBreaksTheChainExactlyAtThatEntry() {
		List<SealedEntry> chain = new ArrayList<>(chainOf(20));
		SealedEntry original = chain.get(16);
		chain.set(16, new SealedEntry(17, ChainHashTest.withSummary("被篡改的摘要"), original.previousHash(), original.hash()));

		ChainBreak broken = firstBreak(chain).orElseThrow();

		assertThat(broken).isEqualTo(new ChainBreak(ChainBreak.Kind.CONTENT_ALTERED, 17));
		assertThat(broken.reason()).isEqualTo("第 17 条记录内容与哈希不符");
		assertThat(verifiedCount(chain)).isEqualTo(16);
	}

	@Test
	void editedAndRehashedEntryBreaksTheLinkOfTheNextEntry() {
		List<SealedEntry> chain = new ArrayList<>(chainOf(20));
		SealedEntry original = chain.get(16);
		EntryContent forged = ChainHashTest.withSummary("被篡改的摘要");
		chain.set(16, new SealedEntry(17, forged, original.previousHash(), ChainHash.of(original.previousHash(), 17, forged)));

		ChainBreak broken = firstBreak(chain).orElseThrow();

		assertThat(broken).isEqualTo(new ChainBreak(ChainBreak.Kind.LINK_BROKEN, 18));
		assertThat(broken.reason()).isEqualTo("第 18 条的前序哈希与第 17 条不一致");
	}

	@Test
	void firstEntryMustFollowTheGenesisHash() {
		List<SealedEntry> chain = new ArrayList<>(chainOf(3));
		SealedEntry first = chain.getFirst();
		String forgedPrevious = "f".repeat(64);
		chain.set(0, new SealedEntry(1, first.content(), forgedPrevious, ChainHash.of(forgedPrevious, 1, first.content())));

		assertThat(firstBreak(chain)).contains(new ChainBreak(ChainBreak.Kind.LINK_BROKEN, 1));
		assertThat(firstBreak(chain).orElseThrow().reason()).isEqualTo("第 1 条的前序哈希不是创世哈希");
	}

	@Test
	void removedEntryIsReportedAsAMissingSequence() {
		List<SealedEntry> chain = new ArrayList<>(chainOf(25));
		chain.remove(19);

		ChainBreak broken = firstBreak(chain).orElseThrow();

		assertThat(broken).isEqualTo(new ChainBreak(ChainBreak.Kind.SEQUENCE_MISSING, 20));
		assertThat(broken.reason()).isEqualTo("序号 20 缺失");
	}

	@Test
	void removedFirstEntryIsReportedAsSequenceOneMissing() {
		List<SealedEntry> chain = new ArrayList<>(chainOf(3));
		chain.removeFirst();

		assertThat(firstBreak(chain)).contains(new ChainBreak(ChainBreak.Kind.SEQUENCE_MISSING, 1));
	}

	@Test
	void repeatedSequenceIsReportedAsDuplicate() {
		List<SealedEntry> chain = new ArrayList<>(chainOf(5));
		chain.add(3, chain.get(2));

		assertThat(firstBreak(chain)).contains(new ChainBreak(ChainBreak.Kind.SEQUENCE_DUPLICATED, 3));
	}

	/** A correctly sealed chain of n entries, as the sealer builds it. */
	static List<SealedEntry> chainOf(int n) {
		List<SealedEntry> chain = new ArrayList<>();
		String previous = ChainHash.GENESIS;
		for (long sequence = 1; sequence <= n; sequence++) {
			EntryContent content = new EntryContent(Instant.parse("2025-03-01T00:00:00Z").plusSeconds(sequence), null,
					"system", "系统", null, null, "case.updated", "case", Long.toString(sequence), "第 " + sequence + " 次修改");
			String hash = ChainHash.of(previous, sequence, content);
			chain.add(new SealedEntry(sequence, content, previous, hash));
			previous = hash;
		}
		return chain;
	}

	private static Optional<ChainBreak> firstBreak(List<SealedEntry> chain) {
		var verifier = new ChainVerifier();
		for (SealedEntry link : chain) {
			Optional<ChainBreak> broken = verifier.check(link);
			if (broken.isPresent()) {
				return broken;
			}
		}
		return Optional.empty();
	}

	private static long verifiedCount(List<SealedEntry> chain) {
		var verifier = new ChainVerifier();
		for (SealedEntry link : chain) {
			if (verifier.check(link).isPresent()) {
				break;
			}
		}
		return verifier.intact();
	}
}
