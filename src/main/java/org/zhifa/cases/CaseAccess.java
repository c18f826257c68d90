package org.zhifa.cases;


import org.springframework.stereotype.Component;
import org.zhifa.shared.OutOfScope;
import org.zhifa.shared.Visibilities;
import org.zhifa.shared.Visibility;

/**
 * The data scope on cases: {@code case:read} decides what the caller sees (else: not found), {@code case:manage} what
 * he or she may change (else: 403). Scope OWN means the cases the officer handles.
 */
@Component
class CaseAccess {

	static final String READ = "case:read";

	private final Visibilities visibilities;

	CaseAccess(Visibilities visibilities) {
		this.visibilities = visibilities;
	}

	/** Set while an approved request is applied: the approval chain has authorized the change, not the approver's case scope. */
	private static final ThreadLocal<Boolean> APPROVED_DECISION = ThreadLocal.withInitial(() -> false);

	/** Runs {@code work} as the application of an approved request (see {@link ApprovedDecisions}). */
	static void applyingApprovedDecision(Runnable work) {
		APPROVED_DECISION.set(true);
		try {
			work.run();
		}
		finally {
			APPROVED_DECISION.remove();
		}
	}

	/** Whether an approved request is being applied right now (the only way to take the acts {@link ApprovalRoutes} lists). */
	static boolean applyingApprovedDecision() {
		return APPROVED_DECISION.get();
	}

	Visibility reading() {
		return visibilities.current(READ);
	}

	boolean canRead(Case c) {
		return APPROVED_DECISION.get() || covers(visibilities.current(READ), c);
	}

	Case requireManageable(Case c) {
		if (!APPROVED_DECISION.get() && !covers(visibilities.current(CaseManagement.MANAGE), c)) {
			throw new OutOfScope("案件 " + c.number());
		}
		return c;
	}

	static boolean covers(Visibility v, Case c) {
		return switch (v.scope()) {
			case ALL -> true;
			case OWN -> v.officerId() != null && c.officerIds().contains(v.officerId());
			case UNIT, UNIT_AND_BELOW -> v.unitIds().contains(c.unitId());
		};
	}

}
