package org.zhifa.property;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.zhifa.approval.RequestCheck;
import org.zhifa.approval.SubjectFacts;
import org.zhifa.approval.Submission;
import org.zhifa.shared.InvalidInput;

/**
 * Refuses a {@code PROPERTY_DISPOSAL} or {@code EARLY_RETURN} request at submission (and resubmission) when it could not
 * be applied: an item id that does not parse or is not of the case (400, {@code itemIds}), an item the custodian does not
 * keep or hold registered now — on loan, not handed over yet, disposed of or transferred away — or one another open
 * request already names (409, {@code itemIds}), a disposal without a valid method (400, {@code method}). {@link Disposals}
 * checks the items again on the final approval, since their state can change while the request is reviewed.
 */
@Component
class DisposalRequestCheck implements RequestCheck {

	private final PropertyItems items;

	DisposalRequestCheck(PropertyItems items) {
		this.items = items;
	}

	@Override
	public boolean covers(String requestType) {
		return Disposals.covers(requestType);
	}

	@Override
	public void check(String requestType, SubjectFacts subject, Map<String, String> params, List<Submission> openOnCase) {
		List<UUID> ids = Disposals.itemIds(params.get("itemIds"));
		if (Disposals.DISPOSAL.equals(requestType)) {
			Disposals.method(params.get("method"));
		}
		for (UUID id : ids) {
			PropertyItem item = items.find(id).filter(i -> i.caseId().equals(subject.caseId()))
				.orElseThrow(() -> new InvalidInput("itemIds", "涉案财物不属于本案：" + id));
			if (!item.disposable()) {
				throw new ItemNotDisposable("财物 " + item.code() + "（" + item.description() + "）当前状态为" + item.status().label()
						+ "，不能申请处置（须在库保管或已登记保管，且未被调用）");
			}
			for (Submission open : openOnCase) {
				if (Disposals.covers(open.requestType()) && names(open, id)) {
					throw new ItemNotDisposable("财物 " + item.code() + "（" + item.description() + "）已在呈请 " + open.number() + "（" + open.title()
							+ "）中申请处置，该呈请办结前不能再次申请");
				}
			}
		}
	}

	private static boolean names(Submission open, UUID id) {
		try {
			return Disposals.itemIds(open.params().get("itemIds")).contains(id);
		}
		catch (InvalidInput unreadable) {
			return false;
		}
	}
}
