package org.zhifa.dataset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The command-line generator ({@code ./zhifa generate}, i.e. start with {@code zhifa.dataset.cases=N}): after the
 * demo bureau is seeded, adds branches (with their 法制大队), stations and officers, then the cases with parties,
 * measures, running clocks and tasks, timeline and counters ({@link CaseDataset}), each step set-based SQL, prints what it made and how long each step took, and ends the JVM. Refuses to
 * run twice on the same database. Not audited: generated rows are bulk test data, not acts of anyone.
 */
@Component
@Order(1000) // after the demo bureau (DemoBureau runs first)
class ProvinceDataset implements ApplicationRunner {

	private static final long BATCH = 100_000;

	private static final Logger log = LoggerFactory.getLogger(ProvinceDataset.class);

	private final DatasetSettings settings;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final ConfigurableApplicationContext context;
	private final List<String> report = new ArrayList<>();

	ProvinceDataset(DatasetSettings settings, JdbcClient jdbc, TransactionTemplate transaction, ConfigurableApplicationContext context) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (settings.cases() <= 0) {
			return;
		}
		int code = generate() ? 0 : 1;
		System.exit(SpringApplication.exit(context, () -> code));
	}

	boolean generate() {
		if (settings.branches() < 1 || settings.branches() > 90 || settings.stationsPerBranch() < 1 || settings.officersPerStation() < 2
				|| settings.years() < 1 || settings.years() > 10
				|| settings.cases() / ((long) settings.branches() * settings.stationsPerBranch()) >= 100_000) {
			System.out.println("参数无效：分局数须为1–90，每分局派出所至少1个，每所民警至少2名，年数1–10，每所案件数少于10万");
			return false;
		}
		if (jdbc.sql("SELECT count(*) FROM unit WHERE code = '990110000000'").query(Long.class).single() > 0) {
			System.out.println("已生成过规模数据，未再生成（请使用新的数据目录）");
			return false;
		}
		jdbc.sql("SELECT setseed(:seed)").param("seed", settings.seed()).query((rs, n) -> 0).list();
		long started = System.nanoTime();
		step("分局/县局及法制大队", this::branches);
		step("派出所", this::stations);
		step("民警与辅警", this::officers);
		CaseDataset cases = new CaseDataset(jdbc);
		long n = settings.cases();
		int years = settings.years();
		step("派出所与民警清单", cases::prepare);
		step("案件", () -> (int) CaseDataset.inBatches(n, BATCH, from -> cases.cases(from, Math.min(n, from + BATCH - 1), years)));
		step("当事人", () -> (int) CaseDataset.inBatches(n, BATCH, from -> cases.parties(from, Math.min(n, from + BATCH - 1))));
		step("强制措施", () -> (int) CaseDataset.inBatches(n, BATCH, from -> cases.measures(from, Math.min(n, from + BATCH - 1))));
		step("期限与待办", cases::clocks);
		step("案件时间轴", () -> (int) CaseDataset.inBatches(n, BATCH, from -> cases.timeline(from, Math.min(n, from + BATCH - 1))));
		step("编号计数器与挂案监督", cases::finish);
		step("分析统计信息", () -> {
			jdbc.sql("ANALYZE").update();
			return 0;
		});
		report.forEach(System.out::println);
		System.out.printf("规模数据生成完毕，用时 %.1f s%n", (System.nanoTime() - started) / 1e9);
		return true;
	}

	private void step(String what, java.util.function.IntSupplier work) {
		long t = System.nanoTime();
		Integer rows = transaction.execute(status -> work.getAsInt());
		String line = String.format("%-12s %,10d 行  %6.1f s", what, rows, Duration.ofNanos(System.nanoTime() - t).toMillis() / 1000.0);
		log.info(line);
		report.add(line);
	}

	private int branches() {
		int rows = jdbc.sql("""
				INSERT INTO unit (id, code, name, kind, parent_id, active, version, created_at, updated_at)
				SELECT gen_random_uuid(), '9901' || lpad(b::text, 2, '0') || '000000',
				       place(b) || CASE WHEN b % 3 = 0 THEN '县公安局' ELSE '分局' END,
				       CASE WHEN b % 3 = 0 THEN 'COUNTY_BUREAU' ELSE 'DISTRICT_BUREAU' END,
				       (SELECT id FROM unit WHERE parent_id IS NULL), TRUE, 0, now(), now()
				FROM generate_series(10, 9 + :branches) AS b""".replace("place(b)", PLACE))
			.param("branches", settings.branches()).update();
		return rows + jdbc.sql("""
				INSERT INTO unit (id, code, name, kind, parent_id, active, version, created_at, updated_at)
				SELECT gen_random_uuid(), substr(code, 1, 6) || '010000', replace(replace(name, '县公安局', ''), '分局', '') || '法制大队',
				       'LEGAL_AFFAIRS', id, TRUE, 0, now(), now()
				FROM unit WHERE code ~ '^9901[1-9][0-9]000000$'""").update();
	}

	private int stations() {
		return jdbc.sql("""
				INSERT INTO unit (id, code, name, kind, parent_id, active, version, created_at, updated_at)
				SELECT gen_random_uuid(), substr(u.code, 1, 6) || lpad(s::text, 4, '0') || '00',
				       place(s * 7 + substr(u.code, 5, 2)::int) || (ARRAY['街','镇','路','桥','口','门','岗','塘','坊','湾'])[1 + s % 10] || '派出所',
				       'POLICE_STATION', u.id, TRUE, 0, now(), now()
				FROM unit u, generate_series(1, :stations) AS s
				WHERE u.code ~ '^9901[1-9][0-9]000000$'""".replace("place(s * 7 + substr(u.code, 5, 2)::int)",
				PLACE.replace("b", "(s * 7 + substr(u.code, 5, 2)::int)")))
			.param("stations", settings.stationsPerBranch()).update();
	}

	/**
	 * Per station: the 所长 (department head and case officer), one 兼职法制员, case officers, a quarter as many 辅警;
	 * qualifications valid, a few expiring or expired as in life. Badge numbers from 200000 on, 辅警 from F200000.
	 */
	private int officers() {
		int sworn = jdbc.sql("""
				INSERT INTO officer (id, name, badge_number, kind, unit_id, roles, qualification_level, qualification_passed_on,
				                     qualification_expires_on, legal_profession_qualified, legal_officer_designation, phone, active,
				                     version, created_at, updated_at)
				SELECT gen_random_uuid(), name(n), (200000 + n)::text, 'SWORN', unit_id,
				       CASE WHEN k = 1 THEN ARRAY['DEPARTMENT_HEAD','CASE_OFFICER'] WHEN k = 2 THEN ARRAY['LEGAL_OFFICER','CASE_OFFICER']
				            ELSE ARRAY['CASE_OFFICER'] END,
				       CASE WHEN k = 1 THEN 'INTERMEDIATE' ELSE 'BASIC' END,
				       current_date - 400 - (n % 700), current_date + CASE WHEN n % 97 = 0 THEN -10 WHEN n % 31 = 0 THEN 20 ELSE 700 END,
				       n % 9 = 0, CASE WHEN k = 2 THEN 'PART_TIME' END, '138' || lpad(((n * 7919) % 100000000)::text, 8, '0'),
				       TRUE, 0, now(), now()
				FROM (SELECT u.id AS unit_id, k, row_number() OVER (ORDER BY u.code, k)::int AS n
				      FROM unit u, generate_series(1, :perStation) AS k
				      WHERE u.kind = 'POLICE_STATION' AND u.code ~ '^9901[1-9][0-9]') AS s""".replace("name(n)", NAME))
			.param("perStation", settings.officersPerStation()).update();
		int auxiliaries = jdbc.sql("""
				INSERT INTO officer (id, name, badge_number, kind, unit_id, roles, legal_profession_qualified, active, version,
				                     created_at, updated_at)
				SELECT gen_random_uuid(), name(n + 50000), 'F' || (200000 + n)::text, 'AUXILIARY', unit_id, ARRAY['CASE_OFFICER'],
				       FALSE, TRUE, 0, now(), now()
				FROM (SELECT u.id AS unit_id, row_number() OVER (ORDER BY u.code, k)::int AS n
				      FROM unit u, generate_series(1, greatest(1, :perStation / 4)) AS k
				      WHERE u.kind = 'POLICE_STATION' AND u.code ~ '^9901[1-9][0-9]') AS s""".replace("name(n + 50000)",
				NAME.replace("n", "(n + 50000)")))
			.param("perStation", settings.officersPerStation()).update();
		return sworn + auxiliaries;
	}

	/** A two-character place name from an integer: 200 combinations. */
	private static final String PLACE = """
			((ARRAY['东','西','南','北','中','新','高','平','安','长','永','广','清','白','金','青','江','河','山','云'])[1 + b % 20]
			 || (ARRAY['城','港','湖','岭','桥','湾','林','溪','峰','台'])[1 + (b / 20) % 10])""";

	/** A person's name from an integer: 40 surnames × 40 given names. */
	static final String NAME = """
			((ARRAY['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','马','罗',
			        '梁','宋','郑','谢','韩','唐','冯','于','董','萧','程','曹','袁','邓','许','傅','沈','曾','彭','吕'])[1 + n % 40]
			 || (ARRAY['建国','志强','海燕','晓明','立新','丽华','振华','文静','国栋','春梅','伟','敏','磊','静怡','浩然','子涵',
			        '思远','雨桐','建军','红霞','俊杰','欣怡','宇航','佳琪','明辉','秀英','志华','玉兰','家豪','婷婷','鹏','洁',
			        '勇','娜','杰','涛','超','霞','刚','琳'])[1 + (n / 40 + n * 7) % 40])""";
}
