package org.zhifa.custody;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.property.Category;
import org.zhifa.property.Measure;
import org.zhifa.property.NewPropertyItem;
import org.zhifa.property.PropertyItem;
import org.zhifa.property.Registration;
import org.zhifa.shared.InvalidInput;

/**
 * 扣押 of a case-related item among the belongings, at the centre: the item is registered as seized property under the
 * visit's case (一物一码, the 24-hour hand-over clock, the custody chain — the property module's rules and permission apply:
 * the case officer seizes, not the centre's staff) and the belonging is marked seized with the item's code, so the exit
 * counts it as accounted for. One registration per belonging.
 */
@Service
@Transactional(readOnly = true)
public class BelongingSeizures {

	private final VisitAccess access;
	private final VisitRecords visits;
	private final Registration registration;

	BelongingSeizures(VisitAccess access, VisitRecords visits, Registration registration) {
		this.access = access;
		this.visits = visits;
		this.registration = registration;
	}

	/** What the officer adds to the belonging to register it: the category, the 扣押决定书/清单 文号, the unit and value. */
	public record Seizure(Category category, String documentNumber, @Nullable String quantityUnit, @Nullable BigDecimal estimatedValue) {
	}

	@Transactional
	public PropertyItem seize(UUID visitId, long version, int seq, Seizure s, @Nullable Instant at) {
		Visit v = access.lock(visitId, version);
		v.require("扣押随身物品", Visit.Step.BELONGINGS);
		if (v.caseId() == null) {
			throw new InvalidInput("caseId", v.personName() + " 的入区未关联案件，不能登记扣押");
		}
		Belonging b = visits.belongings(visitId).stream().filter(i -> i.seq() == seq).findFirst()
			.orElseThrow(() -> new InvalidInput("seq", "没有第 " + seq + " 项随身物品"));
		if (b.accountedFor()) {
			throw new InvalidInput("seq", "第 " + seq + " 项随身物品已" + b.disposition().label());
		}
		if (!b.caseRelated()) {
			throw new InvalidInput("seq", "“" + b.description() + "”未标记为涉案物品，应返还本人");
		}
		Instant t = access.stepTime("at", at, v);
		String unit = s.quantityUnit() == null || s.quantityUnit().isBlank() ? "件" : s.quantityUnit().strip();
		PropertyItem item = registration.register(new NewPropertyItem(v.caseId(), Measure.SEIZURE, s.category(), b.description(),
				BigDecimal.valueOf(b.quantity()), unit, s.estimatedValue(), List.of(), v.personName(), v.citizenId(), s.documentNumber(), null, t,
				v.escortIds()));
		visits.seized(visitId, seq, t, item.id(), item.code());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("seq", seq);
		details.put("propertyItemCode", item.code());
		details.put("documentNumber", item.documentNumber());
		access.write(v, v.touched(), "belonging-seized", t, v.escortIds(),
				"扣押随身物品：" + b.description() + " × " + b.quantity() + "，涉案财物编号 " + item.code() + "（" + item.documentNumber() + "）", details);
		return item;
	}
}
