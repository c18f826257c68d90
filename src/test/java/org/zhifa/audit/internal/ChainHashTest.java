package org.zhifa.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ChainHashTest {

	static final EntryContent CONTENT = new EntryContent(Instant.parse("2025-03-01T02:03:04.000005Z"),
			UUID.fromString("00000000-0000-0000-0000-0000000000a1"), "zhangsan", "张三",
			UUID.fromString("00000000-0000-0000-0000-0000000000b1"), UUID.fromString("00000000-0000-0000-0000-0000000000c1"),
			"officer.registered", "officer", "42", "登记民警 李四（警号 012345）");

	@Test
	void hashIsSm3OfThePreviousHashFollowedByTheCanonicalContent() {
		String expected = Sm3.hex((ChainHash.GENESIS + ChainHash.canonical(1, CONTENT)).getBytes(StandardCharsets.UTF_8));

		assertThat(ChainHash.of(ChainHash.GENESIS, 1, CONTENT)).isEqualTo(expected).hasSize(64).matches("[0-9a-f]{64}");
	}

	@Test
	void canonicalFormNamesEveryFieldWithItsUtf8LengthAndAFixedTimeFormat() {
		assertThat(ChainHash.canonical(7, CONTENT)).isEqualTo("zhifa-audit/1"
				+ "|seq=1:7"
				+ "|at=27:2025-03-01T02:03:04.000005Z"
				+ "|account=36:00000000-0000-0000-0000-0000000000a1"
				+ "|username=8:zhangsan"
				+ "|name=6:张三"
				+ "|officer=36:00000000-0000-0000-0000-0000000000b1"
				+ "|unit=36:00000000-0000-0000-0000-0000000000c1"
				+ "|action=18:officer.registered"
				+ "|subject_type=7:officer"
				+ "|subject_id=2:42"
				+ "|summary=38:登记民警 李四（警号 012345）");
	}

	@Test
	void systemActorWithoutAccountOfficerOrUnitIsEncodedAsAbsentNotEmpty() {
		var system = new EntryContent(CONTENT.occurredAt(), null, "system", "系统", null, null, "unit.created", "unit", "1", "");

		assertThat(ChainHash.canonical(1, system)).contains("|account=-|").contains("|officer=-|unit=-|").endsWith("|summary=0:");
	}

	@Test
	void everyPartOfTheEntryChangesTheHash() {
		String original = ChainHash.of(ChainHash.GENESIS, 1, CONTENT);

		assertThat(ChainHash.of("1".repeat(64), 1, CONTENT)).isNotEqualTo(original);
		assertThat(ChainHash.of(ChainHash.GENESIS, 2, CONTENT)).isNotEqualTo(original);
		assertThat(ChainHash.of(ChainHash.GENESIS, 1, withSummary("登记民警 李四（警号 012346）"))).isNotEqualTo(original);
		assertThat(ChainHash.of(ChainHash.GENESIS, 1, new EntryContent(CONTENT.occurredAt().plusNanos(1000),
				CONTENT.actorAccountId(), CONTENT.actorUsername(), CONTENT.actorDisplayName(), CONTENT.actorOfficerId(),
				CONTENT.actorUnitId(), CONTENT.action(), CONTENT.subjectType(), CONTENT.subjectId(), CONTENT.summary())))
			.isNotEqualTo(original);
	}

	@Test
	void movingTextAcrossAFieldBoundaryChangesTheHash() {
		var a = new EntryContent(CONTENT.occurredAt(), null, "u", "n", null, null, "act", "case", "1|summary=x", "");
		var b = new EntryContent(CONTENT.occurredAt(), null, "u", "n", null, null, "act", "case", "1", "x");

		assertThat(ChainHash.of(ChainHash.GENESIS, 1, a)).isNotEqualTo(ChainHash.of(ChainHash.GENESIS, 1, b));
	}

	static EntryContent withSummary(String summary) {
		return new EntryContent(CONTENT.occurredAt(), CONTENT.actorAccountId(), CONTENT.actorUsername(),
				CONTENT.actorDisplayName(), CONTENT.actorOfficerId(), CONTENT.actorUnitId(), CONTENT.action(),
				CONTENT.subjectType(), CONTENT.subjectId(), summary);
	}
}
