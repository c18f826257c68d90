package org.zhifa.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An officer's login account.
 *
 * <p>Lifecycle: created by an administrator with an initial password that must be changed at first login →
 * signs in; each wrong password counts a failure, and {@code maxFailedAttempts} failures in a row lock it for
 * {@code lockoutDuration} (a successful login resets the count) → an administrator may unlock it early, disable it
 * (no login at all) or enable it again, or reset its password (which again must be changed at next login).
 */
final class Account {

	private final UUID id;
	private final String username;
	private final UUID officerId;
	private String passwordHash;
	private boolean enabled;
	private int failedAttempts;
	private @Nullable Instant lockedUntil;
	private boolean passwordChangeRequired;
	private @Nullable Instant passwordChangedAt;
	private @Nullable Instant lastLoginAt;
	private final Instant createdAt;
	private final long version;

	Account(UUID id, String username, UUID officerId, String passwordHash, boolean enabled, int failedAttempts,
			@Nullable Instant lockedUntil, boolean passwordChangeRequired, @Nullable Instant passwordChangedAt,
			@Nullable Instant lastLoginAt, Instant createdAt, long version) {
		this.id = id;
		this.username = username;
		this.officerId = officerId;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.failedAttempts = failedAttempts;
		this.lockedUntil = lockedUntil;
		this.passwordChangeRequired = passwordChangeRequired;
		this.passwordChangedAt = passwordChangedAt;
		this.lastLoginAt = lastLoginAt;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Account open(String username, UUID officerId, String passwordHash, Instant now) {
		return open(username, officerId, passwordHash, now, true);
	}

	static Account open(String username, UUID officerId, String passwordHash, Instant now, boolean changeAtFirstLogin) {
		return new Account(UUID.randomUUID(), username, officerId, passwordHash, true, 0, null, changeAtFirstLogin, null,
				null, now, 0);
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** A correct password: the failure count starts over. Caller has checked enabled and not locked. */
	void signedIn(Instant now) {
		failedAttempts = 0;
		lockedUntil = null;
		lastLoginAt = now;
	}

	/** A wrong password; returns true when this failure locked the account. */
	boolean failedSignIn(Instant now, IdentitySettings settings) {
		if (lockedUntil != null && !lockedUntil.isAfter(now)) {
			failedAttempts = 0; // an expired lock starts a fresh count
			lockedUntil = null;
		}
		failedAttempts++;
		if (failedAttempts >= settings.maxFailedAttempts()) {
			lockedUntil = now.plus(settings.lockoutDuration());
			return true;
		}
		return false;
	}

	void unlock() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	void disable() {
		enabled = false;
	}

	void enable() {
		enabled = true;
	}

	void resetPassword(String newHash) {
		passwordHash = newHash;
		passwordChangeRequired = true;
		unlock();
	}

	void changePassword(String newHash, Instant now) {
		passwordHash = newHash;
		passwordChangeRequired = false;
		passwordChangedAt = now;
	}

	UUID id() { return id; }
	String username() { return username; }
	UUID officerId() { return officerId; }
	String passwordHash() { return passwordHash; }
	boolean enabled() { return enabled; }
	int failedAttempts() { return failedAttempts; }
	@Nullable Instant lockedUntil() { return lockedUntil; }
	boolean passwordChangeRequired() { return passwordChangeRequired; }
	@Nullable Instant passwordChangedAt() { return passwordChangedAt; }
	@Nullable Instant lastLoginAt() { return lastLoginAt; }
	Instant createdAt() { return createdAt; }
	long version() { return version; }
}
