package org.zhifa.property;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.officer.OfficerSummary;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Visibility;

/** Reading items, their chains and the alarms, within the caller's {@code property:read} scope; exports are audited. */
@Service
@Transactional(readOnly = true)
public class PropertyQueries {

	/** How long before its end a measure's period raises {@link PropertyAlarm.Kind#MEASURE_ENDING}. */
	static final Duration MEASURE_WARNING = Duration.ofDays(3);

	private final PropertyItems items;
	private final LoanRecords loans;
	private final CustodyChain chain;
	private final PropertyAccess access;
	private final Stores stores;
	private final OfficerDirectory officers;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final PropertyAlarmConditions conditions;

	PropertyQueries(PropertyItems items, LoanRecords loans, CustodyChain chain, PropertyAccess access, Stores stores, OfficerDirectory officers,
			AuditTrail audit, JdbcClient jdbc, PropertyAlarmConditions conditions) {
		this.conditions = conditions;
		this.items = items;
		this.loans = loans;
		this.chain = chain;
		this.access = access;
		this.stores = stores;
		this.officers = officers;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	public List<PropertyItem> ofCase(UUID caseId) {
		return items.ofCase(caseId, access.reading());
	}

	public PropertyItem byCode(String code) {
		return access.readByCode(code);
	}

	public ItemDetails details(UUID id) {
		PropertyItem item = access.read(id);
		Instant now = access.now();
		List<ItemDetails.LoanView> views = loans.ofItem(id).stream()
			.map(l -> new ItemDetails.LoanView(l, name(l.borrowerId()), name(l.requestedBy()), l.approvedBy() == null ? null : name(l.approvedBy()),
					l.overdueAt(now)))
			.toList();
		List<ChainEvent> events = chain.of(id);
		return new ItemDetails(item, location(item), name(item.registeredBy()), item.checkedInBy() == null ? null : name(item.checkedInBy()), views,
				events, ChainCheck.walk(item.code(), events, item.chainLength(), item.chainHead()));
	}

	/** Re-walks the item's chain; the verification is audited. */
	@Transactional
	public ChainCheck verify(UUID id) {
		PropertyItem item = access.read(id);
		ChainCheck check = chain.verify(item);
		audit.record(AuditRecord.of("property.chain-verified", PropertyAccess.SUBJECT, item.id(), item.code() + "：流转记录校验"
				+ (check.valid() ? "通过（" + check.checkedEvents() + " 条）" : "未通过，" + check.reason())));
		return check;
	}

	@Transactional
	public ChainExport exportItem(UUID id) {
		PropertyItem item = access.read(id);
		audit.record(AuditRecord.of("property.chain-exported", PropertyAccess.SUBJECT, item.id(), item.code() + "：导出流转记录"));
		return chain.export(List.of(item), null);
	}

	/** The chains of every item of the case the caller sees. */
	@Transactional
	public ChainExport exportCase(UUID caseId) {
		List<PropertyItem> of = items.ofCase(caseId, access.reading());
		if (of.isEmpty()) {
			throw new NotFound("案件的涉案财物", caseId);
		}
		audit.record(AuditRecord.of("property.chain-exported", "legal-case", caseId, of.getFirst().caseLabel() + "：导出 " + of.size() + " 件涉案财物的流转记录"));
		return chain.export(of, of.getFirst().caseLabel());
	}

	/** Every alarm in the caller's scope now, the most urgent first (at most 500). */
	public List<PropertyAlarm> alarms() {
		Visibility scope = access.reading();
		Instant now = access.now();
		String where = PropertyItems.scoped(scope);
		List<PropertyAlarm> out = new ArrayList<>();
		out.addAll(jdbc.sql("SELECT " + PropertyItems.COLUMNS + " FROM property_item i WHERE i.status = 'PENDING_HANDOVER' AND i.handover_due_at < :now"
				+ where + " ORDER BY i.handover_due_at LIMIT 500").params(PropertyItems.scopeParams(scope)).param("now", PropertyItems.offset(now))
			.query(PropertyItems::map).list().stream()
			.map(i -> alarm(PropertyAlarm.Kind.HANDOVER_OVERDUE, i, i.handoverDueAt(), "应于 " + Labels.beijing(i.handoverDueAt()) + " 前"
					+ (i.held() ? "移交涉案财物管理人员" : "向涉案财物管理人员登记")))
			.toList());
		out.addAll(jdbc.sql("SELECT " + PropertyItems.COLUMNS + " FROM property_item i WHERE i.measure_due_at < :soon" + where
				+ " ORDER BY i.measure_due_at LIMIT 500").params(PropertyItems.scopeParams(scope)).param("soon", PropertyItems.offset(now.plus(MEASURE_WARNING)))
			.query(PropertyItems::map).list().stream()
			.map(i -> alarm(PropertyAlarm.Kind.MEASURE_ENDING, i, i.measureDueAt(), i.measure().label() + "期限" + (i.measureDueAt().isBefore(now)
					? "已于 " : "将于 ") + Labels.beijing(i.measureDueAt()) + " 届满，请依法延长、解除或处理"))
			.toList());
		out.addAll(conditions.holding(scope, now, 500));
		out.sort(java.util.Comparator.comparing(PropertyAlarm::dueAt));
		return out.size() > 500 ? out.subList(0, 500) : out;
	}

	private static PropertyAlarm alarm(PropertyAlarm.Kind kind, PropertyItem i, Instant due, String text) {
		return new PropertyAlarm(kind, i.id(), i.code(), i.description(), i.caseLabel(), due, text);
	}

	/** Items waiting for hand-over in the caller's scope, the longest waiting first (the custodian's intake list). */
	public List<PropertyItem> pendingHandover() {
		return items.pendingHandover(access.reading(), 200);
	}

	/** What a store location keeps now. */
	public List<PropertyItem> atLocation(UUID locationId) {
		stores.location("locationId", locationId);
		return items.atLocation(locationId);
	}

	private @Nullable String location(PropertyItem item) {
		return item.locationId() == null ? null : stores.describe(item.locationId());
	}

	private String name(UUID officerId) {
		return officers.find(officerId).map(OfficerSummary::name).orElse("—");
	}
}
