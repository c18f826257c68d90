package org.zhifa.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.custody.RoomKind;
import org.zhifa.custody.Rooms;
import org.zhifa.identity.AccountManagement;
import org.zhifa.officer.LegalOfficerDesignation;
import org.zhifa.officer.NewOfficer;
import org.zhifa.officer.OfficerKind;
import org.zhifa.officer.OfficerManagement;
import org.zhifa.officer.Qualification;
import org.zhifa.officer.QualificationLevel;
import org.zhifa.officer.Role;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitKind;
import org.zhifa.organization.UnitManagement;

import static org.zhifa.officer.Role.*;

/**
 * The fictional 示范市公安局: 10 city departments, 东城分局 / 西城分局 / 南山县公安局 each with two 派出所 and a 法制大队,
 * about 60 officers (some with expiring, expired or missing 执法资格) and one demo account per role. Runs once:
 * when any bureau already exists it does nothing. One transaction, so a failed seed leaves nothing behind.
 */
@Component
@Order(0) // before the dataset generator, which builds on the demo bureau
class DemoBureau implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoBureau.class);

	private final DemoSettings settings;
	private final UnitDirectory unitDirectory;
	private final UnitManagement units;
	private final OfficerManagement officers;
	private final Rooms rooms;
	private final AccountManagement accounts;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final Map<String, UUID> unitIds = new HashMap<>();
	private int badge = 100001;
	private int auxiliary = 1;
	private int nameIndex;

	DemoBureau(DemoSettings settings, UnitDirectory unitDirectory, UnitManagement units, OfficerManagement officers,
			AccountManagement accounts, Rooms rooms, TransactionTemplate transaction, Clock clock) {
		this.settings = settings;
		this.unitDirectory = unitDirectory;
		this.units = units;
		this.officers = officers;
		this.accounts = accounts;
		this.rooms = rooms;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.enabled()) {
			return;
		}
		if (unitDirectory.root().isPresent()) {
			log.info("演示数据：已存在机构，跳过初始化");
			return;
		}
		transaction.executeWithoutResult(status -> seed());
		log.info("演示数据：已创建示范市公安局、{} 个单位、{} 名民警，演示账号密码 {}", unitIds.size(),
				(badge - 100001) + (auxiliary - 1), settings.password());
	}

	private void seed() {
		unit("city", "990100000000", "示范市公安局", UnitKind.MUNICIPAL_BUREAU, null);
		unit("xingzhen", "990100010000", "刑事侦查支队", UnitKind.CRIMINAL_INVESTIGATION, "city");
		unit("zhian", "990100020000", "治安管理支队", UnitKind.PUBLIC_ORDER, "city");
		unit("jingzhen", "990100030000", "经济犯罪侦查支队", UnitKind.ECONOMIC_CRIME, "city");
		unit("jindu", "990100040000", "禁毒支队", UnitKind.NARCOTICS, "city");
		unit("jiaojing", "990100050000", "交通警察支队", UnitKind.TRAFFIC, "city");
		unit("fazhi", "990100060000", "法制支队", UnitKind.LEGAL_AFFAIRS, "city");
		unit("ducha", "990100070000", "督察支队", UnitKind.INSPECTORATE, "city");
		unit("anguan", "990100080000", "案件管理中心", UnitKind.CASE_MANAGEMENT_CENTER, "city");
		unit("banan", "990100090000", "执法办案管理中心", UnitKind.CASE_HANDLING_CENTER, "city");
		unit("caiwu", "990100100000", "涉案财物管理中心", UnitKind.PROPERTY_CENTER, "city");

		branch("dongcheng", "990101", "东城分局", UnitKind.DISTRICT_BUREAU, "城关派出所", "东湖派出所");
		branch("xicheng", "990102", "西城分局", UnitKind.DISTRICT_BUREAU, "河西派出所", "西山派出所");
		branch("nanshan", "990103", "南山县公安局", UnitKind.COUNTY_BUREAU, "南山镇派出所", "青石派出所");

		LocalDate today = LocalDate.now(clock);
		// city leadership and departments
		account("admin", officer("city", Set.of(ADMINISTRATOR), valid(today)));
		account("leader", officer("city", Set.of(BUREAU_LEADER), valid(today)));
		officer("city", Set.of(BUREAU_LEADER), valid(today));
		account("reviewer", officer("fazhi", Set.of(LEGAL_REVIEWER), senior(today), true, null));
		officer("fazhi", Set.of(LEGAL_REVIEWER), senior(today), true, null);
		officer("fazhi", Set.of(LEGAL_REVIEWER, DEPARTMENT_HEAD), senior(today), true, null);
		account("inspector", officer("ducha", Set.of(INSPECTOR), valid(today)));
		officer("ducha", Set.of(INSPECTOR), expiringIn(today, 12));
		account("casemgmt", officer("anguan", Set.of(CASE_MANAGEMENT), valid(today)));
		auxiliaryOfficer("anguan", Set.of(CASE_MANAGEMENT));
		account("custody", officer("banan", Set.of(CUSTODY_STAFF), valid(today)));
		officer("banan", Set.of(CUSTODY_STAFF), valid(today));
		auxiliaryOfficer("banan", Set.of(CUSTODY_STAFF));
		account("custodian", officer("caiwu", Set.of(PROPERTY_CUSTODIAN), valid(today)));
		officer("caiwu", Set.of(PROPERTY_CUSTODIAN), null);
		officer("xingzhen", Set.of(DEPARTMENT_HEAD, CASE_OFFICER), senior(today));
		officer("xingzhen", Set.of(CASE_OFFICER), valid(today));
		officer("xingzhen", Set.of(CASE_OFFICER), expiredDaysAgo(today, 20));
		officer("zhian", Set.of(CASE_OFFICER), valid(today));
		officer("jingzhen", Set.of(CASE_OFFICER), valid(today));
		officer("jindu", Set.of(CASE_OFFICER), expiringIn(today, 25));
		officer("jiaojing", Set.of(CASE_OFFICER), valid(today));

		// branches: leader, legal team, and two stations each
		for (String branch : List.of("dongcheng", "xicheng", "nanshan")) {
			UUID leader = officer(branch, Set.of(BUREAU_LEADER), senior(today));
			UUID admin = officer(branch, Set.of(ADMINISTRATOR), valid(today));
			UUID legalChief = officer(branch + "-fazhi", Set.of(LEGAL_REVIEWER, DEPARTMENT_HEAD), senior(today), true, null);
			UUID newReviewer = officer(branch + "-fazhi", Set.of(LEGAL_REVIEWER), valid(today), false, null);
			if (branch.equals("dongcheng")) {
				account("branchleader", leader);
				account("admin2", admin);
				account("branchreviewer", legalChief);
				account("newreviewer", newReviewer);
			}
			for (String station : List.of(branch + "-1", branch + "-2")) {
				UUID head = officer(station, Set.of(DEPARTMENT_HEAD, CASE_OFFICER), senior(today));
				UUID caseOfficer = officer(station, Set.of(CASE_OFFICER), valid(today));
				officer(station, Set.of(CASE_OFFICER), station.endsWith("-1") ? expiringIn(today, 9) : valid(today));
				UUID legal = officer(station, Set.of(LEGAL_OFFICER, CASE_OFFICER), valid(today), false, LegalOfficerDesignation.PART_TIME);
				officer(station, Set.of(CASE_OFFICER), station.startsWith("nanshan") ? null : valid(today));
				auxiliaryOfficer(station, Set.of(CASE_OFFICER));
				if (station.equals("dongcheng-1")) {
					account("officer", caseOfficer);
					account("legal", legal);
					account("head", head);
				}
				if (station.equals("xicheng-1")) {
					account("officer2", caseOfficer);
				}
			}
		}
		// the rooms of the 执法办案管理中心 and of 城关派出所's own 办案区
		UUID center = unitIds.get("banan");
		for (int i = 1; i <= 4; i++) {
			rooms.create(center, "讯问室" + i, RoomKind.INTERROGATION, 1);
		}
		rooms.create(center, "询问室1", RoomKind.INQUIRY, 1);
		rooms.create(center, "询问室2", RoomKind.INQUIRY, 1);
		rooms.create(center, "候问室1", RoomKind.WAITING, 4);
		rooms.create(center, "候问室2", RoomKind.WAITING, 4);
		rooms.create(center, "醒酒室", RoomKind.SOBERING, 2);
		UUID station = unitIds.get("dongcheng-1");
		rooms.create(station, "讯问室", RoomKind.INTERROGATION, 1);
		rooms.create(station, "询问室", RoomKind.INQUIRY, 1);
		rooms.create(station, "候问室", RoomKind.WAITING, 3);
	}

	private void branch(String key, String prefix, String name, UnitKind kind, String station1, String station2) {
		unit(key, prefix + "000000", name, kind, "city");
		unit(key + "-fazhi", prefix + "010000", name.replace("公安局", "").replace("分局", "") + "法制大队", UnitKind.LEGAL_AFFAIRS, key);
		unit(key + "-1", prefix + "000100", station1, UnitKind.POLICE_STATION, key);
		unit(key + "-2", prefix + "000200", station2, UnitKind.POLICE_STATION, key);
	}

	private void unit(String key, String code, String name, UnitKind kind, @Nullable String parent) {
		unitIds.put(key, units.create(code, name, kind, parent == null ? null : unitIds.get(parent)).id());
	}

	private UUID officer(String unit, Set<Role> roles, @Nullable Qualification qualification) {
		return officer(unit, roles, qualification, false, null);
	}

	private UUID officer(String unit, Set<Role> roles, @Nullable Qualification qualification, boolean lawQualified,
			@Nullable LegalOfficerDesignation designation) {
		String number = String.valueOf(badge++);
		String phone = "139" + String.format("%08d", badge * 7 % 100_000_000);
		return officers.register(new NewOfficer(DemoNames.at(nameIndex++), number, OfficerKind.SWORN, unitIds.get(unit), roles,
				lawQualified, designation, phone, qualification)).id();
	}

	private void auxiliaryOfficer(String unit, Set<Role> roles) {
		String number = String.format("F%06d", auxiliary++);
		officers.register(new NewOfficer(DemoNames.at(nameIndex++), number, OfficerKind.AUXILIARY, unitIds.get(unit), roles,
				false, null, null, null));
	}

	private void account(String username, UUID officerId) {
		accounts.open(username, officerId, settings.password(), false);
	}

	private static Qualification valid(LocalDate today) {
		return new Qualification(QualificationLevel.BASIC, today.minusYears(1), today.plusYears(2));
	}

	private static Qualification senior(LocalDate today) {
		return new Qualification(QualificationLevel.INTERMEDIATE, today.minusYears(2), today.plusYears(3));
	}

	private static Qualification expiringIn(LocalDate today, int days) {
		return new Qualification(QualificationLevel.BASIC, today.minusYears(3), today.plusDays(days));
	}

	private static Qualification expiredDaysAgo(LocalDate today, int days) {
		return new Qualification(QualificationLevel.BASIC, today.minusYears(3), today.minusDays(days));
	}
}
