package org.zhifa.property;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.calendar.StatutoryClockId;
import org.zhifa.calendar.StatutoryClocks;
import org.zhifa.shared.InvalidInput;

/**
 * 入库 by scanned code: the custodian — never an officer who seized or registered the item (办案与管理相分离) — takes the
 * item into a store location (or, for an item sealed or frozen where it is, registers it without one), which stops the
 * 24-hour clock. And the 盘点 of a location: what was scanned there against what the store says is there.
 */
@Service
@Transactional(readOnly = true)
public class CheckIn {

	private final PropertyItems items;
	private final PropertyAccess access;
	private final Stores stores;
	private final StatutoryClocks clocks;
	private final AuditTrail audit;

	CheckIn(PropertyItems items, PropertyAccess access, Stores stores, StatutoryClocks clocks, AuditTrail audit) {
		this.items = items;
		this.access = access;
		this.stores = stores;
		this.clocks = clocks;
		this.audit = audit;
	}

	/**
	 * Checks in the item with this code at the location ({@code null} only for an item not in police hands). The version
	 * is optional: a scan does not know it, and the state check refuses a second check-in anyway.
	 */
	@Transactional
	public PropertyItem checkIn(String code, @Nullable UUID locationId, @Nullable Long version) {
		PropertyItem found = access.readByCode(Registration.required("code", code, 30, "请扫描或输入财物编码"));
		PropertyItem item = access.lock(found.id(), version, PropertyAccess.CUSTODY);
		UUID me = access.officer();
		if (item.handledBy(me)) {
			throw new HandlerCannotKeep("您参与了财物 " + item.code() + " 的" + item.measure().label() + "或登记，不能由您办理入库，须交涉案财物管理人员");
		}
		StoreLocation location = null;
		if (item.held()) {
			if (locationId == null) {
				throw new InvalidInput("locationId", "请选择存放位置（库房、货架或柜）");
			}
			location = stores.location("locationId", locationId);
		}
		else if (locationId != null) {
			throw new InvalidInput("locationId", item.measure().label() + "的财物不移交实物，登记时不选存放位置");
		}
		var now = access.now();
		PropertyItem in = item.checkIn(location == null ? null : location.storeId(), location == null ? null : location.id(), me, now);
		if (item.handoverClockId() != null) {
			clocks.stop(new StatutoryClockId(item.handoverClockId()), now, item.held() ? "已移交入库" : "已向涉案财物管理人员登记");
		}
		String where = location == null ? null : stores.describe(location);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("status", in.status().label());
		details.put("late", item.handoverDueAt() != null && now.isAfter(item.handoverDueAt()));
		return access.write(item, in, "checked-in", now, where, item.documentNumber(),
				item.held() ? "入库，存放于 " + where : "向涉案财物管理人员登记（" + item.measure().label() + "，不移交实物）", details);
	}

	/** The result of an inventory check (盘点) of one location. */
	public record Inventory(UUID locationId, String location, List<String> present, List<String> missing, List<String> unexpected) {
	}

	/**
	 * 盘点: compares the codes scanned at a location with the items the store keeps there. Missing: kept there but not
	 * scanned; unexpected: scanned but kept elsewhere (or unknown). The check is audited; nothing else changes.
	 */
	@Transactional
	public Inventory inventory(UUID locationId, List<String> scanned) {
		StoreLocation location = stores.location("locationId", locationId);
		Set<String> codes = new LinkedHashSet<>();
		for (String s : scanned) {
			if (s != null && !s.isBlank()) {
				codes.add(s.strip());
			}
		}
		List<String> expected = items.atLocation(location.id()).stream().map(PropertyItem::code).toList();
		List<String> present = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String c : expected) {
			(codes.contains(c) ? present : missing).add(c);
		}
		List<String> unexpected = codes.stream().filter(c -> !expected.contains(c)).toList();
		String where = stores.describe(location);
		audit.record(AuditRecord.of("property.inventory", "property-location", location.id(), where + " 盘点：应有 " + expected.size() + " 件，缺失 "
				+ missing.size() + " 件，不应在此 " + unexpected.size() + " 件"));
		return new Inventory(location.id(), where, present, missing, unexpected);
	}
}
