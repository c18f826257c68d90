package org.zhifa.property;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.Sm3Chain;
import org.zhifa.calendar.ClockSubject;
import org.zhifa.calendar.DeadlineContext;
import org.zhifa.calendar.NewStatutoryClock;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.calendar.StatutoryClocks;
import org.zhifa.cases.CaseReference;
import org.zhifa.cases.CaseReferences;
import org.zhifa.document.LegalDocument;
import org.zhifa.document.LegalDocuments;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.officer.OfficerSummary;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;

/**
 * 登记: a case officer registers an item under a filed or accepted case (never before it: 涉案财物管理规定 art 5) with the
 * measure, what it is, how much, its estimated value and photos, the owner or holder, the authorising document and the
 * officers who carried the measure out. The item gets its code (一物一码) and the 24-hour clock to reach the custodian starts
 * from the seizure ({@link Measure#handOverRule}); an administrative 扣押/查封/先行登记保存 also starts the measure's own period.
 * One transaction: item, clocks, the first chain event and the audit entry.
 */
@Service
@Transactional(readOnly = true)
public class Registration {

	private final PropertyItems items;
	private final PropertyAccess access;
	private final CaseReferences cases;
	private final OfficerDirectory officers;
	private final StatutoryClocks clocks;
	private final LegalDocuments documents;

	Registration(PropertyItems items, PropertyAccess access, CaseReferences cases, OfficerDirectory officers, StatutoryClocks clocks,
			LegalDocuments documents) {
		this.items = items;
		this.access = access;
		this.cases = cases;
		this.officers = officers;
		this.clocks = clocks;
		this.documents = documents;
	}

	@Transactional
	public PropertyItem register(NewPropertyItem r) {
		CaseReference c = cases.find(r.caseId(), null).filter(x -> access.reading().coversUnit(x.unitId()))
			.orElseThrow(() -> new NotFound("案件", r.caseId()));
		access.requireOperable(PropertyAccess.REGISTER, c.unitId(), "案件 " + c.number() + " 的涉案财物登记");
		if (!c.open()) {
			throw new CaseNotOpenForSeizure("案件 " + c.number() + " 已结案，不能再登记" + r.measure().label() + "财物");
		}
		var seizedAt = access.pastTime("seizedAt", r.seizedAt());
		if (seizedAt.isBefore(c.filedAt())) {
			throw new CaseNotOpenForSeizure("案件 " + c.number() + " 于 " + Labels.beijing(c.filedAt()) + (c.kind() == org.zhifa.intake.CaseKind.CRIMINAL
					? " 立案" : " 受案") + "，此前不得" + r.measure().label() + "（《公安机关涉案财物管理若干规定》第五条）");
		}
		String description = required("description", r.description(), 200, "请填写财物名称及特征");
		String quantityUnit = required("quantityUnit", r.quantityUnit(), 10, "请填写计量单位");
		String holder = required("holderName", r.holderName(), 100, "请填写持有人或所有人");
		String documentNumber = r.documentNumber();
		if (r.legalDocumentId() != null) {
			LegalDocument authorising = documentOfCase(r.legalDocumentId(), c.caseId());
			if (documentNumber == null || documentNumber.isBlank()) {
				documentNumber = authorising.number();
			}
		}
		String document = required("documentNumber", documentNumber, 100, "请填写法律文书文号（如扣押决定书、扣押清单），或选择本案已签发的文书");
		String holderId = optional("holderIdNumber", r.holderIdNumber(), 30);
		if (r.quantity().signum() <= 0 || r.quantity().scale() > 3 || r.quantity().compareTo(new BigDecimal("999999999")) > 0) {
			throw new InvalidInput("quantity", "数量须大于0，最多三位小数");
		}
		if (r.estimatedValue() != null && (r.estimatedValue().signum() < 0 || r.estimatedValue().scale() > 2
				|| r.estimatedValue().compareTo(new BigDecimal("999999999999")) > 0)) {
			throw new InvalidInput("estimatedValue", "估价须为不小于0的金额（元，最多两位小数）");
		}
		if (r.photos().size() > 20 || r.photos().stream().anyMatch(p -> p == null || p.isBlank() || p.length() > 200)) {
			throw new InvalidInput("photos", "照片最多20张，每张引用不超过200个字");
		}
		Set<UUID> team = new LinkedHashSet<>(r.seizedBy());
		if (team.size() < 2) {
			throw new InvalidInput("seizedBy", r.measure().label() + "须由两名以上民警执行（刑规229）");
		}
		for (UUID o : team) {
			officers.find(o).filter(OfficerSummary::active).orElseThrow(() -> new InvalidInput("seizedBy", "民警不存在或已不在岗：" + o));
		}
		UUID me = access.officer();

		UUID id = UUID.randomUUID();
		List<UUID> answerable = List.copyOf(team);
		ClockSubject subject = new ClockSubject(PropertyAccess.SUBJECT, id, c.caseId(), c.label(), c.unitId(), answerable);
		StatutoryClock handover = clocks.start(new NewStatutoryClock(r.measure().handOverRule(),
				(r.measure().held() ? "移交涉案财物管理人员（" : "向涉案财物管理人员登记（") + description + "）", seizedAt, DeadlineContext.none(), subject));
		String periodRule = r.measure().periodRule(c.kind());
		StatutoryClock period = periodRule == null ? null : clocks.start(new NewStatutoryClock(periodRule,
				r.measure().label() + "期限（" + description + "）", seizedAt, DeadlineContext.none(), subject));
		PropertyItem item = new PropertyItem(id, items.nextCode(seizedAt), c.caseId(), c.label(), c.kind(), c.unitId(), r.measure(),
				r.category(), description, r.quantity(), quantityUnit, r.estimatedValue(), r.photos().stream().map(String::strip).toList(), holder,
				holderId, document, r.legalDocumentId(), r.measure().held(), seizedAt, answerable, access.now(), me, ItemStatus.PENDING_HANDOVER,
				null, null, handover.id().value(), handover.dueAt(), period == null ? null : period.id().value(), period == null ? null : period.dueAt(),
				null, null, null, null, null, 0, Sm3Chain.GENESIS, 0);
		items.insert(item);

		Map<String, Object> details = new LinkedHashMap<>();
		details.put("case", c.label());
		details.put("measure", r.measure().label());
		details.put("category", r.category().label());
		details.put("description", description);
		details.put("quantity", r.quantity().toPlainString() + quantityUnit);
		details.put("estimatedValue", r.estimatedValue() == null ? null : r.estimatedValue().toPlainString());
		details.put("holder", holder);
		details.put("photos", item.photos());
		details.put("seizedAt", seizedAt.toString());
		details.put("seizedBy", answerable.stream().map(UUID::toString).toList());
		details.put("handOverDueAt", handover.dueAt().toString());
		access.write(item, item, "registered", access.now(), null, document,
				r.measure().label() + "登记（" + c.label() + "），" + handover.deadline().dueAtText() + " 前" + (item.held() ? "移交保管" : "向保管人员登记"),
				details);
		return items.find(id).orElseThrow();
	}

	/** The authorising document issued here: one of this case's that the caller can read, else 400 naming the field. */
	private LegalDocument documentOfCase(UUID documentId, UUID caseId) {
		return documents.ofCase(caseId, documentId).orElseThrow(() -> new InvalidInput("legalDocumentId", "所选法律文书不是本案的文书"));
	}

	static String required(String field, @Nullable String value, int max, String message) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, message);
		}
		String v = value.strip();
		if (v.length() > max) {
			throw new InvalidInput(field, "不能超过" + max + "个字");
		}
		return v;
	}

	static @Nullable String optional(String field, @Nullable String value, int max) {
		return value == null || value.isBlank() ? null : required(field, value, max, "");
	}
}
