package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AccountTest {

	private final IdentitySettings settings = new IdentitySettings(5, Duration.ofMinutes(15), 8, Duration.ofSeconds(60));
	private final Instant now = Instant.parse("2026-11-22T02:00:00Z");

	private Account account() {
		return Account.open("wangwei", UUID.randomUUID(), "hash", now);
	}

	@Test
	void newAccountMustChangeItsInitialPassword() {
		assertThat(account().passwordChangeRequired()).isTrue();
	}

	@Test
	void fifthWrongPasswordInARowLocksForTheConfiguredDuration() {
		Account account = account();
		for (int i = 1; i <= 4; i++) {
			assertThat(account.failedSignIn(now, settings)).isFalse();
		}
		assertThat(account.failedSignIn(now, settings)).isTrue();
		assertThat(account.isLockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(account.isLockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void successfulLoginResetsTheFailureCount() {
		Account account = account();
		account.failedSignIn(now, settings);
		account.failedSignIn(now, settings);
		account.signedIn(now);
		assertThat(account.failedAttempts()).isZero();
		assertThat(account.lastLoginAt()).isEqualTo(now);
	}

	@Test
	void afterAnExpiredLockTheCountStartsAfresh() {
		Account account = account();
		for (int i = 0; i < 5; i++) {
			account.failedSignIn(now, settings);
		}
		Instant later = now.plus(Duration.ofMinutes(20));
		assertThat(account.failedSignIn(later, settings)).isFalse();
		assertThat(account.failedAttempts()).isEqualTo(1);
		assertThat(account.isLockedAt(later)).isFalse();
	}

	@Test
	void unlockClearsLockAndCount() {
		Account account = account();
		for (int i = 0; i < 5; i++) {
			account.failedSignIn(now, settings);
		}
		account.unlock();
		assertThat(account.isLockedAt(now)).isFalse();
		assertThat(account.failedAttempts()).isZero();
	}

	@Test
	void passwordResetByAdministratorRequiresChangeAtNextLogin() {
		Account account = account();
		account.changePassword("mine", now);
		assertThat(account.passwordChangeRequired()).isFalse();
		account.resetPassword("reset");
		assertThat(account.passwordChangeRequired()).isTrue();
		assertThat(account.passwordHash()).isEqualTo("reset");
	}
}
