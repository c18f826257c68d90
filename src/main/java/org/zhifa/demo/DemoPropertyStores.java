package org.zhifa.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitKind;
import org.zhifa.organization.UnitSummary;
import org.zhifa.property.LocationKind;
import org.zhifa.property.Store;
import org.zhifa.property.StoreKind;
import org.zhifa.property.Stores;

/**
 * The stores of the demo 涉案财物管理中心: the central store and its sub-stores (现金库, 车辆库, 电子物证库, 危险品库,
 * 一般物品库) with shelves, cabinets, safes and bays. Runs after the demo bureau, once per property centre that has no store
 * yet — so an existing demo database gets them too.
 */
@Component
@Order(1)
class DemoPropertyStores implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPropertyStores.class);

	private final DemoSettings settings;
	private final UnitDirectory units;
	private final Stores stores;
	private final TransactionTemplate transaction;

	DemoPropertyStores(DemoSettings settings, UnitDirectory units, Stores stores, TransactionTemplate transaction) {
		this.settings = settings;
		this.units = units;
		this.stores = stores;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.enabled()) {
			return;
		}
		for (UnitSummary center : units.activeOfKind(UnitKind.PROPERTY_CENTER)) {
			if (stores.list().stream().noneMatch(s -> s.unitId().equals(center.id()))) {
				transaction.executeWithoutResult(status -> seed(center));
				log.info("演示数据：已为{}创建中心库及分库", center.name());
			}
		}
	}

	private void seed(UnitSummary center) {
		Store central = stores.create(center.id(), null, "中心库", StoreKind.CENTRAL);
		locations(central, "Z", LocationKind.SHELF, 4);
		locations(stores.create(center.id(), central.id(), "现金库", StoreKind.CASH), "X", LocationKind.SAFE, 2);
		locations(stores.create(center.id(), central.id(), "车辆库", StoreKind.VEHICLE), "C", LocationKind.BAY, 6);
		locations(stores.create(center.id(), central.id(), "电子物证库", StoreKind.ELECTRONIC), "E", LocationKind.CABINET, 4);
		locations(stores.create(center.id(), central.id(), "危险品库", StoreKind.DANGEROUS), "W", LocationKind.CABINET, 2);
		locations(stores.create(center.id(), central.id(), "一般物品库", StoreKind.GENERAL), "Y", LocationKind.SHELF, 6);
	}

	private void locations(Store store, String prefix, LocationKind kind, int count) {
		for (int i = 1; i <= count; i++) {
			stores.addLocation(store.id(), prefix + "-" + String.format("%02d", i), kind, null);
		}
	}
}
