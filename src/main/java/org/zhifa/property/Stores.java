package org.zhifa.property;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitSummary;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Visibilities;

/**
 * The stores (central store and sub-stores) of the units a custodian keeps, and their locations down to the shelf or
 * cabinet. Kept by {@code property:custody} within its data scope.
 */
@Service
@Transactional(readOnly = true)
public class Stores {

	private final StoreRecords stores;
	private final UnitDirectory units;
	private final Visibilities visibilities;
	private final AuditTrail audit;

	Stores(StoreRecords stores, UnitDirectory units, Visibilities visibilities, AuditTrail audit) {
		this.stores = stores;
		this.units = units;
		this.visibilities = visibilities;
		this.audit = audit;
	}

	public List<Store> list() {
		return stores.inScope(visibilities.current(PropertyAccess.CUSTODY));
	}

	public Store get(UUID id) {
		return stores.find(id).filter(s -> visibilities.current(PropertyAccess.CUSTODY).coversUnit(s.unitId()))
			.orElseThrow(() -> new NotFound("保管场所", id));
	}

	/** A central store of a unit ({@code parentId} null) or a sub-store of one of its central stores. */
	@Transactional
	public Store create(UUID unitId, @Nullable UUID parentId, String name, StoreKind kind) {
		UnitSummary unit = units.find(unitId).filter(UnitSummary::active).orElseThrow(() -> new InvalidInput("unitId", "单位不存在或已撤销"));
		if (!visibilities.current(PropertyAccess.CUSTODY).coversUnit(unitId)) {
			throw new NotFound("单位", unitId);
		}
		if (parentId != null) {
			Store parent = get(parentId);
			if (parent.parentId() != null || !parent.unitId().equals(unitId)) {
				throw new InvalidInput("parentId", "分库须隶属于本单位的中心库");
			}
		}
		else if (kind != StoreKind.CENTRAL) {
			throw new InvalidInput("parentId", "请选择分库所属的中心库");
		}
		String n = Registration.required("name", name, 60, "请填写库房名称");
		Store s = new Store(UUID.randomUUID(), unitId, parentId, n, kind, true, List.of(), 0);
		try {
			stores.insert(s);
		}
		catch (DuplicateKeyException taken) {
			throw new InvalidInput("name", unit.name() + "已有名为「" + n + "」的库房");
		}
		audit.record(AuditRecord.of("property.store-created", "property-store", s.id(), unit.name() + " " + kind.label() + "：" + n));
		return s;
	}

	@Transactional
	public StoreLocation addLocation(UUID storeId, String code, LocationKind kind, @Nullable String description) {
		Store s = get(storeId);
		String c = Registration.required("code", code, 30, "请填写位置编号");
		StoreLocation l = new StoreLocation(UUID.randomUUID(), s.id(), c, kind, Registration.optional("description", description, 100), true);
		try {
			stores.insert(l);
		}
		catch (DuplicateKeyException taken) {
			throw new InvalidInput("code", s.name() + "已有位置「" + c + "」");
		}
		audit.record(AuditRecord.of("property.location-created", "property-store", s.id(), s.name() + " 新增" + kind.label() + " " + c));
		return l;
	}

	/** A location in a store the caller keeps. */
	StoreLocation location(String field, UUID locationId) {
		StoreLocation l = stores.location(locationId).filter(StoreLocation::active).orElseThrow(() -> new InvalidInput(field, "存放位置不存在或已停用"));
		get(l.storeId());
		return l;
	}

	/** How a location reads in the chain and on screen: "涉案财物管理中心 中心库 / 电子物证库 A-01（货架）". */
	String describe(StoreLocation l) {
		Store s = stores.find(l.storeId()).orElseThrow();
		return s.name() + " " + l.code() + "（" + l.kind().label() + "）";
	}

	/** The same for a location id, whoever asks (an item's page names where it is kept). */
	String describe(UUID locationId) {
		return stores.location(locationId).map(this::describe).orElse("—");
	}
}
