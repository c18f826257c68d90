package org.zhifa.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.shared.Actor;
import org.zhifa.shared.DomainException;

/**
 * Checks a username and password. Wrong passwords are counted and lock the account after
 * {@link IdentitySettings#maxFailedAttempts()} in a row; the count is saved even though the login fails
 * (no rollback for the login's own refusals). Unknown usernames cost the same hashing time as known ones.
 */
@Service
public class SignIn {

	private final Accounts accounts;
	private final Actors actors;
	private final PasswordEncoder encoder;
	private final IdentitySettings settings;
	private final AuditTrail audit;
	private final Clock clock;
	private final String dummyHash;

	SignIn(Accounts accounts, Actors actors, PasswordEncoder encoder, IdentitySettings settings, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.actors = actors;
		this.encoder = encoder;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
		this.dummyHash = encoder.encode("timing-equaliser-0");
	}

	@Transactional(noRollbackFor = DomainException.class)
	public SignedInAccount signIn(String username, String password) {
		Account account = accounts.findByUsernameForUpdate(username.strip()).orElse(null);
		if (account == null) {
			encoder.matches(password, dummyHash);
			audit.record(AuditRecord.of("auth.login-failed", "account", username.strip(), "未知用户名登录失败：" + username.strip()));
			throw new AccountProblems.BadCredentials();
		}
		Instant now = clock.instant();
		if (!account.enabled()) {
			audit.record(AuditRecord.of("auth.login-refused", "account", account.id(), "已停用账号尝试登录：" + account.username()));
			throw new AccountProblems.AccountDisabled();
		}
		if (account.isLockedAt(now)) {
			audit.record(AuditRecord.of("auth.login-refused", "account", account.id(), "锁定期间尝试登录：" + account.username()));
			throw new AccountProblems.AccountLocked(account.lockedUntil(), clock.getZone());
		}
		long version = account.version();
		if (!encoder.matches(password, account.passwordHash())) {
			boolean locked = account.failedSignIn(now, settings);
			accounts.update(account, version);
			audit.record(AuditRecord.of(locked ? "auth.account-locked" : "auth.login-failed", "account", account.id(),
					"密码错误（连续第 " + account.failedAttempts() + " 次）" + (locked ? "，账号已锁定" : "") + "：" + account.username()));
			if (locked) {
				throw new AccountProblems.AccountLocked(account.lockedUntil(), clock.getZone());
			}
			throw new AccountProblems.BadCredentials();
		}
		account.signedIn(now);
		accounts.update(account, version);
		Actor actor = actors.actorFor(account);
		AsActor.run(actor, () -> audit.record(AuditRecord.of("auth.login-succeeded", "account", account.id(), "登录成功：" + account.username())));
		return new SignedInAccount(actor, account.passwordChangeRequired(), now);
	}

	/**
	 * Reads an open session's account again: its current roles, unit and permissions — or nothing when the account
	 * has been disabled, locked or removed since, which ends the session.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<SignedInAccount> refresh(SignedInAccount principal) {
		Instant now = clock.instant();
		if (principal.actor().accountId() == null) {
			return java.util.Optional.empty();
		}
		return accounts.findById(principal.actor().accountId())
			.filter(account -> account.enabled() && !account.isLockedAt(now))
			.map(account -> new SignedInAccount(actors.actorFor(account), account.passwordChangeRequired(), now));
	}

	/** Whether a session's resolved permissions are older than the configured refresh interval. */
	public boolean isStale(SignedInAccount principal) {
		return principal.resolvedAt().plus(settings.permissionRefresh()).isBefore(clock.instant());
	}
}
