package org.zhifa.approval;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.intake.CaseKind;
import org.zhifa.organization.UnitKind;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.StaleVersion;

/**
 * The policy table (审批流程配置): which chain of steps each request type takes under which conditions. Data, edited by
 * administrators; every edit inserts a new version and is audited, and submissions keep the version that routed them.
 */
@Service
@Transactional(readOnly = true)
public class ApprovalPolicies {

	private static final String SUBJECT = "approval-policy";
	private static final String COLUMNS = """
			id, version, request_type, name, priority, case_kind, unit_kind, min_amount, max_amount, penalty_kinds, minor_involved,
			major_case, steps, basis, certainty, active, change_reason, changed_at, changed_by""";
	private static final String CURRENT = "SELECT DISTINCT ON (id) " + COLUMNS + " FROM approval_policy";

	private final JdbcClient jdbc;
	private final RequestTypes types;
	private final AuditTrail audit;
	private final Clock clock;

	ApprovalPolicies(JdbcClient jdbc, RequestTypes types, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.types = types;
		this.audit = audit;
		this.clock = clock;
	}

	/** The current version of every policy (retired ones included), by request type and priority. */
	public List<ApprovalPolicy> list() {
		return jdbc.sql("SELECT * FROM (" + CURRENT + " ORDER BY id, version DESC) p ORDER BY "
				+ "(SELECT sort_order FROM approval_request_type t WHERE t.code = p.request_type), priority, name")
			.query(ApprovalPolicies::map).list();
	}

	/** Every version of one policy, newest first. */
	public List<ApprovalPolicy> history(UUID id) {
		List<ApprovalPolicy> versions = jdbc.sql("SELECT " + COLUMNS + " FROM approval_policy WHERE id = :id ORDER BY version DESC")
			.param("id", id).query(ApprovalPolicies::map).list();
		if (versions.isEmpty()) {
			throw new NotFound("审批流程配置", id);
		}
		return versions;
	}

	public ApprovalPolicy get(UUID id) {
		return history(id).getFirst();
	}

	ApprovalPolicy version(UUID id, int version) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM approval_policy WHERE id = :id AND version = :version").param("id", id)
			.param("version", version).query(ApprovalPolicies::map).single();
	}

	/** The policy that routes a request: the first active one, by priority, whose conditions hold. */
	public ApprovalPolicy route(RequestType type, RoutingFacts facts) {
		return jdbc.sql("SELECT * FROM (" + CURRENT + " WHERE request_type = :type ORDER BY id, version DESC) p WHERE active ORDER BY priority, name")
			.param("type", type.code()).query(ApprovalPolicies::map).stream()
			.filter(p -> p.conditions().matches(facts)).findFirst()
			.orElseThrow(() -> new NoPolicyMatches(type, facts));
	}

	@Transactional
	public ApprovalPolicy create(PolicyDraft draft) {
		ApprovalPolicy created = insert(UUID.randomUUID(), 1, check(draft));
		audit.record(AuditRecord.of("approval-policy.created", SUBJECT, created.id(), describe(created)));
		return created;
	}

	/** Writes a new version; {@code expectedVersion} is the version the editor read (409 when someone saved in between). */
	@Transactional
	public ApprovalPolicy revise(UUID id, PolicyDraft draft, int expectedVersion) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:id))").param("id", id.toString()).query((rs, n) -> 1).list();
		ApprovalPolicy current = get(id);
		if (current.version() != expectedVersion) {
			throw new StaleVersion("审批流程配置", id, expectedVersion);
		}
		if (!current.requestType().equals(draft.requestType())) {
			throw new InvalidInput("requestType", "不能改变已有流程配置的呈请事项，请新增一条配置");
		}
		ApprovalPolicy revised = insert(id, current.version() + 1, check(draft));
		audit.record(AuditRecord.of("approval-policy.revised", SUBJECT, id, describe(current) + " → " + describe(revised)
				+ "；修改原因：" + revised.changeReason()));
		return revised;
	}

	private PolicyDraft check(PolicyDraft d) {
		types.get("requestType", d.requestType());
		require("name", "名称", d.name(), 80);
		require("basis", "依据", d.basis(), 300);
		require("changeReason", "修改原因", d.changeReason(), 200);
		if (!Set.of("V", "P", "U").contains(d.certainty())) {
			throw new InvalidInput("certainty", "可信程度只能是 V（已核实）、P（待核实条文）或 U（本局制度/待核实）");
		}
		if (d.priority() < 1 || d.priority() > 9999) {
			throw new InvalidInput("priority", "优先级须在1到9999之间");
		}
		if (d.steps().isEmpty() || d.steps().size() > 8) {
			throw new InvalidInput("steps", "审批环节须有1到8个");
		}
		if (d.steps().stream().anyMatch(s -> !s.inPolicy())) {
			throw new InvalidInput("steps", "“加签审核”只能在审批过程中添加，不能写入流程配置");
		}
		if (new HashSet<>(d.steps()).size() != d.steps().size()) {
			throw new InvalidInput("steps", "同一审批环节不能重复出现");
		}
		PolicyConditions c = d.conditions();
		for (BigDecimal amount : Arrays.asList(c.minAmount(), c.maxAmount())) {
			if (amount != null && (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12)) {
				throw new InvalidInput(amount == c.minAmount() ? "conditions.minAmount" : "conditions.maxAmount", "金额须为不超过12位整数、2位小数的非负数");
			}
		}
		if (c.minAmount() != null && c.maxAmount() != null && c.minAmount().compareTo(c.maxAmount()) > 0) {
			throw new InvalidInput("conditions.maxAmount", "金额上限不能小于下限");
		}
		return d;
	}

	private static void require(String field, String label, @Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput(field, "请填写" + label);
		}
		if (text.strip().length() > max) {
			throw new InvalidInput(field, label + "不能超过" + max + "个字");
		}
	}

	private ApprovalPolicy insert(UUID id, int version, PolicyDraft d) {
		PolicyConditions c = d.conditions();
		Instant now = clock.instant();
		jdbc.sql("INSERT INTO approval_policy (" + COLUMNS + ") VALUES (:id, :version, :type, :name, :priority, :caseKind, :unitKind,"
				+ " :minAmount, :maxAmount, CAST(:penaltyKinds AS text[]), :minor, :major, CAST(:steps AS text[]), :basis, :certainty,"
				+ " :active, :reason, :at, :by)")
			.param("id", id).param("version", version).param("type", d.requestType()).param("name", d.name().strip())
			.param("priority", d.priority()).param("caseKind", c.caseKind() == null ? null : c.caseKind().name())
			.param("unitKind", c.unitKind() == null ? null : c.unitKind().name()).param("minAmount", c.minAmount())
			.param("maxAmount", c.maxAmount())
			.param("penaltyKinds", c.penaltyKinds().isEmpty() ? null : array(c.penaltyKinds().stream().sorted().map(Enum::name).toList()))
			.param("minor", c.minorInvolved()).param("major", c.majorCase())
			.param("steps", array(d.steps().stream().map(Enum::name).toList())).param("basis", d.basis().strip())
			.param("certainty", d.certainty()).param("active", d.active()).param("reason", d.changeReason().strip())
			.param("at", now.atOffset(ZoneOffset.UTC)).param("by", CurrentActor.get().username())
			.update();
		return version(id, version);
	}

	private static String array(List<String> codes) {
		return "{" + String.join(",", codes) + "}";
	}

	private static String describe(ApprovalPolicy p) {
		return p.name() + "（" + p.conditions().describe() + "）：" + p.chain() + (p.active() ? "" : "【停用】") + "，第" + p.version() + "版";
	}

	private static ApprovalPolicy map(ResultSet rs, int row) throws SQLException {
		Set<PenaltyKind> penalties = Optional.ofNullable(rs.getArray("penalty_kinds")).map(ApprovalPolicies::strings).orElse(List.of())
			.stream().map(PenaltyKind::valueOf).collect(java.util.stream.Collectors.toSet());
		PolicyConditions conditions = new PolicyConditions(
				rs.getString("case_kind") == null ? null : CaseKind.valueOf(rs.getString("case_kind")),
				rs.getString("unit_kind") == null ? null : UnitKind.valueOf(rs.getString("unit_kind")),
				rs.getBigDecimal("min_amount"), rs.getBigDecimal("max_amount"), penalties,
				(Boolean) rs.getObject("minor_involved"), (Boolean) rs.getObject("major_case"));
		return new ApprovalPolicy(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("request_type"), rs.getString("name"),
				rs.getInt("priority"), conditions, strings(rs.getArray("steps")).stream().map(StepKind::valueOf).toList(),
				rs.getString("basis"), rs.getString("certainty"), rs.getBoolean("active"), rs.getString("change_reason"),
				rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("changed_by"));
	}

	private static List<String> strings(Array array) {
		try {
			return Arrays.asList((String[]) array.getArray());
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
