package org.zhifa.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.DemoActors;
import org.zhifa.IntegrationTest;
import org.zhifa.TestActors;
import org.zhifa.calendar.StatutoryClockId;
import org.zhifa.calendar.StatutoryClocks;
import org.zhifa.cases.Case;
import org.zhifa.cases.CaseFixtures;
import org.zhifa.cases.CaseManagement;
import org.zhifa.shared.DataScope;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.StaleVersion;

import tools.jackson.databind.json.JsonMapper;

/**
 * Property on the real database with the demo bureau: 办案民警 {@code officer} of 城关派出所 registers what was seized in his
 * case, {@code custodian} (涉案财物管理员) checks it in at a store location of his own, {@code head} (所长) approves loans;
 * {@code officer2} of 河西派出所 sees none of it. Each test opens a case and a store of its own.
 */
@IntegrationTest
class PropertyIntegrationTests {

	@Autowired
	Registration registration;

	@Autowired
	CheckIn checkIn;

	@Autowired
	Loans loans;

	@Autowired
	Stores stores;

	@Autowired
	Transfers transfers;

	@Autowired
	org.zhifa.approval.Approvals approvals;

	@Autowired
	PropertyQueries queries;

	@Autowired
	Labels labels;

	@Autowired
	StatutoryClocks clocks;

	@Autowired
	CaseManagement cases;

	@Autowired
	JdbcClient jdbc;

	CaseFixtures fixtures;
	Case theCase;
	StoreLocation shelf;
	StoreLocation cabinet;
	UUID officerId;

	@BeforeEach
	void openACaseAndAStore() {
		fixtures = new CaseFixtures(cases, jdbc);
		theCase = fixtures.criminal("城关派出所", 1);
		officerId = jdbc.sql("SELECT officer_id FROM account WHERE username = 'officer'").query(UUID.class).single();
		UUID center = fixtures.unit("涉案财物管理中心");
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Store store = as("custodian", () -> stores.create(center, null, "测试中心库-" + tag, StoreKind.CENTRAL));
		Store electronic = as("custodian", () -> stores.create(center, store.id(), "测试电子物证库-" + tag, StoreKind.ELECTRONIC));
		shelf = as("custodian", () -> stores.addLocation(store.id(), "A-01", LocationKind.SHELF, "一号货架"));
		cabinet = as("custodian", () -> stores.addLocation(electronic.id(), "E-01", LocationKind.CABINET, null));
	}

	// ---- registration --------------------------------------------------------------------------------------------

	@Test
	void registeringASeizedPhoneGivesItACodeStartsTheTwentyFourHourClockAndOpensItsChain() {
		Instant seized = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
		PropertyItem phone = as("officer", () -> registration.register(phone(seized)));
		assertThat(phone.code()).matches("CW\\d{4}\\d{8}");
		assertThat(phone.status()).isEqualTo(ItemStatus.PENDING_HANDOVER);
		assertThat(phone.held()).isTrue();
		assertThat(phone.registeredBy()).isEqualTo(officerId);
		assertThat(phone.documentNumber()).isEqualTo("城公（刑）扣字〔2026〕12号");
		var clock = clocks.get(new StatutoryClockId(phone.handoverClockId()));
		assertThat(clock.deadline().ruleCode()).isEqualTo("property.seizure.hand-over");
		assertThat(clock.running()).isTrue();
		assertThat(clock.dueAt()).isEqualTo(seized.plus(Duration.ofHours(24)));
		assertThat(clock.subject().caseId()).isEqualTo(theCase.id());
		assertThat(phone.measureClockId()).as("a criminal seizure runs with the case").isNull();
		ItemDetails d = as("officer", () -> queries.details(phone.id()));
		assertThat(d.chain()).hasSize(1);
		assertThat(d.chain().getFirst().kind()).isEqualTo("registered");
		assertThat(d.chain().getFirst().actorId()).isEqualTo(officerId);
		assertThat(d.chain().getFirst().document()).isEqualTo("城公（刑）扣字〔2026〕12号");
		assertThat(d.verification().valid()).isTrue();
		assertThat(audited(phone.id(), "property.registered")).isTrue();
	}

	@Test
	void aSeizureBeforeTheCaseWasFiledIsRefusedWithTheReason() {
		Instant beforeFiling = Instant.now().minus(Duration.ofDays(3));
		assertThatThrownBy(() -> as("officer", () -> registration.register(phone(beforeFiling))))
			.isInstanceOf(CaseNotOpenForSeizure.class).hasMessageContaining("立案").hasMessageContaining("第五条");
		assertThat(itemsOfCase()).isZero();
	}

	@Test
	void aClosedCaseTakesNoMoreSeizures() {
		Case closed = fixtures.criminal("城关派出所", 2);
		withdraw(closed);
		assertThatThrownBy(() -> as("officer", () -> registration.register(phoneOf(closed.id(), Instant.now().minusSeconds(120), closed.officerIds()))))
			.isInstanceOf(CaseNotOpenForSeizure.class).hasMessageContaining("已结案");
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndWritesNothing() {
		Instant seized = Instant.now().minusSeconds(600);
		NewPropertyItem good = phone(seized);
		assertField("quantity", () -> registration.register(new NewPropertyItem(theCase.id(), Measure.SEIZURE, Category.ELECTRONIC, "手机",
				BigDecimal.ZERO, "部", null, List.of(), "孙某", null, "文号", null, seized, theCase.officerIds())));
		assertField("seizedBy", () -> registration.register(new NewPropertyItem(theCase.id(), Measure.SEIZURE, Category.ELECTRONIC, "手机",
				BigDecimal.ONE, "部", null, List.of(), "孙某", null, "文号", null, seized, List.of(officerId))));
		assertField("documentNumber", () -> registration.register(new NewPropertyItem(theCase.id(), Measure.SEIZURE, Category.ELECTRONIC, "手机",
				BigDecimal.ONE, "部", null, List.of(), "孙某", null, " ", null, seized, theCase.officerIds())));
		assertField("estimatedValue", () -> registration.register(new NewPropertyItem(theCase.id(), Measure.SEIZURE, Category.ELECTRONIC, "手机",
				BigDecimal.ONE, "部", new BigDecimal("-1"), List.of(), "孙某", null, "文号", null, seized, theCase.officerIds())));
		assertField("seizedAt", () -> registration.register(new NewPropertyItem(theCase.id(), Measure.SEIZURE, Category.ELECTRONIC, "手机",
				BigDecimal.ONE, "部", null, List.of(), "孙某", null, "文号", null, Instant.now().plus(Duration.ofHours(1)), theCase.officerIds())));
		assertThat(good).isNotNull();
		assertThat(itemsOfCase()).isZero();
	}

	@Test
	void theAuthorisingDocumentMustBeOneOfTheCasesAndGivesItsNumber(@Autowired org.zhifa.document.DocumentIssuing issuing) {
		var fields = java.util.Map.of("person", "孙某", "reason", "涉嫌盗窃", "place", "本所办案区");
		var own = issuing.issue(org.zhifa.document.NewDocument.of("SUMMONS", theCase.unitId(), theCase.id(), theCase.number(), fields, officerId));
		Case other = fixtures.criminal("城关派出所", 1);
		var foreign = issuing.issue(org.zhifa.document.NewDocument.of("SUMMONS", other.unitId(), other.id(), other.number(), fields, officerId));
		Instant seized = Instant.now().minusSeconds(600);
		assertField("legalDocumentId", () -> registration.register(withDocument(seized, foreign.id(), "文号")));
		assertField("legalDocumentId", () -> registration.register(withDocument(seized, UUID.randomUUID(), "文号")));
		assertThat(itemsOfCase()).isZero();
		PropertyItem item = as("officer", () -> registration.register(withDocument(seized, own.id(), " ")));
		assertThat(item.legalDocumentId()).isEqualTo(own.id());
		assertThat(item.documentNumber()).isEqualTo(own.number());
	}

	private NewPropertyItem withDocument(Instant seizedAt, UUID documentId, String documentNumber) {
		return new NewPropertyItem(theCase.id(), Measure.SEIZURE, Category.ELECTRONIC, "手机", BigDecimal.ONE, "部", null, List.of(), "孙某", null,
				documentNumber, documentId, seizedAt, theCase.officerIds());
	}

	@Test
	void anotherStationCannotSeeOrRegisterUnderTheCase() {
		PropertyItem phone = as("officer", () -> registration.register(phone(Instant.now().minusSeconds(600))));
		assertThatThrownBy(() -> as("officer2", () -> queries.details(phone.id()))).isInstanceOf(NotFound.class);
		assertThat(as("officer2", () -> queries.ofCase(theCase.id()))).isEmpty();
		assertThatThrownBy(() -> as("officer2", () -> registration.register(phone(Instant.now().minusSeconds(600))))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> as("officer2", () -> queries.byCode(phone.code()))).isInstanceOf(NotFound.class);
	}

	// ---- check-in ------------------------------------------------------------------------------------------------

	@Test
	void theCustodianChecksInByCodeWhichStopsTheClockAndASecondCheckInIsRefused() {
		PropertyItem phone = as("officer", () -> registration.register(phone(Instant.now().minusSeconds(3600))));
		PropertyItem in = as("custodian", () -> checkIn.checkIn(phone.code(), cabinet.id(), null));
		assertThat(in.status()).isEqualTo(ItemStatus.IN_STORE);
		assertThat(in.locationId()).isEqualTo(cabinet.id());
		assertThat(in.storeId()).isEqualTo(cabinet.storeId());
		assertThat(clocks.get(new StatutoryClockId(phone.handoverClockId())).running()).isFalse();
		ItemDetails d = as("custodian", () -> queries.details(phone.id()));
		assertThat(d.chain()).extracting(ChainEvent::kind).containsExactly("registered", "checked-in");
		assertThat(d.chain().get(1).location()).contains("E-01");
		assertThat(d.location()).contains("E-01");
		assertThatThrownBy(() -> as("custodian", () -> checkIn.checkIn(phone.code(), cabinet.id(), null))).isInstanceOf(ItemInWrongState.class)
			.hasMessageContaining("在库");
		assertThat(as("custodian", () -> queries.details(phone.id())).chain()).hasSize(2);
	}

	@Test
	void theOfficerWhoRegisteredAnItemCannotCheckItIn() {
		PropertyItem phone = as("officer", () -> registration.register(phone(Instant.now().minusSeconds(600))));
		var dual = TestActors.actor("officer-custodian", fixtures.unit("城关派出所"), officerId, DataScope.ALL, "property:read", "property:custody");
		List<Throwable> thrown = new ArrayList<>();
		TestActors.runAs(dual, () -> {
			try {
				checkIn.checkIn(phone.code(), cabinet.id(), null);
			}
			catch (RuntimeException ex) {
				thrown.add(ex);
			}
		});
		assertThat(thrown).singleElement().isInstanceOf(HandlerCannotKeep.class);
		assertThat(as("officer", () -> queries.details(phone.id())).item().status()).isEqualTo(ItemStatus.PENDING_HANDOVER);
	}

	@Test
	void aFrozenAccountIsRegisteredWithTheCustodianWithoutALocation() {
		PropertyItem frozen = as("officer", () -> registration.register(new NewPropertyItem(theCase.id(), Measure.FREEZING, Category.CASH,
				"银行账户存款（尾号 6688）", new BigDecimal("35000.00"), "元", new BigDecimal("35000.00"), List.of(), "孙某", null,
				"城公（刑）冻字〔2026〕3号", null, Instant.now().minusSeconds(600), theCase.officerIds())));
		assertThat(frozen.held()).isFalse();
		assertThat(clocks.get(new StatutoryClockId(frozen.handoverClockId())).deadline().ruleCode()).isEqualTo("property.registration");
		assertThatThrownBy(() -> as("custodian", () -> checkIn.checkIn(frozen.code(), shelf.id(), null))).isInstanceOf(InvalidInput.class);
		PropertyItem registered = as("custodian", () -> checkIn.checkIn(frozen.code(), null, frozen.version()));
		assertThat(registered.status()).isEqualTo(ItemStatus.REGISTERED);
		assertThat(registered.locationId()).isNull();
	}

	@Test
	void anAdministrativeSeizureRunsItsThirtyDayPeriod() {
		Case admin = fixtures.administrative("城关派出所", 1);
		PropertyItem item = as("officer", () -> registration.register(phoneOf(admin.id(), Instant.now().minusSeconds(600), admin.officerIds())));
		var period = clocks.get(new StatutoryClockId(item.measureClockId()));
		assertThat(period.deadline().ruleCode()).isEqualTo("administrative.seizure.period");
		assertThat(item.measureDueAt()).isEqualTo(period.dueAt());
	}

	@Test
	void aHandOverPastTwentyFourHoursRaisesAnAlarm() {
		Case older = fixtures.criminal("城关派出所", 3);
		PropertyItem late = as("officer", () -> registration.register(phoneOf(older.id(), Instant.now().minus(Duration.ofHours(30)), older.officerIds())));
		assertThat(as("officer", () -> queries.alarms())).anySatisfy(a -> {
			assertThat(a.itemId()).isEqualTo(late.id());
			assertThat(a.kind()).isEqualTo(PropertyAlarm.Kind.HANDOVER_OVERDUE);
		});
		assertThat(as("officer2", () -> queries.alarms())).noneMatch(a -> a.itemId().equals(late.id()));
	}

	@Test
	void itemsStillKeptWhenTheCaseClosesRaiseTheUndisposedAlarm() throws Exception {
		Case closing = fixtures.criminal("城关派出所", 2);
		PropertyItem kept = as("officer", () -> registration.register(phoneOf(closing.id(), Instant.now().minusSeconds(600), closing.officerIds())));
		as("custodian", () -> checkIn.checkIn(kept.code(), cabinet.id(), null));
		assertThat(as("officer", () -> queries.alarms())).noneMatch(a -> a.itemId().equals(kept.id()));
		withdraw(closing);
		for (int i = 0; i < 100 && jdbc.sql("SELECT case_closed_at IS NULL FROM property_item WHERE id = ?").param(kept.id()).query(Boolean.class)
			.single(); i++) {
			Thread.sleep(100); // the listener runs after the closing commits
		}
		assertThat(as("officer", () -> queries.alarms())).anySatisfy(a -> {
			assertThat(a.itemId()).isEqualTo(kept.id());
			assertThat(a.kind()).isEqualTo(PropertyAlarm.Kind.CASE_CLOSED_UNDISPOSED);
		});
		assertThat(as("officer2", () -> queries.alarms())).noneMatch(a -> a.itemId().equals(kept.id()));
	}

	// ---- loans ---------------------------------------------------------------------------------------------------

	@Test
	void aLoanForAppraisalIsApprovedByTheHeadHandedOutAndReturnedWithTheConditionChecked() {
		PropertyItem phone = checkedIn();
		Instant due = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
		Loan requested = as("officer", () -> loans.request(phone.id(), current(phone).version(), LoanPurpose.APPRAISAL, "送市局鉴定中心做电子数据鉴定",
				officerId, due));
		assertThat(requested.status()).isEqualTo(LoanStatus.REQUESTED);
		assertThatThrownBy(() -> as("custodian", () -> loans.handOut(requested.id(), requested.version()))).isInstanceOf(LoanInWrongState.class);
		Loan approved = as("head", () -> loans.approve(requested.id(), requested.version()));
		UUID head = jdbc.sql("SELECT officer_id FROM account WHERE username = 'head'").query(UUID.class).single();
		assertThat(approved.approvedBy()).isEqualTo(head);
		assertThat(approved.approvedAt()).isNotNull();
		Loan out = as("custodian", () -> loans.handOut(approved.id(), approved.version()));
		assertThat(current(phone).status()).isEqualTo(ItemStatus.ON_LOAN);
		assertThat(out.overdueAt(due.plusSeconds(1))).isTrue();
		Loan back = as("custodian", () -> loans.giveBack(out.id(), out.version(), false, "屏幕右上角新增划痕", null));
		assertThat(back.status()).isEqualTo(LoanStatus.RETURNED);
		assertThat(back.conditionOk()).isFalse();
		PropertyItem after = current(phone);
		assertThat(after.status()).isEqualTo(ItemStatus.IN_STORE);
		assertThat(after.locationId()).isEqualTo(cabinet.id());
		ItemDetails d = as("officer", () -> queries.details(phone.id()));
		assertThat(d.chain()).extracting(ChainEvent::kind)
			.containsExactly("registered", "checked-in", "loan-requested", "loan-approved", "checked-out", "returned");
		assertThat(d.chain().get(5).details()).contains("屏幕右上角新增划痕");
		assertThat(d.verification().valid()).isTrue();
		assertThat(d.loans()).singleElement().satisfies(l -> assertThat(l.approvedByName()).isNotBlank());
	}

	@Test
	void aLoanNotBackByItsDateIsOnTheBorrowersWorkbenchUntilItIsReturned(@Autowired PropertyAlerts alerts,
			@Autowired org.zhifa.workbench.Workbench workbench) {
		PropertyItem phone = checkedIn();
		Instant due = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
		Loan l = as("officer", () -> loans.request(phone.id(), current(phone).version(), LoanPurpose.APPRAISAL, "鉴定", officerId, due));
		Loan a = as("head", () -> loans.approve(l.id(), l.version()));
		Loan out = as("custodian", () -> loans.handOut(a.id(), a.version()));
		alerts.evaluateAt(due.minusSeconds(60));
		assertThat(openAlert(l.id())).as("not overdue yet").isNull();

		assertThat(alerts.evaluateAt(due.plusSeconds(60)).raised()).isPositive();
		UUID alert = openAlert(l.id());
		assertThat(alert).isNotNull();
		assertThat(alerts.evaluateAt(due.plusSeconds(120)).raised()).as("announced once").isZero();
		org.zhifa.Eventually.await("the overdue loan on the borrower's workbench", () -> as("officer", () -> workbench.myAlerts(false)).stream()
			.anyMatch(x -> x.alertId().equals(alert) && x.title().equals("涉案财物预警：调用逾期未还") && x.detail().contains(phone.code())
					&& x.link().equals("/property/items/" + phone.id())));
		assertThat(as("officer2", () -> workbench.myAlerts(true))).noneMatch(x -> x.alertId().equals(alert));

		as("custodian", () -> loans.giveBack(out.id(), out.version(), true, null, null));
		assertThat(alerts.evaluateAt(due.plusSeconds(180)).cleared()).isPositive();
		assertThat(openAlert(l.id())).isNull();
		org.zhifa.Eventually.await("the returned loan leaving the workbench", () -> as("officer", () -> workbench.myAlerts(false)).stream()
			.noneMatch(x -> x.alertId().equals(alert)));
	}

	@Test
	void anItemReachingItsReviewDateIsAnAlarmUntilTheOfficerExtendsTheKeepingWithAReason(@Autowired PropertyAlerts alerts,
			@Autowired Reviews reviews) {
		PropertyItem phone = checkedIn();
		assertThat(reviews.dueAt(phone)).isEqualTo(phone.registeredAt().plus(Duration.ofDays(90)));
		Instant now = Instant.now();
		alerts.evaluateAt(now);
		assertThat(openAlert(phone.id())).as("not due yet").isNull();
		// the review date has come (as if the item had been kept since long ago)
		jdbc.sql("INSERT INTO property_review (item_id, due_at, extensions, updated_at) VALUES (?, ?, 0, ?)")
			.params(phone.id(), java.sql.Timestamp.from(now.minus(Duration.ofHours(1))), java.sql.Timestamp.from(now)).update();
		alerts.evaluateAt(now);
		assertThat(openAlert(phone.id())).isNotNull();
		assertThat(as("officer", () -> queries.alarms())).anyMatch(a -> a.kind() == PropertyAlarm.Kind.REVIEW_DUE && a.itemId().equals(phone.id()));

		assertThatThrownBy(() -> as("officer", () -> reviews.extend(phone.id(), current(phone).version(), " "))).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("理由");
		assertThatThrownBy(() -> as("officer2", () -> reviews.extend(phone.id(), current(phone).version(), "越权"))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> as("officer", () -> reviews.extend(phone.id(), current(phone).version() + 1, "案件尚在侦查")))
			.isInstanceOf(StaleVersion.class);
		as("officer", () -> reviews.extend(phone.id(), current(phone).version(), "案件尚在侦查，手机须待电子数据鉴定完成"));
		assertThat(reviews.dueAt(current(phone))).isAfter(now.plus(Duration.ofDays(89)));
		ItemDetails d = as("officer", () -> queries.details(phone.id()));
		assertThat(d.chain().getLast().kind()).isEqualTo("review-extended");
		assertThat(d.chain().getLast().details()).contains("手机须待电子数据鉴定完成");
		assertThat(d.verification().valid()).isTrue();
		assertThat(alerts.evaluateAt(Instant.now()).cleared()).isPositive();
		assertThat(openAlert(phone.id())).isNull();
	}

	private UUID openAlert(UUID subject) {
		return jdbc.sql("SELECT id FROM property_alert WHERE subject_id = ? AND cleared_at IS NULL").param(subject).query(UUID.class).optional()
			.orElse(null);
	}

	@Test
	void onlyAnItemInTheStoreCanBeLentAndOnlyALoanOutCanBeReturned() {
		PropertyItem pending = as("officer", () -> registration.register(phone(Instant.now().minusSeconds(600))));
		assertThatThrownBy(() -> as("officer", () -> loans.request(pending.id(), pending.version(), LoanPurpose.IDENTIFICATION, "辨认", officerId,
				Instant.now().plus(Duration.ofDays(1))))).isInstanceOf(ItemInWrongState.class).hasMessageContaining("待移交");
		PropertyItem phone = checkedIn();
		Loan requested = as("officer", () -> loans.request(phone.id(), current(phone).version(), LoanPurpose.INTERROGATION, "讯问时出示",
				officerId, Instant.now().plus(Duration.ofHours(4))));
		assertThatThrownBy(() -> as("custodian", () -> loans.giveBack(requested.id(), requested.version(), true, null, null)))
			.isInstanceOf(LoanInWrongState.class).hasMessageContaining("待审批");
		assertThatThrownBy(() -> as("officer", () -> loans.request(phone.id(), current(phone).version(), LoanPurpose.INTERROGATION, "再借",
				officerId, Instant.now().plus(Duration.ofHours(4))))).isInstanceOf(ItemInWrongState.class);
	}

	@Test
	void theRequesterCannotApproveHisOwnLoan() {
		PropertyItem phone = checkedIn();
		UUID head = jdbc.sql("SELECT officer_id FROM account WHERE username = 'head'").query(UUID.class).single();
		Loan requested = as("head", () -> loans.request(phone.id(), current(phone).version(), LoanPurpose.EXAMINATION, "检验", officerId,
				Instant.now().plus(Duration.ofDays(1))));
		assertThat(requested.requestedBy()).isEqualTo(head);
		assertThatThrownBy(() -> as("head", () -> loans.approve(requested.id(), requested.version()))).isInstanceOf(HandlerCannotKeep.class);
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() {
		PropertyItem phone = checkedIn();
		long stale = phone.version() - 1; // the version before check-in
		assertThatThrownBy(() -> as("officer", () -> loans.request(phone.id(), stale, LoanPurpose.APPRAISAL, "鉴定", officerId,
				Instant.now().plus(Duration.ofDays(1))))).isInstanceOf(StaleVersion.class);
		assertThat(current(phone).chainLength()).isEqualTo(2);
		Loan requested = as("officer", () -> loans.request(phone.id(), current(phone).version(), LoanPurpose.APPRAISAL, "鉴定", officerId,
				Instant.now().plus(Duration.ofDays(1))));
		as("head", () -> loans.approve(requested.id(), requested.version()));
		assertThatThrownBy(() -> as("head", () -> loans.approve(requested.id(), requested.version()))).isInstanceOf(StaleVersion.class);
	}

	// ---- transfer ------------------------------------------------------------------------------------------------

	@Test
	void aPaperworkOnlyTransferLeavesTheItemInTheStoreAndAPhysicalOneTakesItOut() {
		PropertyItem stays = checkedIn();
		PropertyItem moved = as("custodian", () -> transfers.transfer(stays.id(), stays.version(), "示范市城关区人民检察院", "城公（刑）移字〔2026〕7号", false));
		assertThat(moved.status()).isEqualTo(ItemStatus.IN_STORE);
		assertThat(moved.locationId()).isEqualTo(cabinet.id());
		assertThat(moved.transferredTo()).isEqualTo("示范市城关区人民检察院");
		ChainEvent e = as("custodian", () -> queries.details(stays.id())).chain().getLast();
		assertThat(e.kind()).isEqualTo("transferred");
		assertThat(e.document()).isEqualTo("城公（刑）移字〔2026〕7号");
		assertThat(e.details()).contains("\"physical\":false");

		PropertyItem goes = checkedIn();
		PropertyItem out = as("custodian", () -> transfers.transfer(goes.id(), goes.version(), "示范市城关区人民法院", "城公（刑）移字〔2026〕8号", true));
		assertThat(out.status()).isEqualTo(ItemStatus.TRANSFERRED);
		assertThat(out.locationId()).isNull();
		assertThatThrownBy(() -> as("custodian", () -> transfers.transfer(goes.id(), out.version(), "法院", "文号", true)))
			.isInstanceOf(ItemInWrongState.class);
		assertThatThrownBy(() -> as("officer", () -> loans.request(goes.id(), out.version(), LoanPurpose.APPRAISAL, "鉴定", officerId,
				Instant.now().plus(Duration.ofDays(1))))).isInstanceOf(ItemInWrongState.class);
		assertThat(as("custodian", () -> checkIn.inventory(cabinet.id(), List.of())).missing()).doesNotContain(goes.code());
		assertThat(as("custodian", () -> queries.verify(goes.id())).valid()).isTrue();
	}

	@Test
	void anItemNotYetCheckedInCannotBeTransferredAndTheAgencyIsRequired() {
		PropertyItem pending = as("officer", () -> registration.register(phone(Instant.now().minusSeconds(600))));
		assertThatThrownBy(() -> as("custodian", () -> transfers.transfer(pending.id(), pending.version(), "检察院", "文号", false)))
			.isInstanceOf(ItemInWrongState.class);
		PropertyItem in = checkedIn();
		assertThatThrownBy(() -> as("custodian", () -> transfers.transfer(in.id(), in.version(), " ", "文号", false)))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.properties().get("errors").toString()).contains("field=agency"));
	}

	// ---- disposal through the approval module ----------------------------------------------------------------------

	@Test
	void anApprovedDisposalDisposesTheItemsWithTheApprovalAsTheirDocument() {
		PropertyItem a = checkedIn();
		PropertyItem b = checkedIn();
		org.zhifa.approval.Submission s = as("officer", () -> approvals.submit(disposal(a.id() + "," + b.id(), "DESTRUCTION")));
		s = approveThrough(s, "legal", "head");
		org.zhifa.approval.Submission last = s;
		as("branchleader", () -> approvals.approve(last.id(), "同意销毁", last.version()));
		for (PropertyItem i : List.of(a, b)) {
			ItemDetails d = as("custodian", () -> queries.details(i.id()));
			assertThat(d.item().status()).isEqualTo(ItemStatus.DISPOSED);
			assertThat(d.item().locationId()).isNull();
			ChainEvent e = d.chain().getLast();
			assertThat(e.kind()).isEqualTo("disposed");
			assertThat(e.document()).contains(s.number());
			assertThat(e.details()).contains("销毁");
			assertThat(d.verification().valid()).isTrue();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM property_disposal WHERE submission_id = ?").param(s.id()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void theFinalApprovalIsRefusedWhenAnItemWentOutOnLoanDuringTheReview() {
		PropertyItem phone = checkedIn();
		org.zhifa.approval.Submission s = approveThrough(as("officer", () -> approvals.submit(disposal(phone.id().toString(), "CONFISCATION"))),
				"legal", "head");
		lentOut(phone);
		assertThatThrownBy(() -> as("branchleader", () -> approvals.approve(s.id(), "同意", s.version()))).isInstanceOf(ItemInWrongState.class)
			.hasMessageContaining("调用中");
		assertThat(current(phone).status()).isEqualTo(ItemStatus.ON_LOAN);
		assertThat(jdbc.sql("SELECT state FROM approval_submission WHERE id = ?").param(s.id()).query(String.class).single()).isNotEqualTo("APPROVED");
	}

	@Test
	void aDisposalRequestTheItemsCannotSatisfyIsRefusedAtSubmissionAndNothingIsWritten() {
		PropertyItem kept = checkedIn();
		PropertyItem pending = as("officer", () -> registration.register(phone(Instant.now().minusSeconds(600))));
		PropertyItem lent = checkedIn();
		lentOut(lent);
		Case other = fixtures.criminal("城关派出所", 1);
		PropertyItem elsewhere = as("officer", () -> registration.register(phoneOf(other.id(), Instant.now().minusSeconds(600), other.officerIds())));
		refusedAtSubmission(disposal("not-an-id", "DESTRUCTION"), InvalidInput.class, "itemIds", "无效");
		refusedAtSubmission(disposal(" ", "DESTRUCTION"), InvalidInput.class, "itemIds", "请选择");
		refusedAtSubmission(disposal(elsewhere.id().toString(), "DESTRUCTION"), InvalidInput.class, "itemIds", "不属于本案");
		refusedAtSubmission(disposal(kept.id() + "," + pending.id(), "DESTRUCTION"), ItemNotDisposable.class, "itemIds", "待移交");
		refusedAtSubmission(disposal(lent.id().toString(), "DESTRUCTION"), ItemNotDisposable.class, "itemIds", "调用中");
		refusedAtSubmission(disposal(kept.id().toString(), "BURN"), InvalidInput.class, "method", "处置方式");
		refusedAtSubmission(earlyReturn(pending.id().toString()), ItemNotDisposable.class, "itemIds", "待移交");
	}

	@Test
	void anItemAnotherOpenRequestNamesCannotBeAskedForAgain() {
		PropertyItem kept = checkedIn();
		org.zhifa.approval.Submission first = as("officer", () -> approvals.submit(disposal(kept.id().toString(), "RETURN_TO_OWNER")));
		refusedAtSubmission(earlyReturn(kept.id().toString()), ItemNotDisposable.class, "itemIds", first.number());
		as("officer", () -> approvals.recall(first.id(), "撤回修改", first.version()));
		refusedAtSubmission(earlyReturn(kept.id().toString()), ItemNotDisposable.class, "itemIds", first.number());
	}

	@Test
	void aResubmissionIsCheckedAgainButNotAgainstItself() {
		PropertyItem phone = checkedIn();
		org.zhifa.approval.Submission s = as("officer", () -> approvals.submit(disposal(phone.id().toString(), "DESTRUCTION")));
		org.zhifa.approval.Submission back = as("legal", () -> approvals.returnTo(s.id(), 0, "请补充鉴定意见", s.version()));
		Loan out = lentOut(phone);
		assertThatThrownBy(() -> as("officer", () -> approvals.resubmit(back.id(), "补充了鉴定意见", "呈请销毁", "依据", java.util.Map.of(), back.version())))
			.isInstanceOfSatisfying(ItemNotDisposable.class, ex -> assertThat(ex.properties().get("errors").toString()).contains("field=itemIds"));
		assertThat(jdbc.sql("SELECT state FROM approval_submission WHERE id = ?").param(s.id()).query(String.class).single()).isEqualTo("WITH_SUBMITTER");
		as("custodian", () -> loans.giveBack(out.id(), out.version(), true, null, null));
		org.zhifa.approval.Submission again = as("officer", () -> approvals.resubmit(back.id(), "补充了鉴定意见", "呈请销毁", "依据", java.util.Map.of(),
				back.version()));
		assertThat(again.state()).isEqualTo(org.zhifa.approval.SubmissionState.IN_REVIEW);
	}

	/** The request is refused with the problem naming the field, and no submission is written for the case. */
	private void refusedAtSubmission(org.zhifa.approval.NewSubmission request, Class<? extends RuntimeException> problem, String field,
			String message) {
		long before = submissionsOfCase();
		assertThatThrownBy(() -> as("officer", () -> approvals.submit(request))).isInstanceOf(problem).hasMessageContaining(message)
			.satisfies(ex -> assertThat(((org.zhifa.shared.DomainException) ex).properties().get("errors").toString()).contains("field=" + field));
		assertThat(submissionsOfCase()).isEqualTo(before);
	}

	private long submissionsOfCase() {
		return jdbc.sql("SELECT count(*) FROM approval_submission WHERE case_id = ?").param(theCase.id()).query(Long.class).single();
	}

	/** The item lent out for appraisal: requested, approved by the head and handed out by the custodian. */
	private Loan lentOut(PropertyItem item) {
		Loan l = as("officer", () -> loans.request(item.id(), current(item).version(), LoanPurpose.APPRAISAL, "鉴定", officerId,
				Instant.now().plus(Duration.ofDays(1))));
		Loan a = as("head", () -> loans.approve(l.id(), l.version()));
		return as("custodian", () -> loans.handOut(a.id(), a.version()));
	}

	private org.zhifa.approval.NewSubmission earlyReturn(String itemIds) {
		return new org.zhifa.approval.NewSubmission("EARLY_RETURN", theCase.id(), null, "被扣押的手机系被害人所有，权属明确。", "呈请先行返还被害人。",
				"《公安机关办理刑事案件程序规定》第二百三十四条", null, null, false, java.util.Map.of("itemIds", itemIds), java.util.Map.of(), List.of(), null);
	}

	private org.zhifa.approval.NewSubmission disposal(String itemIds, String method) {
		return new org.zhifa.approval.NewSubmission("PROPERTY_DISPOSAL", theCase.id(), null, "扣押的物品经鉴定与案件无关联价值，已无保存必要。",
				"呈请对所列涉案财物依法处置。", "《公安机关办理刑事案件程序规定》第二百三十六条", null, null, false,
				java.util.Map.of("itemIds", itemIds, "method", method), java.util.Map.of(), List.of(), null);
	}

	private org.zhifa.approval.Submission approveThrough(org.zhifa.approval.Submission s, String... usernames) {
		org.zhifa.approval.Submission current = s;
		for (String u : usernames) {
			org.zhifa.approval.Submission at = current;
			current = as(u, () -> approvals.approve(at.id(), "同意", at.version()));
		}
		return current;
	}

	// ---- photos ---------------------------------------------------------------------------------------------------

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1 };
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Test
	void aPhotoIsUploadedWithItsSm3WhichItsChainEventCitesAndIsReadBackAsStored(@Autowired Photos photos) {
		PropertyItem phone = as("officer", () -> registration.register(phone(Instant.now().minusSeconds(600))));
		PropertyPhoto front = as("officer", () -> photos.add(phone.id(), "正面.jpg", "image/jpeg", JPEG));
		PropertyPhoto back = as("custodian", () -> photos.add(phone.id(), "背面.png", "image/png", PNG));
		assertThat(front.sm3()).isEqualTo(org.zhifa.audit.Sm3Chain.digest(JPEG)).hasSize(64);
		assertThat(as("officer", () -> photos.of(phone.id()))).extracting(PropertyPhoto::id).containsExactly(front.id(), back.id());
		PropertyPhoto.Content c = as("officer", () -> photos.content(phone.id(), front.id()));
		assertThat(c.bytes()).isEqualTo(JPEG);
		assertThat(c.photo().mediaType()).isEqualTo("image/jpeg");
		ItemDetails d = as("officer", () -> queries.details(phone.id()));
		assertThat(d.chain()).extracting(ChainEvent::kind).containsExactly("registered", "photo-added", "photo-added");
		assertThat(d.chain().get(1).details()).contains(front.sm3()).contains("正面.jpg");
		assertThat(d.chain().get(2).details()).contains(back.sm3());
		assertThat(d.verification().valid()).isTrue();
		assertThat(d.item().version()).as("a photo changes no state the item's readers hold").isEqualTo(phone.version());
		assertThat(audited(phone.id(), "property.photo-added")).isTrue();
		assertThatThrownBy(() -> as("officer2", () -> photos.of(phone.id()))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> as("officer2", () -> photos.content(phone.id(), front.id()))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> as("officer", () -> photos.content(phone.id(), UUID.randomUUID()))).isInstanceOf(NotFound.class);
	}

	@Test
	void aPhotoThatIsNotAnAcceptedImageOrTooLargeOrAlreadyThereIsRefusedAndNothingIsWritten(@Autowired Photos photos) {
		PropertyItem phone = as("officer", () -> registration.register(phone(Instant.now().minusSeconds(600))));
		as("officer", () -> photos.add(phone.id(), "正面.jpg", "image/jpeg", JPEG));
		byte[] tooLarge = java.util.Arrays.copyOf(JPEG, 10 * 1024 * 1024 + 1);
		assertField("file", () -> photos.add(phone.id(), "空.jpg", "image/jpeg", new byte[0]));
		assertField("file", () -> photos.add(phone.id(), "动图.gif", "image/gif", "GIF89a".getBytes()));
		assertField("file", () -> photos.add(phone.id(), "假.png", "image/png", JPEG));
		assertField("file", () -> photos.add(phone.id(), "大.jpg", "image/jpeg", tooLarge));
		assertThatThrownBy(() -> as("officer", () -> photos.add(phone.id(), "又一张.jpg", "image/jpeg", JPEG))).isInstanceOf(PhotoAlreadyAdded.class)
			.hasMessageContaining("正面.jpg");
		assertThat(jdbc.sql("SELECT count(*) FROM property_photo WHERE item_id = ?").param(phone.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(current(phone).chainLength()).isEqualTo(2);
	}

	// ---- inventory and label -------------------------------------------------------------------------------------

	@Test
	void anInventoryListsWhatIsMissingAndWhatShouldNotBeThere() {
		PropertyItem a = checkedIn();
		PropertyItem b = checkedIn();
		PropertyItem elsewhere = as("officer", () -> registration.register(phone(Instant.now().minusSeconds(600))));
		as("custodian", () -> checkIn.checkIn(elsewhere.code(), shelf.id(), null));
		CheckIn.Inventory result = as("custodian", () -> checkIn.inventory(cabinet.id(), List.of(a.code(), elsewhere.code(), "CW000000000000")));
		assertThat(result.present()).containsExactly(a.code());
		assertThat(result.missing()).containsExactly(b.code());
		assertThat(result.unexpected()).containsExactly(elsewhere.code(), "CW000000000000");
	}

	@Test
	void theLabelIsAOnePagePdfWithTheCode() throws Exception {
		PropertyItem phone = as("officer", () -> registration.register(phone(Instant.now().minusSeconds(600))));
		byte[] pdf = as("officer", () -> labels.label(phone.id()));
		PdfReader reader = new PdfReader(pdf);
		assertThat(reader.getNumberOfPages()).isEqualTo(1);
		assertThat(new org.openpdf.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1)).contains(phone.code());
		reader.close();
	}

	// ---- the chain -----------------------------------------------------------------------------------------------

	@Test
	void changingAnyStoredFieldOfAnyEventIsDetectedAtThatEvent() {
		PropertyItem phone = walked();
		for (String change : List.of("actor_name = actor_name || 'x'", "at = at + interval '1 second'", "location = 'elsewhere'",
				"document = 'forged'", "details = '{}'", "kind = 'returned'", "actor_id = gen_random_uuid()", "unit_id = NULL",
				"item_code = 'CW000000000001'", "prev_hash = repeat('1', 64)", "hash = repeat('2', 64)")) {
			tamper(phone, "UPDATE property_chain_event SET " + change + " WHERE item_id = :item AND seq = 3", () -> {
				ChainCheck check = as("custodian", () -> queries.verify(phone.id()));
				assertThat(check.valid()).as(change).isFalse();
				assertThat(check.firstBadSeq()).as(change).isEqualTo(3);
			});
		}
		assertThat(as("custodian", () -> queries.verify(phone.id())).valid()).isTrue();
	}

	@Test
	void deletingOrReorderingEventsIsDetected() {
		PropertyItem phone = walked();
		tamper(phone, "DELETE FROM property_chain_event WHERE item_id = :item AND seq = 2", () -> {
			ChainCheck check = as("custodian", () -> queries.verify(phone.id()));
			assertThat(check.firstBadSeq()).isEqualTo(2);
			assertThat(check.reason()).contains("缺失");
		});
		tamper(phone, "DELETE FROM property_chain_event WHERE item_id = :item AND seq = 4", () ->
			assertThat(as("custodian", () -> queries.verify(phone.id())).firstBadSeq()).isEqualTo(4));
		tamper(phone, """
				UPDATE property_chain_event SET seq = CASE seq WHEN 2 THEN -3 ELSE -2 END WHERE item_id = :item AND seq IN (2, 3);
				UPDATE property_chain_event SET seq = -seq WHERE item_id = :item AND seq < 0""", () ->
			assertThat(as("custodian", () -> queries.verify(phone.id())).firstBadSeq()).isEqualTo(2));
		assertThat(as("custodian", () -> queries.verify(phone.id())).valid()).isTrue();
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAnEvent() {
		PropertyItem phone = walked();
		assertThatThrownBy(() -> jdbc.sql("UPDATE property_chain_event SET location = 'x' WHERE item_id = ?").param(phone.id()).update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM property_chain_event WHERE item_id = ?").param(phone.id()).update())
			.hasMessageContaining("append-only");
	}

	@Test
	void anExportVerifiesOnItsOwnAndAnyChangeToItIsDetected() {
		PropertyItem phone = walked();
		as("officer", () -> registration.register(phone(Instant.now().minusSeconds(60))));
		ChainExport export = as("officer", () -> queries.exportCase(theCase.id()));
		assertThat(export.items()).hasSize(2);
		JsonMapper json = JsonMapper.builder().build();
		String text = json.writeValueAsString(export);
		ChainExport read = json.readValue(text, ChainExport.class);
		assertThat(read.verify()).allMatch(ChainCheck::valid);

		ChainExport.Item item = read.items().getFirst();
		List<ChainEvent> events = new ArrayList<>(item.events());
		ChainEvent third = events.get(2);
		events.set(2, new ChainEvent(third.itemCode(), third.seq(), third.kind(), third.actorId(), "冒名", third.unitId(), third.at(), third.location(),
				third.document(), third.details(), third.prevHash(), third.hash()));
		assertThat(withEvents(read, item, events).verify().getFirst().firstBadSeq()).isEqualTo(3);
		events = new ArrayList<>(item.events());
		events.remove(events.size() - 1);
		assertThat(withEvents(read, item, events).verify().getFirst().firstBadSeq()).isEqualTo(events.size() + 1);
		events = new ArrayList<>(item.events());
		java.util.Collections.swap(events, 1, 2);
		assertThat(withEvents(read, item, events).verify().getFirst().firstBadSeq()).isEqualTo(2);
	}

	// ---- helpers -------------------------------------------------------------------------------------------------

	private static ChainExport withEvents(ChainExport export, ChainExport.Item item, List<ChainEvent> events) {
		return new ChainExport(export.format(), export.exportedAt(), export.exportedBy(), export.caseLabel(),
				List.of(new ChainExport.Item(item.code(), item.description(), item.caseLabel(), item.length(), item.head(), events)));
	}

	/** Runs a tampering statement with the append-only trigger off, checks, and puts the rows back as they were. */
	private void tamper(PropertyItem item, String sql, Runnable check) {
		List<java.util.Map<String, Object>> saved = jdbc.sql("SELECT * FROM property_chain_event WHERE item_id = ? ORDER BY seq").param(item.id())
			.query().listOfRows();
		jdbc.sql("ALTER TABLE property_chain_event DISABLE TRIGGER property_chain_event_append_only").update();
		try {
			jdbc.sql(sql).param("item", item.id()).update();
			check.run();
		}
		finally {
			jdbc.sql("DELETE FROM property_chain_event WHERE item_id = ?").param(item.id()).update();
			for (var row : saved) {
				jdbc.sql("""
						INSERT INTO property_chain_event (item_id, seq, item_code, kind, actor_id, actor_name, unit_id, at, location, document, details,
						  prev_hash, hash)
						VALUES (:item_id, :seq, :item_code, :kind, :actor_id, :actor_name, :unit_id, :at, :location, :document, :details, :prev_hash, :hash)""")
					.params(row).update();
			}
			jdbc.sql("ALTER TABLE property_chain_event ENABLE TRIGGER property_chain_event_append_only").update();
		}
	}

	/** An item with six events: registered, checked in, lent for appraisal and returned. */
	private PropertyItem walked() {
		PropertyItem phone = checkedIn();
		Loan l = as("officer", () -> loans.request(phone.id(), current(phone).version(), LoanPurpose.APPRAISAL, "鉴定", officerId,
				Instant.now().plus(Duration.ofDays(1))));
		Loan a = as("head", () -> loans.approve(l.id(), l.version()));
		Loan o = as("custodian", () -> loans.handOut(a.id(), a.version()));
		as("custodian", () -> loans.giveBack(o.id(), o.version(), true, null, null));
		assertThat(current(phone).chainLength()).isEqualTo(6);
		return current(phone);
	}

	private PropertyItem checkedIn() {
		PropertyItem phone = as("officer", () -> registration.register(phone(Instant.now().minusSeconds(600))));
		return as("custodian", () -> checkIn.checkIn(phone.code(), cabinet.id(), null));
	}

	private PropertyItem current(PropertyItem item) {
		return as("custodian", () -> queries.details(item.id())).item();
	}

	private NewPropertyItem phone(Instant seizedAt) {
		return phoneOf(theCase.id(), seizedAt, theCase.officerIds());
	}

	private static NewPropertyItem phoneOf(UUID caseId, Instant seizedAt, List<UUID> by) {
		return new NewPropertyItem(caseId, Measure.SEIZURE, Category.ELECTRONIC, "黑色华为手机一部（IMEI 861234567890123）", BigDecimal.ONE, "部",
				new BigDecimal("2999.00"), List.of("photo-001.jpg"), "孙某", null, "城公（刑）扣字〔2026〕12号", null, seizedAt, by);
	}

	private long itemsOfCase() {
		return jdbc.sql("SELECT count(*) FROM property_item WHERE case_id = ?").param(theCase.id()).query(Long.class).single();
	}

	private boolean audited(UUID itemId, String action) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_id = ? AND action = ?").param(itemId.toString()).param(action)
			.query(Long.class).single() > 0;
	}

	private void assertField(String field, Supplier<Object> work) {
		assertThatThrownBy(() -> as("officer", work)).isInstanceOfSatisfying(InvalidInput.class,
				ex -> assertThat(ex.properties().get("errors").toString()).contains("field=" + field));
	}

	private <T> T as(String username, Supplier<T> work) {
		List<T> result = new ArrayList<>();
		TestActors.runAs(DemoActors.account(jdbc, username), () -> result.add(work.get()));
		return result.getFirst();
	}

	/** 撤销案件 the way the product does it: an approved request (a closing is never taken directly). */
	private void withdraw(Case c) {
		new org.zhifa.approval.ApprovalFixtures(approvals, jdbc).close(DemoActors.account(jdbc, "officer"), c, null,
				org.zhifa.cases.Closing.WITHDRAWN);
	}
}
