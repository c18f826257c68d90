package org.zhifa.property;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zhifa.audit.Sm3Chain;

/**
 * The outcome of re-walking one item's custody chain: every event in sequence from 1, each linked to the hash before it
 * and recomputing to its own hash, ending at the head the item records (so a removed last event shows too).
 *
 * @param checkedEvents events found intact before the first break
 * @param firstBadSeq the first sequence number at which the chain breaks; {@code null} when valid
 * @param reason zh-CN explanation of the break
 */
public record ChainCheck(String itemCode, boolean valid, int checkedEvents, @Nullable Integer firstBadSeq, @Nullable String reason) {

	/**
	 * Walks the events in the order given against the recorded head ({@code length} events ending in {@code head}).
	 */
	public static ChainCheck walk(String itemCode, List<ChainEvent> events, int length, String head) {
		String prev = Sm3Chain.GENESIS;
		for (int i = 0; i < events.size(); i++) {
			ChainEvent e = events.get(i);
			int expected = i + 1;
			if (e.seq() != expected) {
				return broken(itemCode, i, expected, "第 " + expected + " 条流转记录缺失或顺序被改动（此处为第 " + e.seq() + " 条）");
			}
			if (!itemCode.equals(e.itemCode())) {
				return broken(itemCode, i, expected, "第 " + expected + " 条流转记录不属于财物 " + itemCode);
			}
			if (!prev.equals(e.prevHash())) {
				return broken(itemCode, i, expected, "第 " + expected + " 条流转记录与前一条的哈希不相连");
			}
			if (!e.computedHash().equals(e.hash())) {
				return broken(itemCode, i, expected, "第 " + expected + " 条流转记录内容与哈希不符");
			}
			prev = e.hash();
		}
		if (events.size() < length) {
			return broken(itemCode, events.size(), events.size() + 1, "第 " + (events.size() + 1) + " 条及以后的流转记录缺失（应有 " + length + " 条）");
		}
		if (events.size() > length) {
			return broken(itemCode, length, length + 1, "第 " + (length + 1) + " 条起的流转记录不在财物记录的链尾之内（应有 " + length + " 条）");
		}
		if (!prev.equals(head)) {
			return broken(itemCode, length - 1, length, "第 " + length + " 条流转记录的哈希与财物记录的链尾不符");
		}
		return new ChainCheck(itemCode, true, events.size(), null, null);
	}

	private static ChainCheck broken(String itemCode, int checked, int seq, String reason) {
		return new ChainCheck(itemCode, false, checked, seq, reason);
	}
}
