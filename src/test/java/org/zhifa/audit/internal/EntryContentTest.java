package org.zhifa.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhifa.audit.AuditRecord;
import org.zhifa.shared.Actor;

class EntryContentTest {

	@Test
	void takesWhoActedFromTheActorAndCutsTimeToDatabasePrecision() {
		var actor = new Actor(UUID.randomUUID(), "lisi", UUID.randomUUID(), "李四", UUID.randomUUID(), Map.of());

		EntryContent content = EntryContent.of(actor, Instant.parse("2025-03-01T00:00:00.123456789Z"),
				AuditRecord.of("unit.moved", "unit", 7, "上级：甲 → 乙"));

		assertThat(content.occurredAt()).isEqualTo(Instant.parse("2025-03-01T00:00:00.123456Z"));
		assertThat(content.actorAccountId()).isEqualTo(actor.accountId());
		assertThat(content.actorOfficerId()).isEqualTo(actor.officerId());
		assertThat(content.actorUnitId()).isEqualTo(actor.unitId());
		assertThat(content.actorDisplayName()).isEqualTo("李四");
		assertThat(content.subjectId()).isEqualTo("7");
	}

	@Test
	void overlongSummaryIsCutToTheColumnWidthWithAnEllipsisNotRefused() {
		EntryContent content = EntryContent.of(Actor.SYSTEM, Instant.EPOCH, AuditRecord.of("a", "b", 1, "长".repeat(5000)));

		assertThat(content.summary()).hasSize(EntryContent.SUMMARY_LENGTH).endsWith("长…");
	}

	@Test
	void cutNeverSplitsASurrogatePairAndNulBecomesReplacementCharacter() {
		String cut = EntryContent.cap("ab\uD842\uDFB7cd", 4); // 𠮷 is one code point, two chars

		assertThat(cut).isEqualTo("ab…");
		assertThat(EntryContent.cap("a\u0000b", 10)).isEqualTo("a\uFFFDb");
	}

	@Test
	void recordWithoutActionIsAProgrammingError() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EntryContent.of(Actor.SYSTEM, Instant.EPOCH, new AuditRecord(" ", "unit", "1", "")));
	}
}
