package org.zhifa.property;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 移交 with the case to another agency (检察院, 法院 …) by the custodian (涉案财物管理若干规定 art 14: evidence goes with the
 * file; bulky, dangerous or perishable items are represented by lists and photos). A paperwork-only transfer leaves the
 * item where it is kept and records where its paperwork went (实物静止、手续流转); a physical one takes it out of the store.
 * Either is an event of the item's chain with the transfer document.
 */
@Service
@Transactional(readOnly = true)
public class Transfers {

	private final PropertyAccess access;
	private final Stores stores;

	Transfers(PropertyAccess access, Stores stores) {
		this.access = access;
		this.stores = stores;
	}

	@Transactional
	public PropertyItem transfer(UUID itemId, long version, String agency, String documentNumber, boolean physical) {
		PropertyItem item = access.lock(itemId, version, PropertyAccess.CUSTODY);
		String to = Registration.required("agency", agency, 100, "请填写接收单位（如某某县人民检察院）");
		String document = Registration.required("documentNumber", documentNumber, 100, "请填写移交文书文号（如随案移送清单）");
		access.officer();
		var now = access.now();
		PropertyItem moved = item.transfer(to, document, physical, now);
		String from = item.locationId() == null ? null : stores.describe(item.locationId());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("agency", to);
		details.put("physical", physical);
		return access.write(item, moved, "transferred", now, from, document,
				(physical ? "实物随案移交" : "随案移交手续（实物仍在" + (from == null ? "原处" : from) + "）") + "：" + to, details);
	}
}
