package org.zhifa.property;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.shared.InvalidInput;

/**
 * 到期复核 of an item still kept: its review date is the registration plus {@code zhifa.property.review-interval}
 * (bureau policy, default 90 days) until the officer extends the keeping with a reason — the next date is then one interval
 * from the extension, a custody-chain event {@code review-extended}. The other answer to a review is a disposal request
 * (审核审批 → {@code PROPERTY_DISPOSAL}). Items transferred or disposed of are not reviewed.
 */
@Service
@Transactional(readOnly = true)
public class Reviews {

	private final PropertyAccess access;
	private final JdbcClient jdbc;
	private final Duration interval;

	Reviews(PropertyAccess access, JdbcClient jdbc, @Value("${zhifa.property.review-interval:90d}") Duration interval) {
		this.access = access;
		this.jdbc = jdbc;
		this.interval = interval;
	}

	Duration interval() {
		return interval;
	}

	/** When the item is due for review. */
	public Instant dueAt(PropertyItem item) {
		return jdbc.sql("SELECT due_at FROM property_review WHERE item_id = ?").param(item.id()).query(java.time.OffsetDateTime.class).optional()
			.map(java.time.OffsetDateTime::toInstant).orElse(item.registeredAt().plus(interval));
	}

	/** Extends the keeping of the item: the next review one interval from now, with the reason, on the item's chain. */
	@Transactional
	public PropertyItem extend(UUID itemId, long version, @Nullable String reason) {
		PropertyItem i = access.lock(itemId, version, PropertyAccess.REGISTER);
		if (i.status() == ItemStatus.TRANSFERRED || i.status() == ItemStatus.DISPOSED) {
			throw new ItemInWrongState(i, "延期复核");
		}
		if (reason == null || reason.isBlank() || reason.strip().length() > 300) {
			throw new InvalidInput("reason", "请写明继续保管的理由（300字以内）");
		}
		Instant now = access.now();
		Instant before = dueAt(i);
		Instant next = now.plus(interval);
		jdbc.sql("""
				INSERT INTO property_review (item_id, due_at, extensions, updated_at) VALUES (:item, :due, 1, :now)
				ON CONFLICT (item_id) DO UPDATE SET due_at = :due, extensions = property_review.extensions + 1, updated_at = :now""")
			.param("item", itemId).param("due", PropertyItems.offset(next)).param("now", PropertyItems.offset(now)).update();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("reason", reason.strip());
		details.put("previousDueAt", before.toString());
		details.put("nextDueAt", next.toString());
		return access.write(i, i, "review-extended", now, null, null, "延期复核：" + reason.strip() + "，下次复核 " + Labels.beijing(next), details);
	}
}
