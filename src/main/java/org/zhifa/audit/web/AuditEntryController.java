package org.zhifa.audit.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.audit.AuditChain;
import org.zhifa.audit.AuditEntry;
import org.zhifa.audit.AuditFilter;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.audit.ChainVerification;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.Visibilities;

/** 审计日志: list the trail within the caller's data scope, and verify the hash chain. */
@RestController
@RequestMapping("/api/audit-entries")
class AuditEntryController {

	private final AuditChain chain;
	private final AuditTrail trail;
	private final Visibilities visibilities;

	AuditEntryController(AuditChain chain, AuditTrail trail, Visibilities visibilities) {
		this.chain = chain;
		this.trail = trail;
		this.visibilities = visibilities;
	}

	/** Newest first; {@code from} and {@code to} are ISO-8601 instants, both inclusive. */
	@GetMapping
	@PreAuthorize("hasAuthority('audit:read')")
	PageResult<AuditEntry> list(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String subjectType,
			@RequestParam(required = false) @Nullable String subjectId,
			@RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		var filter = new AuditFilter(actor, action, subjectType, subjectId, from, to);
		return chain.entries(filter, visibilities.current("audit:read"), PageRequest.of(page, size));
	}

	/** Re-walks the chain; the verification is itself recorded, whatever its outcome. */
	@PostMapping("/verification")
	@PreAuthorize("hasAuthority('audit:verify')")
	ChainVerification verify() {
		ChainVerification result = chain.verify();
		String outcome = result.valid() ? "哈希链校验通过" : "哈希链校验未通过：" + result.reason();
		trail.record(AuditRecord.of("audit.verified", "audit-chain", result.checkedEntries(),
				outcome + "；已校验 " + result.checkedEntries() + " 条，待封存 " + result.pendingEntries() + " 条"));
		return result;
	}
}
