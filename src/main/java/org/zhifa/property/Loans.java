package org.zhifa.property;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.officer.OfficerSummary;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.StaleVersion;

/**
 * 调用 and 归还 (涉案财物管理规定 art 11): a case officer asks to take an item in the store out for 讯问/鉴定/辨认/检验 until a
 * date; the 办案部门负责人 of the case's unit approves (not his own request); the custodian hands it out — only from the
 * store — and takes it back with a condition check (any damage or shortfall recorded). Each act is a chain event of the
 * item, with the approver and the times.
 */
@Service
@Transactional(readOnly = true)
public class Loans {

	private final LoanRecords loans;
	private final PropertyAccess access;
	private final Stores stores;
	private final OfficerDirectory officers;

	Loans(LoanRecords loans, PropertyAccess access, Stores stores, OfficerDirectory officers) {
		this.loans = loans;
		this.access = access;
		this.stores = stores;
		this.officers = officers;
	}

	@Transactional
	public Loan request(UUID itemId, long version, LoanPurpose purpose, String reason, UUID borrowerId, Instant dueBackAt) {
		PropertyItem item = access.lock(itemId, version, PropertyAccess.REGISTER);
		if (item.status() != ItemStatus.IN_STORE) {
			throw new ItemInWrongState(item, "申请调用（只有在库的财物可以调用）");
		}
		String why = Registration.required("reason", reason, 200, "请填写调用事由");
		OfficerSummary borrower = officers.find(borrowerId).filter(OfficerSummary::active)
			.orElseThrow(() -> new InvalidInput("borrowerId", "民警不存在或已不在岗：" + borrowerId));
		Instant now = access.now();
		if (!dueBackAt.isAfter(now)) {
			throw new InvalidInput("dueBackAt", "归还期限须晚于当前时间");
		}
		Loan loan = new Loan(UUID.randomUUID(), item.id(), purpose, why, borrower.id(), dueBackAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS),
				now, access.officer(), LoanStatus.REQUESTED, null, null, null, null, null, null, null, null, 0);
		if (!loans.insert(loan)) {
			throw new ItemInWrongState(item, "再次申请调用（已有未完成的调用申请）");
		}
		Map<String, Object> details = details(loan);
		details.put("borrower", borrower.name());
		details.put("dueBackAt", loan.dueBackAt().toString());
		access.write(item, item.touched(), "loan-requested", now, null, null,
				"申请调用（" + purpose.label() + "），借用人 " + borrower.name() + "，" + Labels.beijing(loan.dueBackAt()) + " 前归还", details);
		return loan;
	}

	@Transactional
	public Loan approve(UUID loanId, long version) {
		Loan loan = read(loanId, version);
		PropertyItem item = access.lock(loan.itemId(), null, PropertyAccess.APPROVE);
		UUID me = access.officer();
		if (loan.requestedBy().equals(me) || loan.borrowerId().equals(me)) {
			throw new HandlerCannotKeep("不能审批自己申请或借用的调用");
		}
		Instant now = access.now();
		Loan approved = loan.approve(me, now);
		loans.update(approved);
		access.write(item, item.touched(), "loan-approved", now, null, null, "批准调用（" + loan.purpose().label() + "）", details(approved));
		return approved;
	}

	@Transactional
	public Loan handOut(UUID loanId, long version) {
		Loan loan = read(loanId, version);
		PropertyItem item = access.lock(loan.itemId(), null, PropertyAccess.CUSTODY);
		Loan out = loan.handOut(access.officer(), access.now());
		PropertyItem lent = item.lendOut();
		loans.update(out);
		String from = item.locationId() == null ? null : stores.describe(item.locationId());
		access.write(item, lent, "checked-out", out.outAt(), from, null, "出库调用（" + loan.purpose().label() + "），借用人 "
				+ officerName(loan.borrowerId()) + "，" + Labels.beijing(loan.dueBackAt()) + " 前归还", details(out));
		return out;
	}

	/** 归还: the custodian checks the item's condition and puts it back where it was, or at {@code locationId}. */
	@Transactional
	public Loan giveBack(UUID loanId, long version, boolean conditionOk, @Nullable String conditionNote, @Nullable UUID locationId) {
		Loan loan = read(loanId, version);
		PropertyItem item = access.lock(loan.itemId(), null, PropertyAccess.CUSTODY);
		String note = Registration.optional("conditionNote", conditionNote, 500);
		if (!conditionOk && note == null) {
			throw new InvalidInput("conditionNote", "财物有损坏或短少时须写明情况");
		}
		UUID target = locationId != null ? locationId : item.locationId();
		if (target == null) {
			throw new InvalidInput("locationId", "请选择存放位置");
		}
		StoreLocation location = stores.location("locationId", target);
		Instant now = access.now();
		Loan back = loan.giveBack(access.officer(), now, conditionOk, note);
		PropertyItem in = item.backInStore(location.storeId(), location.id());
		loans.update(back);
		Map<String, Object> details = details(back);
		details.put("conditionOk", conditionOk);
		details.put("conditionNote", note);
		details.put("late", now.isAfter(loan.dueBackAt()));
		access.write(item, in, "returned", now, stores.describe(location), null,
				"调用归还，" + (conditionOk ? "查验完好" : "查验发现：" + note) + (now.isAfter(loan.dueBackAt()) ? "（逾期归还）" : ""), details);
		return back;
	}

	private Loan read(UUID loanId, long version) {
		Loan loan = loans.find(loanId).filter(l -> access.reading().coversUnit(access.read(l.itemId()).unitId()))
			.orElseThrow(() -> new NotFound("调用申请", loanId));
		if (loan.version() != version) {
			throw new StaleVersion("调用申请", loanId, version);
		}
		return loan;
	}

	private String officerName(UUID id) {
		return officers.find(id).map(OfficerSummary::name).orElse(id.toString());
	}

	private static Map<String, Object> details(Loan l) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("loan", l.id().toString());
		d.put("purpose", l.purpose().label());
		d.put("status", l.status().label());
		return d;
	}
}
