package org.zhifa.property;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.intake.CaseKind;

/**
 * One seized, sealed, frozen or otherwise fixed item under a case, with its one code (一物一码). Lifecycle (see
 * {@link ItemStatus}): registered by a case officer with the 24-hour hand-over clock running → checked in by the
 * custodian (at a store location, or registered without one when it is not in police hands), which stops the clock → out
 * on loan and back. Every transition is a new value with the version after it; every event goes into the item's custody
 * chain, whose length and head hash the item carries.
 *
 * @param unitId the case's handling unit: the item is in a caller's data scope through it
 * @param held whether the item is in police hands (扣押, 调取 …) rather than sealed or frozen where it is
 * @param transferredTo the agency the item's paperwork (and, when {@code TRANSFERRED}, the item) went to with the case
 */
public record PropertyItem(UUID id, String code, UUID caseId, String caseLabel, CaseKind caseKind, UUID unitId, Measure measure,
		Category category, String description, BigDecimal quantity, String quantityUnit, @Nullable BigDecimal estimatedValue,
		List<String> photos, String holderName, @Nullable String holderIdNumber, String documentNumber, @Nullable UUID legalDocumentId,
		boolean held, Instant seizedAt, List<UUID> seizedBy, Instant registeredAt, UUID registeredBy, ItemStatus status,
		@Nullable UUID storeId, @Nullable UUID locationId, @Nullable UUID handoverClockId, @Nullable Instant handoverDueAt,
		@Nullable UUID measureClockId, @Nullable Instant measureDueAt, @Nullable Instant checkedInAt, @Nullable UUID checkedInBy,
		@Nullable String transferredTo, @Nullable String transferDocument, @Nullable Instant transferredAt, int chainLength, String chainHead,
		long version) {

	public PropertyItem {
		photos = List.copyOf(photos);
		seizedBy = List.copyOf(seizedBy);
	}

	/** Whether the officer took part in fixing or registering the item: such an officer may not keep it (办案与管理相分离). */
	public boolean handledBy(UUID officerId) {
		return registeredBy.equals(officerId) || seizedBy.contains(officerId);
	}

	/** 入库 (or, for an item not in police hands, registration with the custodian), by the custodian. */
	PropertyItem checkIn(@Nullable UUID store, @Nullable UUID location, UUID by, Instant at) {
		if (status != ItemStatus.PENDING_HANDOVER) {
			throw new ItemInWrongState(this, "入库");
		}
		return new PropertyItem(id, code, caseId, caseLabel, caseKind, unitId, measure, category, description, quantity, quantityUnit,
				estimatedValue, photos, holderName, holderIdNumber, documentNumber, legalDocumentId, held, seizedAt, seizedBy, registeredAt,
				registeredBy, held ? ItemStatus.IN_STORE : ItemStatus.REGISTERED, store, location, handoverClockId, handoverDueAt,
				measureClockId, measureDueAt, at, by, transferredTo, transferDocument, transferredAt, chainLength, chainHead, version + 1);
	}

	/** 出库 for a loan: only an item in the store goes out. */
	PropertyItem lendOut() {
		if (status != ItemStatus.IN_STORE) {
			throw new ItemInWrongState(this, "出库调用");
		}
		return withStatus(ItemStatus.ON_LOAN, storeId, locationId);
	}

	/** Back from a loan, to the location given (by default where it was). */
	PropertyItem backInStore(UUID store, UUID location) {
		if (status != ItemStatus.ON_LOAN) {
			throw new ItemInWrongState(this, "归还入库");
		}
		return withStatus(ItemStatus.IN_STORE, store, location);
	}

	/**
	 * 移交 with the case to another agency: the paperwork only (the item stays where it is kept) or, when {@code physical},
	 * the item too, which then leaves the store. Only an item the custodian keeps or has registered, not out on loan.
	 */
	PropertyItem transfer(String agency, String document, boolean physical, Instant at) {
		if (status != ItemStatus.IN_STORE && (physical || status != ItemStatus.REGISTERED)) {
			throw new ItemInWrongState(this, physical ? "实物移交" : "移交手续");
		}
		return new PropertyItem(id, code, caseId, caseLabel, caseKind, unitId, measure, category, description, quantity, quantityUnit,
				estimatedValue, photos, holderName, holderIdNumber, documentNumber, legalDocumentId, held, seizedAt, seizedBy, registeredAt,
				registeredBy, physical ? ItemStatus.TRANSFERRED : status, physical ? null : storeId, physical ? null : locationId, handoverClockId,
				handoverDueAt, measureClockId, measureDueAt, checkedInAt, checkedInBy, agency, document, at, chainLength, chainHead, version + 1);
	}

	/** Whether the item may be disposed of: the custodian keeps it or has it registered (not out on loan, not gone). */
	public boolean disposable() {
		return status == ItemStatus.IN_STORE || status == ItemStatus.REGISTERED;
	}

	/** 处置 as approved: only a {@link #disposable()} item. */
	PropertyItem dispose() {
		if (!disposable()) {
			throw new ItemInWrongState(this, "处置");
		}
		return withStatus(ItemStatus.DISPOSED, null, null);
	}

	PropertyItem touched() {
		return withStatus(status, storeId, locationId);
	}

	private PropertyItem withStatus(ItemStatus s, @Nullable UUID store, @Nullable UUID location) {
		return new PropertyItem(id, code, caseId, caseLabel, caseKind, unitId, measure, category, description, quantity, quantityUnit,
				estimatedValue, photos, holderName, holderIdNumber, documentNumber, legalDocumentId, held, seizedAt, seizedBy, registeredAt,
				registeredBy, s, store, location, handoverClockId, handoverDueAt, measureClockId, measureDueAt, checkedInAt, checkedInBy,
				transferredTo, transferDocument, transferredAt, chainLength, chainHead, version + 1);
	}
}
