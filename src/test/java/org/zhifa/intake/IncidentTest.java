package org.zhifa.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhifa.shared.InvalidInput;

/** The rules of a 警情 without Spring: times, two officers, disposed exactly once, merge targets. */
class IncidentTest {

	static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
	static final UUID UNIT = UUID.randomUUID();
	static final List<UUID> TWO = List.of(UUID.randomUUID(), UUID.randomUUID());

	static Incident incident(UUID unit, Instant receivedAt) {
		var details = new NewIncident(UUID.randomUUID(), IncidentSource.PHONE_110, receivedAt, receivedAt.minusSeconds(600),
				"城关镇解放路12号", "张三", "13800001111", null, "电动车被盗", TWO);
		return Incident.register(UUID.randomUUID(), "J" + UUID.randomUUID().toString().substring(0, 8), details.requestId(), unit,
				details, new Reporter("张三", "13800001111", null), NOW);
	}

	static Incident incident() {
		return incident(UNIT, NOW.minus(Duration.ofHours(1)));
	}

	@Test
	void aReportReceivedInTheFutureIsRefused() {
		assertThatThrownBy(() -> incident(UNIT, NOW.plusSeconds(60))).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("接警时间不能晚于当前时间");
	}

	@Test
	void theIncidentCannotHaveOccurredAfterItWasReported() {
		var details = new NewIncident(UUID.randomUUID(), IncidentSource.WALK_IN, NOW.minusSeconds(600), NOW.minusSeconds(60), "某地",
				"李四", null, null, "纠纷", TWO);
		assertThatThrownBy(() -> Incident.register(UUID.randomUUID(), "J1", details.requestId(), UNIT, details,
				new Reporter("李四", null, null), NOW)).isInstanceOf(InvalidInput.class).hasMessageContaining("案发时间不能晚于接警时间");
	}

	@Test
	void oneOfficerNamedTwiceIsNotTwoOfficers() {
		UUID one = UUID.randomUUID();
		var details = new NewIncident(UUID.randomUUID(), IncidentSource.WALK_IN, NOW, null, "某地", "李四", null, null, "纠纷",
				List.of(one, one));
		assertThatThrownBy(() -> Incident.register(UUID.randomUUID(), "J1", details.requestId(), UNIT, details,
				new Reporter("李四", null, null), NOW)).isInstanceOf(InvalidInput.class).hasMessageContaining("两名不同的民警");
	}

	@Test
	void anIncidentIsDisposedOnlyOnce() {
		Incident incident = incident();
		incident.declareNotPoliceMatter("民事纠纷，已告知可向法院起诉", NOW, NOW);
		assertThat(incident.status()).isEqualTo(IncidentStatus.NOT_POLICE_MATTER);
		assertThatThrownBy(() -> incident.accept(UUID.randomUUID(), NOW, NOW)).isInstanceOf(IncidentAlreadyDisposed.class);
		assertThatThrownBy(() -> incident.transfer("西城分局河西派出所", "辖区", NOW, NOW)).isInstanceOf(IncidentAlreadyDisposed.class);
	}

	@Test
	void acceptanceCannotPrecedeTheReport() {
		Incident incident = incident();
		assertThatThrownBy(() -> incident.accept(UUID.randomUUID(), incident.receivedAt().minusSeconds(1), NOW))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("受案时间不能早于接警时间");
		assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
	}

	@Test
	void aTransferIsHandedOverAfterItWasDecidedAndOnlyThen() {
		Incident incident = incident();
		assertThatThrownBy(() -> incident.recordHandOver(NOW, NOW)).isInstanceOf(StepOutOfOrder.class);
		Instant decided = NOW.minusSeconds(300);
		incident.transfer("河西派出所", "案发地不属本所辖区", decided, NOW);
		assertThat(incident.status()).isEqualTo(IncidentStatus.TRANSFERRING);
		assertThatThrownBy(() -> incident.recordHandOver(decided.minusSeconds(1), NOW)).isInstanceOf(InvalidInput.class);
		incident.recordHandOver(NOW, NOW);
		assertThat(incident.status()).isEqualTo(IncidentStatus.TRANSFERRED);
		assertThat(incident.handedOverAt()).isEqualTo(NOW);
	}

	@Test
	void aRepeatReportMergesOnlyIntoAnotherUnmergedIncidentOfTheSameUnit() {
		Incident original = incident();
		Incident repeat = incident();
		assertThatThrownBy(() -> repeat.mergeInto(repeat, NOW, NOW)).isInstanceOf(InvalidMergeTarget.class);
		assertThatThrownBy(() -> repeat.mergeInto(incident(UUID.randomUUID(), NOW), NOW, NOW)).isInstanceOf(InvalidMergeTarget.class)
			.hasMessageContaining("本单位");
		repeat.mergeInto(original, NOW, NOW);
		assertThat(repeat.status()).isEqualTo(IncidentStatus.MERGED);
		assertThat(repeat.mergedIntoId()).isEqualTo(original.id());
		Incident third = incident();
		assertThatThrownBy(() -> third.mergeInto(repeat, NOW, NOW)).isInstanceOf(InvalidMergeTarget.class)
			.hasMessageContaining("已合并");
	}
}
