package org.zhifa.audit.internal;

/**
 * Where and how the hash chain breaks.
 *
 * @param sequence the first sequence that cannot be trusted
 */
public record ChainBreak(Kind kind, long sequence) {

	public enum Kind {
		/** the entry's content (or its stored hash) was changed: recomputing gives another hash */
		CONTENT_ALTERED,
		/** the entry's previous hash is not its predecessor's hash: an entry was replaced or re-hashed */
		LINK_BROKEN,
		/** no entry carries this sequence: an entry was removed */
		SEQUENCE_MISSING,
		/** two entries carry this sequence */
		SEQUENCE_DUPLICATED
	}

	/** The zh-CN reason shown to users. */
	public String reason() {
		return switch (kind) {
			case CONTENT_ALTERED -> "第 " + sequence + " 条记录内容与哈希不符";
			case LINK_BROKEN -> sequence == 1 ? "第 1 条的前序哈希不是创世哈希"
					: "第 " + sequence + " 条的前序哈希与第 " + (sequence - 1) + " 条不一致";
			case SEQUENCE_MISSING -> "序号 " + sequence + " 缺失";
			case SEQUENCE_DUPLICATED -> "序号 " + sequence + " 重复";
		};
	}

	/** The same in English, for the command-line report. */
	public String reasonInEnglish() {
		return switch (kind) {
			case CONTENT_ALTERED -> "entry " + sequence + ": content does not match its hash";
			case LINK_BROKEN -> sequence == 1 ? "entry 1: previous hash is not the genesis hash"
					: "entry " + sequence + ": previous hash does not match entry " + (sequence - 1);
			case SEQUENCE_MISSING -> "sequence " + sequence + " is missing";
			case SEQUENCE_DUPLICATED -> "sequence " + sequence + " occurs more than once";
		};
	}
}
