package org.zhifa.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.IntegrationTest;
import org.zhifa.TestActors;
import org.zhifa.shared.Actor;
import org.zhifa.shared.DataScope;

/** The trail against the real database: atomic with the write, sealed gap-free, verified, tamper-evident. */
@IntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void entryCommitsWithItsWriteAndARolledBackWriteLeavesNoEntry() {
		String subject = UUID.randomUUID().toString();
		Actor officer = TestActors.actor("zhangsan", UUID.randomUUID(), UUID.randomUUID(), DataScope.UNIT, "case:manage");
		var tx = new TransactionTemplate(transactionManager);

		TestActors.runAs(officer, () -> tx.executeWithoutResult(status ->
				trail.record(AuditRecord.of("case.updated", "case", subject, "案由：盗窃 → 诈骗"))));
		TestActors.runAs(officer, () -> assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
			trail.record(AuditRecord.of("case.closed", "case", subject, "结案"));
			throw new IllegalStateException("the audited write fails");
		})).isInstanceOf(IllegalStateException.class));

		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE subject_id = ?").param(subject).query(String.class).list())
			.containsExactly("case.updated");
		assertThat(jdbc.sql("SELECT actor_username || '/' || actor_display_name || '/' || actor_unit_id FROM audit_entry "
				+ "WHERE subject_id = ?").param(subject).query(String.class).single())
			.isEqualTo("zhangsan/zhangsan/" + officer.unitId());
	}

	@Test
	void concurrentWritersAreSealedIntoOneGapFreeChainThatVerifies() throws Exception {
		String subjectType = "case-" + UUID.randomUUID();
		ExecutorService writers = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < 4; w++) {
				int writer = w;
				done.add(writers.submit(() -> {
					var tx = new TransactionTemplate(transactionManager);
					for (int i = 0; i < 25; i++) {
						String id = writer + "-" + i;
						tx.executeWithoutResult(status -> trail.record(AuditRecord.of("case.updated", subjectType, id, "修改 " + id)));
					}
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			writers.shutdown();
		}

		chain.sealPending();

		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_type = ? AND sequence IS NULL")
			.param(subjectType).query(Long.class).single()).isZero();
		var sequences = jdbc.sql("SELECT count(sequence) AS n, min(sequence) AS lowest, max(sequence) AS highest FROM audit_entry")
			.query((rs, n) -> new long[] { rs.getLong("n"), rs.getLong("lowest"), rs.getLong("highest") }).single();
		assertThat(sequences[1]).as("first sequence").isEqualTo(1);
		assertThat(sequences[2]).as("gap-free: highest sequence equals the number of sealed entries").isEqualTo(sequences[0]);

		ChainVerification verification = chain.verify();
		assertThat(verification.valid()).isTrue();
		assertThat(verification.checkedEntries()).isGreaterThanOrEqualTo(sequences[2]);
		assertThat(verification.firstBrokenSequence()).isNull();
		assertThat(verification.reason()).isNull();
	}

	@Test
	void committedEntryIsSealedInTheBackgroundWithoutAnyoneAsking() {
		String subject = UUID.randomUUID().toString();
		new TransactionTemplate(transactionManager).executeWithoutResult(status ->
				trail.record(AuditRecord.of("unit.created", "unit", subject, "新建单位")));

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
				assertThat(jdbc.sql("SELECT sequence FROM audit_entry WHERE subject_id = ?").param(subject)
					.query(Long.class).optional()).isPresent());
	}

	@Test
	void auditedReadInAReadOnlyTransactionIsRecordedInATransactionOfItsOwn() {
		String subject = UUID.randomUUID().toString();
		var readOnly = new TransactionTemplate(transactionManager);
		readOnly.setReadOnly(true);

		readOnly.executeWithoutResult(status -> trail.record(AuditRecord.of("officer.read", "officer", subject, "查看民警档案")));

		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_id = ?").param(subject).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void databaseRefusesToDeleteOrRewriteEntries() {
		String subject = UUID.randomUUID().toString();
		new TransactionTemplate(transactionManager).executeWithoutResult(status ->
				trail.record(AuditRecord.of("unit.renamed", "unit", subject, "名称：甲 → 乙")));

		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE subject_id = ?").param(subject).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("只可追加");
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET summary = '名称：甲 → 丙' WHERE subject_id = ?").param(subject).update())
			.isInstanceOf(DataAccessException.class);
		chain.sealPending();
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET hash = ? WHERE subject_id = ?").param("0".repeat(64)).param(subject).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("已封存");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update()).isInstanceOf(DataAccessException.class);
	}

	@Test
	void summaryChangedBehindTheTriggersBackIsReportedAtExactlyThatSequence() {
		String subject = UUID.randomUUID().toString();
		var tx = new TransactionTemplate(transactionManager);
		for (int i = 0; i < 3; i++) {
			String summary = "扣押物品第 " + i + " 件";
			tx.executeWithoutResult(status -> trail.record(AuditRecord.of("property.seized", "property", subject, summary)));
		}
		chain.sealPending();
		long target = jdbc.sql("SELECT sequence FROM audit_entry WHERE subject_id = ? ORDER BY sequence OFFSET 1 LIMIT 1")
			.param(subject).query(Long.class).single();
		String original = jdbc.sql("SELECT summary FROM audit_entry WHERE sequence = ?").param(target).query(String.class).single();
		assertThat(chain.verify().valid()).isTrue();

		rewriteSummaryAsSuperuser(target, "扣押物品第 1 件（已归还）");
		try {
			ChainVerification verification = chain.verify();

			assertThat(verification.valid()).isFalse();
			assertThat(verification.firstBrokenSequence()).isEqualTo(target);
			assertThat(verification.reason()).isEqualTo("第 " + target + " 条记录内容与哈希不符");
			assertThat(verification.checkedEntries()).isEqualTo(target - 1);
		}
		finally {
			rewriteSummaryAsSuperuser(target, original);
		}
		assertThat(chain.verify().valid()).as("restoring the content restores the chain").isTrue();
	}

	/** What an attacker with superuser rights can do: switch the trigger off, edit, switch it back on. */
	private void rewriteSummaryAsSuperuser(long sequence, String summary) {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
			jdbc.sql("UPDATE audit_entry SET summary = ? WHERE sequence = ?").param(summary).param(sequence).update();
			jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
		});
	}
}
