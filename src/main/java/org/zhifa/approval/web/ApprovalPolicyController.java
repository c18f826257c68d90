package org.zhifa.approval.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.approval.ApprovalPolicies;
import org.zhifa.approval.ApprovalPolicy;
import org.zhifa.approval.PenaltyKind;
import org.zhifa.approval.PolicyConditions;
import org.zhifa.approval.PolicyDraft;
import org.zhifa.approval.StepKind;
import org.zhifa.intake.CaseKind;
import org.zhifa.organization.UnitKind;

/** docs/api.md § Approval policies: anyone who reads approvals reads the table; {@code approval-policy:manage} edits it. */
@RestController
@RequestMapping("/api/approval-policies")
class ApprovalPolicyController {

	private final ApprovalPolicies policies;

	ApprovalPolicyController(ApprovalPolicies policies) {
		this.policies = policies;
	}

	record View(ApprovalPolicy policy, String conditions, String chain) {

		static View of(ApprovalPolicy p) {
			return new View(p, p.conditions().describe(), p.chain());
		}
	}

	record Draft(@NotBlank(message = "请选择呈请事项") String requestType, @NotBlank(message = "请填写名称") @Size(max = 80, message = "不能超过80个字") String name,
			@NotNull(message = "请填写优先级") @Min(value = 1, message = "优先级须在1到9999之间") @Max(value = 9999, message = "优先级须在1到9999之间") Integer priority,
			@Nullable CaseKind caseKind, @Nullable UnitKind unitKind, @Nullable @Min(value = 0, message = "金额不能为负数") BigDecimal minAmount,
			@Nullable @Min(value = 0, message = "金额不能为负数") BigDecimal maxAmount, @Nullable Set<PenaltyKind> penaltyKinds,
			@Nullable Boolean minorInvolved, @Nullable Boolean majorCase,
			@NotEmpty(message = "请至少选择一个审批环节") @Size(max = 8, message = "审批环节不能超过8个") List<StepKind> steps,
			@NotBlank(message = "请填写依据") @Size(max = 300, message = "不能超过300个字") String basis,
			@NotBlank(message = "请选择可信程度") String certainty, @Nullable Boolean active,
			@NotBlank(message = "请填写修改原因") @Size(max = 200, message = "不能超过200个字") String changeReason,
			@Nullable Integer version) {

		PolicyDraft toDraft() {
			return new PolicyDraft(requestType, name, priority, new PolicyConditions(caseKind, unitKind, minAmount, maxAmount,
					penaltyKinds == null ? Set.of() : penaltyKinds, minorInvolved, majorCase), steps, basis, certainty, active == null || active,
					changeReason);
		}
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('approval:read', 'approval-policy:manage')")
	List<View> list() {
		return policies.list().stream().map(View::of).toList();
	}

	@GetMapping("/{id}/versions")
	@PreAuthorize("hasAnyAuthority('approval:read', 'approval-policy:manage')")
	List<View> versions(@PathVariable UUID id) {
		return policies.history(id).stream().map(View::of).toList();
	}

	@PostMapping
	@PreAuthorize("hasAuthority('approval-policy:manage')")
	View create(@Valid @RequestBody Draft draft) {
		return View.of(policies.create(draft.toDraft()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('approval-policy:manage')")
	View revise(@PathVariable UUID id, @Valid @RequestBody Draft draft) {
		if (draft.version() == null) {
			throw new org.zhifa.shared.InvalidInput("version", "缺少版本号");
		}
		return View.of(policies.revise(id, draft.toDraft(), draft.version()));
	}
}
