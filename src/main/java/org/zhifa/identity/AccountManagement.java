package org.zhifa.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.officer.OfficerSummary;
import org.zhifa.officer.Role;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.shared.Actor;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.OutOfScope;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.Visibilities;
import org.zhifa.shared.Visibility;

/**
 * Administering accounts: open one for an officer, unlock, disable/enable, reset a password; and each
 * user's own password change. Scope: an account belongs to its officer's unit.
 */
@Service
public class AccountManagement {

	private final Accounts accounts;
	private final OfficerDirectory officers;
	private final UnitDirectory units;
	private final RolePermissions rolePermissions;
	private final PasswordEncoder encoder;
	private final PasswordPolicy passwordPolicy;
	private final Visibilities visibilities;
	private final AuditTrail audit;
	private final Clock clock;
	private final Actors actors;

	AccountManagement(Actors actors, Accounts accounts, OfficerDirectory officers, UnitDirectory units, RolePermissions rolePermissions,
			PasswordEncoder encoder, PasswordPolicy passwordPolicy, Visibilities visibilities, AuditTrail audit, Clock clock) {
		this.actors = actors;
		this.accounts = accounts;
		this.officers = officers;
		this.units = units;
		this.rolePermissions = rolePermissions;
		this.encoder = encoder;
		this.passwordPolicy = passwordPolicy;
		this.visibilities = visibilities;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens an account whose initial password must be changed at first login. */
	@Transactional
	public AccountView open(String username, UUID officerId, String initialPassword) {
		return open(username, officerId, initialPassword, true);
	}

	/**
	 * Opens an account; {@code changeAtFirstLogin=false} only for accounts whose password is already known to
	 * their user (demo data, migrations from a previous system).
	 */
	@Transactional
	public AccountView open(String username, UUID officerId, String initialPassword, boolean changeAtFirstLogin) {
		OfficerSummary officer = officers.find(officerId).orElseThrow(() -> new NotFound("民警", officerId));
		if (!visibilities.current("account:manage").coversUnit(officer.unitId())) {
			throw new OutOfScope("该民警的账号");
		}
		if (!officer.active()) {
			throw new AccountProblems.OfficerNotActive();
		}
		if (accounts.findByUsername(username).isPresent()) {
			throw new AccountProblems.UsernameTaken(username);
		}
		if (accounts.existsForOfficer(officerId)) {
			throw new AccountProblems.OfficerAlreadyHasAccount();
		}
		passwordPolicy.check("initialPassword", initialPassword, username);
		Account account = Account.open(username, officerId, encoder.encode(initialPassword), clock.instant(), changeAtFirstLogin);
		accounts.insert(account);
		audit.record(AuditRecord.of("account.opened", "account", account.id(),
				"为 " + officer.name() + "（" + officer.badgeNumber() + "）开设账号 " + username));
		return view(accounts.findById(account.id()).orElseThrow());
	}

	@Transactional
	public AccountView unlock(UUID id, long version) {
		return change(id, version, "account.unlocked", "解除锁定", Account::unlock);
	}

	@Transactional
	public AccountView disable(UUID id, long version) {
		Actor actor = CurrentActor.get();
		if (id.equals(actor.accountId())) {
			throw new org.zhifa.shared.InvalidInput("id", "不能停用自己的账号");
		}
		return change(id, version, "account.disabled", "停用账号", Account::disable);
	}

	@Transactional
	public AccountView enable(UUID id, long version) {
		return change(id, version, "account.enabled", "启用账号", Account::enable);
	}

	@Transactional
	public AccountView resetPassword(UUID id, long version, String newPassword) {
		Account account = managed(id);
		passwordPolicy.check("newPassword", newPassword, account.username());
		String hash = encoder.encode(newPassword);
		return change(id, version, "account.password-reset", "重置密码（下次登录须修改）", a -> a.resetPassword(hash));
	}

	/** The signed-in user changes their own password. */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword) {
		Actor actor = CurrentActor.get();
		Account account = actor.accountId() == null ? null : accounts.findById(actor.accountId()).orElse(null);
		if (account == null) {
			throw new NotFound("账号", actor.username());
		}
		if (!encoder.matches(currentPassword, account.passwordHash())) {
			throw new AccountProblems.WrongCurrentPassword();
		}
		if (currentPassword.equals(newPassword)) {
			throw new org.zhifa.shared.InvalidInput("newPassword", "新密码不能与当前密码相同");
		}
		passwordPolicy.check("newPassword", newPassword, account.username());
		long version = account.version();
		account.changePassword(encoder.encode(newPassword), clock.instant());
		accounts.update(account, version);
		audit.record(AuditRecord.of("account.password-changed", "account", account.id(), "本人修改密码"));
	}

	@Transactional(readOnly = true)
	public AccountView get(UUID id) {
		Account account = accounts.findById(id).orElseThrow(() -> new NotFound("账号", id));
		OfficerSummary officer = officers.find(account.officerId()).orElse(null);
		if (!visibilities.current("account:read").covers(officer == null ? null : officer.unitId(), account.officerId())) {
			throw new NotFound("账号", id);
		}
		return view(account);
	}

	@Transactional(readOnly = true)
	public PageResult<AccountView> page(@Nullable String q, @Nullable UUID unitId, PageRequest paging) {
		Visibility visibility = visibilities.current("account:read");
		Collection<UUID> officerScope = null;
		if (unitId != null) {
			if (!visibility.coversUnit(unitId)) {
				return new PageResult<>(List.of(), 0, paging.page(), paging.size());
			}
			officerScope = officers.idsInUnits(Set.of(unitId));
		}
		else if (!visibility.isAll()) {
			officerScope = visibility.isOwn()
					? (visibility.officerId() == null ? List.of() : List.of(visibility.officerId()))
					: officers.idsInUnits(visibility.unitIds());
		}
		String query = q == null || q.isBlank() ? null : q.strip();
		Collection<UUID> matching = query == null ? null : officers.idsMatching(query);
		return accounts.page(query, officerScope, matching, paging).map(this::view);
	}

	/** The signed-in user as the UI needs it. */
	@Transactional(readOnly = true)
	public Me me(SignedInAccount principal) {
		return actors.me(principal.actor(), principal.passwordChangeRequired());
	}

	/** Every role with the permissions and data scopes it grants. */
	public List<RoleView> roles() {
		Map<String, List<PermissionGrant>> grants = rolePermissions.all();
		return java.util.Arrays.stream(Role.values())
			.map(r -> new RoleView(r.name(), r.label(), grants.getOrDefault(r.name(), List.of())))
			.toList();
	}

	public record RoleView(String code, String name, List<PermissionGrant> permissions) {
	}

	private Account managed(UUID id) {
		Account account = accounts.findById(id).orElseThrow(() -> new NotFound("账号", id));
		OfficerSummary officer = officers.find(account.officerId()).orElse(null);
		if (!visibilities.current("account:read").covers(officer == null ? null : officer.unitId(), account.officerId())) {
			throw new NotFound("账号", id);
		}
		if (!visibilities.current("account:manage").covers(officer == null ? null : officer.unitId(), account.officerId())) {
			throw new OutOfScope("该账号");
		}
		return account;
	}

	private AccountView change(UUID id, long version, String action, String what, Consumer<Account> change) {
		Account account = managed(id);
		String before = state(account);
		change.accept(account);
		accounts.update(account, version);
		audit.record(AuditRecord.of(action, "account", id, what + "：" + account.username() + "（" + before + " → " + state(account) + "）"));
		return view(accounts.findById(id).orElseThrow());
	}

	private String state(Account a) {
		return (a.enabled() ? "启用" : "停用") + (a.isLockedAt(clock.instant()) ? "、锁定" : "");
	}

	private AccountView view(Account a) {
		OfficerSummary officer = officers.find(a.officerId()).orElse(null);
		String unitName = officer == null ? "" : units.find(officer.unitId()).map(u -> u.name()).orElse("");
		List<AccountView.RoleName> roles = officer == null ? List.of()
				: officer.roles().stream().sorted().map(r -> new AccountView.RoleName(r.name(), r.label())).collect(Collectors.toList());
		return new AccountView(a.id(), a.username(), a.officerId(), officer == null ? "" : officer.name(),
				officer == null ? "" : officer.badgeNumber(), officer == null ? null : officer.unitId(), unitName, roles,
				a.enabled(), a.isLockedAt(clock.instant()) ? a.lockedUntil() : null, a.failedAttempts(), a.lastLoginAt(),
				a.passwordChangeRequired(), a.version());
	}
}
