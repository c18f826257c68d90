package org.zhifa.cases;

import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhifa.approval.SubmissionApproved;

/**
 * Applies approved requests to their case, inside the approving transaction (so a decision that can no longer take effect
 * rolls the approval back with the reason): an approved 拘传 / 刑事拘留 / 提请批准逮捕 / 取保候审 / 监视居住 (and an
 * administrative 扣押) starts the measure and its clocks at the moment of approval, executed by the officers the request
 * named; 延长提请逮捕期限 extends the running clock; 撤销案件 / 移送审查起诉 / 行政处罚 / 不予处罚 close the case. Other request
 * types (立案 decided at intake, property measures) change nothing here. What each type does is {@link ApprovalRoutes}; the
 * same acts taken directly are refused ({@link ApprovalRequired}).
 */
@Component
class ApprovedDecisions {

	private final CaseManagement management;
	private final Cases cases;
	private final Measures measures;

	ApprovedDecisions(CaseManagement management, Cases cases, Measures measures) {
		this.management = management;
		this.cases = cases;
		this.measures = measures;
	}

	@EventListener
	void on(SubmissionApproved approved) {
		CaseAccess.applyingApprovedDecision(() -> apply(approved));
	}

	private void apply(SubmissionApproved approved) {
		Case c = cases.find(approved.caseId()).orElseThrow();
		String note = "依" + approved.number() + "号呈请批准" + (approved.documentNumber() == null ? "" : "，" + approved.documentNumber());
		Optional<MeasureKind> measure = ApprovalRoutes.measureOf(approved.requestType(), c.kind());
		if (measure.isPresent()) {
			management.startMeasure(c.id(), new NewMeasure(measure.get().onPerson() ? approved.partyId() : null, measure.get(),
					approved.decidedAt(), approved.officerIds(), note), approved.submissionId());
			return;
		}
		Optional<MeasureKind> extended = ApprovalRoutes.extensionOf(approved.requestType());
		if (extended.isPresent()) {
			CoerciveMeasure detention = measures.ofCase(c.id()).stream().filter(m -> m.active() && m.kind() == extended.get()
					&& approved.partyId() != null && approved.partyId().equals(m.partyId())).findFirst()
				.orElseThrow(() -> new MeasureOutOfOrder("延长提请批准逮捕期限须以正在执行的刑事拘留为前提。"));
			management.extend(c.id(), detention.id(), approved.params().get("extensionCode"), note, approved.decidedAt(), detention.version());
			return;
		}
		Optional<Closing> closing = ApprovalRoutes.closingOf(approved.requestType());
		if (closing.isPresent()) {
			management.close(c.id(), closing.get(), note, approved.decidedAt(), c.version());
		}
	}
}
