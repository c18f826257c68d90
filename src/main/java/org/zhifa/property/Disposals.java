package org.zhifa.property;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.approval.SubmissionApproved;
import org.zhifa.shared.InvalidInput;

/**
 * 处置 through the approval module: a case officer asks for it as a {@code PROPERTY_DISPOSAL} (or {@code EARLY_RETURN},
 * 先行返还) request on the case, naming the items ({@code itemIds}, comma-separated) and, for a disposal, the
 * {@code method} ({@link DisposalMethod}); the policy table routes it (法制员 → 所长 → 局领导). The final approval is applied
 * here, synchronously in the approving transaction like cases' decisions: every item must belong to the case and be kept
 * or registered by the custodian (not out on loan, not gone) — otherwise the approval rolls back with the reason. Each
 * item leaves the store as DISPOSED, with the approval's number as the document of its chain event.
 */
@Component
class Disposals {

	static final String DISPOSAL = "PROPERTY_DISPOSAL";
	static final String EARLY_RETURN = "EARLY_RETURN";

	private final PropertyItems items;
	private final PropertyAccess access;
	private final JdbcClient jdbc;

	Disposals(PropertyItems items, PropertyAccess access, JdbcClient jdbc) {
		this.items = items;
		this.access = access;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(SubmissionApproved approved) {
		if (!covers(approved.requestType())) {
			return;
		}
		DisposalMethod method = EARLY_RETURN.equals(approved.requestType()) ? DisposalMethod.RETURN_TO_OWNER : method(approved.params().get("method"));
		String document = approved.documentNumber() != null ? approved.documentNumber() : "审批 " + approved.number();
		var now = access.now();
		for (UUID id : itemIds(approved.params().get("itemIds"))) {
			PropertyItem item = items.findForUpdate(id).filter(i -> i.caseId().equals(approved.caseId()))
				.orElseThrow(() -> new InvalidInput("itemIds", "涉案财物不属于本案：" + id));
			PropertyItem disposed = item.dispose();
			jdbc.sql("""
					INSERT INTO property_disposal (item_id, method, submission_id, submission_number, approved_by, disposed_at)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(item.id(), method.name(), approved.submissionId(), approved.number(), approved.approvedBy(), PropertyItems.offset(now)).update();
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("method", method.label());
			details.put("submission", approved.number());
			details.put("approvedBy", approved.approvedBy().toString());
			access.write(item, disposed, "disposed", now, null, document, method.label() + "（经审批 " + approved.number() + "）", details);
		}
	}

	/** Whether a request of this type disposes of items. */
	static boolean covers(String requestType) {
		return DISPOSAL.equals(requestType) || EARLY_RETURN.equals(requestType);
	}

	/** The items a request names: {@code itemIds} as comma-separated ids, at least one. */
	static List<UUID> itemIds(String value) {
		Set<UUID> ids = new LinkedHashSet<>();
		for (String part : value == null ? new String[0] : value.split(",")) {
			if (!part.isBlank()) {
				try {
					ids.add(UUID.fromString(part.strip()));
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidInput("itemIds", "涉案财物编号无效：" + part.strip());
				}
			}
		}
		if (ids.isEmpty()) {
			throw new InvalidInput("itemIds", "请选择要处置的涉案财物");
		}
		return new ArrayList<>(ids);
	}

	static DisposalMethod method(String value) {
		try {
			return DisposalMethod.valueOf(value == null ? "" : value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("method", "请选择处置方式（返还、没收、销毁、拍卖、先行变卖）");
		}
	}
}
