package org.zhifa.property;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The export of one item's or one case's custody chains — everything a receiver needs to verify them without the
 * server ({@link #verify}, {@code ./zhifa verify-chain file.json}); the format is described in docs/property-chain.md.
 *
 * @param format always {@value ChainEvent#FORMAT}
 * @param caseLabel the case, when a whole case was exported
 */
public record ChainExport(String format, Instant exportedAt, String exportedBy, @Nullable String caseLabel, List<Item> items) {

	public ChainExport {
		items = List.copyOf(items);
	}

	/**
	 * One item's chain and the head the item records.
	 *
	 * @param length how many events the chain has
	 * @param head the hash of the last event
	 */
	public record Item(String code, String description, String caseLabel, int length, String head, List<ChainEvent> events) {

		public Item {
			events = List.copyOf(events);
		}
	}

	/** Re-walks every item's chain in the export; an export of an unknown format fails every item. */
	public List<ChainCheck> verify() {
		if (!ChainEvent.FORMAT.equals(format)) {
			return items.stream().map(i -> new ChainCheck(i.code(), false, 0, 1, "不支持的导出格式：" + format)).toList();
		}
		return items.stream().map(i -> ChainCheck.walk(i.code(), i.events(), i.length(), i.head())).toList();
	}
}
