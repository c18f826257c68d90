package org.zhifa.property.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.property.Category;
import org.zhifa.property.ChainCheck;
import org.zhifa.property.ChainEvent;
import org.zhifa.property.ChainExport;
import org.zhifa.property.CheckIn;
import org.zhifa.property.ItemDetails;
import org.zhifa.property.Labels;
import org.zhifa.property.Loan;
import org.zhifa.property.LoanPurpose;
import org.zhifa.property.Loans;
import org.zhifa.property.LocationKind;
import org.zhifa.property.Measure;
import org.zhifa.property.NewPropertyItem;
import org.zhifa.property.PropertyAlarm;
import org.zhifa.property.PropertyItem;
import org.zhifa.property.PropertyQueries;
import org.zhifa.property.Reviews;
import org.zhifa.property.Registration;
import org.zhifa.property.Store;
import org.zhifa.property.StoreKind;
import org.zhifa.property.StoreLocation;
import org.zhifa.property.Stores;
import org.zhifa.property.Transfers;

/**
 * docs/api.md § Property: reading needs {@code property:read}, registering and asking for a loan {@code property:register},
 * approving a loan {@code property:approve}, the stores (check-in, hand-out, return, inventory) {@code property:custody};
 * each within the data scope of the item's case unit.
 */
@RestController
@RequestMapping("/api/property")
class PropertyController {

	private static final String VERSION = "缺少版本号";

	private final Registration registration;
	private final CheckIn checkIn;
	private final Loans loans;
	private final Transfers transfers;
	private final Stores stores;
	private final Labels labels;
	private final PropertyQueries queries;
	private final Reviews reviews;

	PropertyController(Registration registration, CheckIn checkIn, Loans loans, Transfers transfers, Stores stores, Labels labels,
			PropertyQueries queries, Reviews reviews) {
		this.reviews = reviews;
		this.registration = registration;
		this.checkIn = checkIn;
		this.loans = loans;
		this.transfers = transfers;
		this.stores = stores;
		this.labels = labels;
		this.queries = queries;
	}

	/** An item with its codes spelled out for the screen. */
	record Item(UUID id, String code, UUID caseId, String caseLabel, Measure measure, String measureLabel, Category category, String categoryLabel,
			String description, BigDecimal quantity, String quantityUnit, @Nullable BigDecimal estimatedValue, List<String> photos, String holderName,
			@Nullable String holderIdNumber, String documentNumber, @Nullable UUID legalDocumentId, boolean held, Instant seizedAt, Instant registeredAt,
			String status, String statusLabel, @Nullable UUID storeId, @Nullable UUID locationId, @Nullable Instant handoverDueAt,
			@Nullable Instant measureDueAt, @Nullable Instant checkedInAt, @Nullable String transferredTo, @Nullable String transferDocument,
			@Nullable Instant transferredAt, int chainLength, long version) {

		static Item of(PropertyItem i) {
			return new Item(i.id(), i.code(), i.caseId(), i.caseLabel(), i.measure(), i.measure().label(), i.category(), i.category().label(),
					i.description(), i.quantity(), i.quantityUnit(), i.estimatedValue(), i.photos(), i.holderName(), i.holderIdNumber(),
					i.documentNumber(), i.legalDocumentId(), i.held(), i.seizedAt(), i.registeredAt(), i.status().name(), i.status().label(),
					i.storeId(), i.locationId(), i.handoverDueAt(), i.measureDueAt(), i.checkedInAt(), i.transferredTo(), i.transferDocument(),
					i.transferredAt(), i.chainLength(), i.version());
		}
	}

	record LoanView(UUID id, LoanPurpose purpose, String purposeLabel, String reason, String borrowerName, String requestedByName,
			@Nullable String approvedByName, @Nullable Instant approvedAt, Instant requestedAt, Instant dueBackAt, String status, String statusLabel,
			@Nullable Instant outAt, @Nullable Instant returnedAt, @Nullable Boolean conditionOk, @Nullable String conditionNote, boolean overdue,
			long version) {

		static LoanView of(ItemDetails.LoanView v) {
			Loan l = v.loan();
			return new LoanView(l.id(), l.purpose(), l.purpose().label(), l.reason(), v.borrowerName(), v.requestedByName(), v.approvedByName(),
					l.approvedAt(), l.requestedAt(), l.dueBackAt(), l.status().name(), l.status().label(), l.outAt(), l.returnedAt(), l.conditionOk(),
					l.conditionNote(), v.overdue(), l.version());
		}
	}

	record Details(Item item, @Nullable String location, String registeredByName, @Nullable String checkedInByName, List<LoanView> loans,
			List<ChainEvent> chain, ChainCheck verification) {
	}

	record Register(@NotNull(message = "请选择案件") UUID caseId, @NotNull(message = "请选择措施") Measure measure,
			@NotNull(message = "请选择财物类别") Category category, @NotBlank(message = "请填写财物名称及特征") @Size(max = 200, message = "不能超过200个字") String description,
			@NotNull(message = "请填写数量") BigDecimal quantity, @NotBlank(message = "请填写计量单位") @Size(max = 10, message = "不能超过10个字") String quantityUnit,
			@Nullable BigDecimal estimatedValue, @Nullable @Size(max = 20, message = "照片最多20张") List<@Size(max = 200) String> photos,
			@NotBlank(message = "请填写持有人或所有人") @Size(max = 100, message = "不能超过100个字") String holderName,
			@Nullable @Size(max = 30, message = "不能超过30个字") String holderIdNumber,
			@Nullable @Size(max = 100, message = "不能超过100个字") String documentNumber, @Nullable UUID legalDocumentId,
			@NotNull(message = "请填写执行时间") Instant seizedAt,
			@NotNull(message = "请选择执行民警") @Size(min = 2, max = 10, message = "须由两名以上民警执行") List<UUID> seizedBy) {
	}

	record CheckInRequest(@NotBlank(message = "请扫描或输入财物编码") @Size(max = 30, message = "编码不能超过30个字") String code,
			@Nullable UUID locationId, @Nullable Long version) {
	}

	record LoanRequest(@NotNull(message = VERSION) Long version, @NotNull(message = "请选择调用事由") LoanPurpose purpose,
			@NotBlank(message = "请填写调用事由") @Size(max = 200, message = "不能超过200个字") String reason, @NotNull(message = "请选择借用民警") UUID borrowerId,
			@NotNull(message = "请填写归还期限") Instant dueBackAt) {
	}

	record Versioned(@NotNull(message = VERSION) Long version) {
	}

	record ReviewExtension(@NotNull(message = VERSION) Long version,
			@NotBlank(message = "请写明继续保管的理由") @Size(max = 300, message = "不能超过300个字") String reason) {
	}

	record TransferRequest(@NotNull(message = VERSION) Long version,
			@NotBlank(message = "请填写接收单位") @Size(max = 100, message = "不能超过100个字") String agency,
			@NotBlank(message = "请填写移交文书文号") @Size(max = 100, message = "不能超过100个字") String documentNumber,
			@NotNull(message = "请选择是否移交实物") Boolean physical) {
	}

	record ReturnRequest(@NotNull(message = VERSION) Long version, @NotNull(message = "请填写查验结果") Boolean conditionOk,
			@Nullable @Size(max = 500, message = "不能超过500个字") String conditionNote, @Nullable UUID locationId) {
	}

	record NewStore(@NotNull(message = "请选择单位") UUID unitId, @Nullable UUID parentId,
			@NotBlank(message = "请填写库房名称") @Size(max = 60, message = "不能超过60个字") String name, @NotNull(message = "请选择库房类型") StoreKind kind) {
	}

	record NewLocation(@NotBlank(message = "请填写位置编号") @Size(max = 30, message = "不能超过30个字") String code,
			@NotNull(message = "请选择位置类型") LocationKind kind, @Nullable @Size(max = 100, message = "不能超过100个字") String description) {
	}

	record InventoryRequest(@NotNull(message = "请扫描财物编码（没有则为空列表）") @Size(max = 2000, message = "一次最多盘点2000件")
			List<@Size(max = 30) String> codes) {
	}

	// ---- items -------------------------------------------------------------------------------------------------------

	@GetMapping("/items")
	@PreAuthorize("hasAuthority('property:read')")
	List<Item> ofCase(@RequestParam UUID caseId) {
		return queries.ofCase(caseId).stream().map(Item::of).toList();
	}

	@PostMapping("/items")
	@PreAuthorize("hasAuthority('property:register')")
	Details register(@Valid @RequestBody Register r) {
		PropertyItem i = registration.register(new NewPropertyItem(r.caseId(), r.measure(), r.category(), r.description(), r.quantity(),
				r.quantityUnit(), r.estimatedValue(), r.photos() == null ? List.of() : r.photos(), r.holderName(), r.holderIdNumber(),
				r.documentNumber(), r.legalDocumentId(), r.seizedAt(), r.seizedBy()));
		return details(i.id());
	}

	@GetMapping("/items/{id}")
	@PreAuthorize("hasAuthority('property:read')")
	Details details(@PathVariable UUID id) {
		ItemDetails d = queries.details(id);
		return new Details(Item.of(d.item()), d.location(), d.registeredByName(), d.checkedInByName(), d.loans().stream().map(LoanView::of).toList(),
				d.chain(), d.verification());
	}

	@GetMapping("/items/by-code/{code}")
	@PreAuthorize("hasAuthority('property:read')")
	Item byCode(@PathVariable @Size(max = 30) String code) {
		return Item.of(queries.byCode(code));
	}

	@GetMapping("/items/{id}/label")
	@PreAuthorize("hasAuthority('property:read')")
	ResponseEntity<byte[]> label(@PathVariable UUID id) {
		byte[] pdf = labels.label(id);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("label-" + id + ".pdf").build().toString()).body(pdf);
	}

	@GetMapping("/pending-handover")
	@PreAuthorize("hasAuthority('property:read')")
	List<Item> pendingHandover() {
		return queries.pendingHandover().stream().map(Item::of).toList();
	}

	@GetMapping("/alarms")
	@PreAuthorize("hasAuthority('property:read')")
	List<PropertyAlarm> alarms() {
		return queries.alarms();
	}

	// ---- the custody chain -------------------------------------------------------------------------------------------

	@PostMapping("/items/{id}/chain/verification")
	@PreAuthorize("hasAuthority('property:read')")
	ChainCheck verify(@PathVariable UUID id) {
		return queries.verify(id);
	}

	@GetMapping("/items/{id}/chain/export")
	@PreAuthorize("hasAuthority('property:read')")
	ResponseEntity<ChainExport> exportItem(@PathVariable UUID id) {
		return attachment(queries.exportItem(id), "chain-" + id + ".json");
	}

	@GetMapping("/cases/{caseId}/chain/export")
	@PreAuthorize("hasAuthority('property:read')")
	ResponseEntity<ChainExport> exportCase(@PathVariable UUID caseId) {
		return attachment(queries.exportCase(caseId), "case-chain-" + caseId + ".json");
	}

	/** Verifies an export someone holds: needs nothing from the database. */
	@PostMapping("/chain-verification")
	@PreAuthorize("hasAuthority('property:read')")
	List<ChainCheck> verifyExport(@RequestBody ChainExport export) {
		return export.verify();
	}

	private static ResponseEntity<ChainExport> attachment(ChainExport export, String filename) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString()).body(export);
	}

	// ---- store keeping -----------------------------------------------------------------------------------------------

	@PostMapping("/check-ins")
	@PreAuthorize("hasAuthority('property:custody')")
	Item checkIn(@Valid @RequestBody CheckInRequest r) {
		return Item.of(checkIn.checkIn(r.code(), r.locationId(), r.version()));
	}

	@PostMapping("/items/{id}/loans")
	@PreAuthorize("hasAuthority('property:register')")
	Details requestLoan(@PathVariable UUID id, @Valid @RequestBody LoanRequest r) {
		loans.request(id, r.version(), r.purpose(), r.reason(), r.borrowerId(), r.dueBackAt());
		return details(id);
	}

	@PostMapping("/loans/{id}/approval")
	@PreAuthorize("hasAuthority('property:approve')")
	Details approveLoan(@PathVariable UUID id, @Valid @RequestBody Versioned r) {
		return details(loans.approve(id, r.version()).itemId());
	}

	@PostMapping("/loans/{id}/hand-out")
	@PreAuthorize("hasAuthority('property:custody')")
	Details handOut(@PathVariable UUID id, @Valid @RequestBody Versioned r) {
		return details(loans.handOut(id, r.version()).itemId());
	}

	@PostMapping("/loans/{id}/return")
	@PreAuthorize("hasAuthority('property:custody')")
	Details giveBack(@PathVariable UUID id, @Valid @RequestBody ReturnRequest r) {
		return details(loans.giveBack(id, r.version(), r.conditionOk(), r.conditionNote(), r.locationId()).itemId());
	}

	@PostMapping("/items/{id}/transfer")
	@PreAuthorize("hasAuthority('property:custody')")
	Details transfer(@PathVariable UUID id, @Valid @RequestBody TransferRequest r) {
		transfers.transfer(id, r.version(), r.agency(), r.documentNumber(), r.physical());
		return details(id);
	}

	@PostMapping("/items/{id}/review")
	@PreAuthorize("hasAuthority('property:register')")
	Details extendReview(@PathVariable UUID id, @Valid @RequestBody ReviewExtension r) {
		reviews.extend(id, r.version(), r.reason());
		return details(id);
	}

	@GetMapping("/stores")
	@PreAuthorize("hasAuthority('property:custody')")
	List<Store> stores() {
		return stores.list();
	}

	@PostMapping("/stores")
	@PreAuthorize("hasAuthority('property:custody')")
	Store createStore(@Valid @RequestBody NewStore r) {
		return stores.create(r.unitId(), r.parentId(), r.name(), r.kind());
	}

	@PostMapping("/stores/{id}/locations")
	@PreAuthorize("hasAuthority('property:custody')")
	StoreLocation addLocation(@PathVariable UUID id, @Valid @RequestBody NewLocation r) {
		return stores.addLocation(id, r.code(), r.kind(), r.description());
	}

	@GetMapping("/locations/{id}/items")
	@PreAuthorize("hasAuthority('property:custody')")
	List<Item> atLocation(@PathVariable UUID id) {
		return queries.atLocation(id).stream().map(Item::of).toList();
	}

	@PostMapping("/locations/{id}/inventory")
	@PreAuthorize("hasAuthority('property:custody')")
	CheckIn.Inventory inventory(@PathVariable UUID id, @Valid @RequestBody InventoryRequest r) {
		return checkIn.inventory(id, r.codes());
	}
}
