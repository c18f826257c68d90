package org.zhifa.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A party to a case. A suspect may be 身份不明 (no 公民身份号码 yet); everyone else is identified by a number valid under
 * GB 11643. {@code minor} is computed from the birth date on the day the case was filed.
 *
 * @param terminatedAt when 终止侦查 was decided for this suspect (刑规186), if it was
 */
public record Party(UUID id, UUID caseId, PartyRole role, String name, @Nullable String citizenId, boolean unidentified,
		@Nullable LocalDate birthDate, boolean minor, @Nullable Instant terminatedAt, long version) {

	public boolean suspect() {
		return role == PartyRole.SUSPECT;
	}

	/** 1101**********123X for lists; the full number only on the case page of those who may read the case. */
	public @Nullable String maskedCitizenId() {
		return citizenId == null ? null : citizenId.substring(0, 4) + "**********" + citizenId.substring(14);
	}
}
