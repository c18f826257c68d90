package org.zhifa.officer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.zhifa.organization.UnitId;
import org.zhifa.shared.InvalidInput;

/**
 * A person on the roster — the aggregate root of the officer module.
 * <p>
 * Lifecycle: {@link #register registered} active in a unit, with a badge number fitting the kind (immutable, as is
 * the kind) → any number of changes while active: {@link #rename}, {@link #transferTo} another unit,
 * {@link #assignRoles roles} (a 法制员 designation exactly when the role LEGAL_OFFICER is held; auxiliaries only
 * {@link Role#openToAuxiliaries() assisting roles}), {@link #qualify 执法资格} (expiry after pass, pass not in the
 * future), 法律职业资格, phone → {@link #deactivate deactivated} (停用), after which the record is kept as it was.
 * Each transition checks its rule, changes state and registers a past-tense event.
 */
final class Officer {

	static final int NAME_MAX = 32;
	static final int REASON_MAX = 200;
	private static final Pattern PHONE = Pattern.compile("1[0-9]{10}");

	private final OfficerId id;
	private String name;
	private final String badgeNumber;
	private final OfficerKind kind;
	private UnitId unitId;
	private Set<Role> roles;
	private @Nullable Qualification qualification;
	private boolean legalProfessionQualified;
	private @Nullable LegalOfficerDesignation designation;
	private @Nullable String phone;
	private boolean active;
	private final long version;
	private final List<Object> events = new ArrayList<>();

	/** Rehydrates a stored officer. */
	Officer(OfficerId id, String name, String badgeNumber, OfficerKind kind, UnitId unitId, Collection<Role> roles,
			@Nullable Qualification qualification, boolean legalProfessionQualified,
			@Nullable LegalOfficerDesignation designation, @Nullable String phone, boolean active, long version) {
		this.id = id;
		this.name = name;
		this.badgeNumber = badgeNumber;
		this.kind = kind;
		this.unitId = unitId;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.qualification = qualification;
		this.legalProfessionQualified = legalProfessionQualified;
		this.designation = designation;
		this.phone = phone;
		this.active = active;
		this.version = version;
	}

	/**
	 * Puts a person on the roster. The unit is the caller's to check (it must exist and be in service).
	 *
	 * @param today to refuse a 执法资格 passed in the future
	 */
	static Officer register(OfficerId id, NewOfficer details, LocalDate today) {
		String badge = checkBadgeNumber(details.kind(), details.badgeNumber());
		checkRoles(details.kind(), details.roles(), details.legalOfficerDesignation());
		if (details.qualification() != null) {
			checkPassed(details.qualification(), today);
		}
		var officer = new Officer(id, checkName(details.name()), badge, details.kind(), UnitId.of(details.unitId()),
				details.roles(), details.qualification(), details.legalProfessionQualified(),
				details.legalOfficerDesignation(), checkPhone(details.phone()), true, 0);
		officer.events.add(new OfficerRegistered(id.value(), badge, details.kind(), details.unitId()));
		return officer;
	}

	boolean rename(String newName) {
		requireActive();
		String checked = checkName(newName);
		if (checked.equals(name)) {
			return false;
		}
		name = checked;
		return true;
	}

	/** Moves the officer to another unit (the caller checks that it exists, is in service and in scope). */
	boolean transferTo(UnitId newUnit) {
		requireActive();
		if (newUnit.equals(unitId)) {
			return false;
		}
		events.add(new OfficerTransferred(id.value(), unitId.value(), newUnit.value()));
		unitId = newUnit;
		return true;
	}

	/** Replaces the roles; a 法制员 designation goes with the LEGAL_OFFICER role and only with it. */
	boolean assignRoles(Set<Role> newRoles, @Nullable LegalOfficerDesignation newDesignation) {
		requireActive();
		checkRoles(kind, newRoles, newDesignation);
		Set<Role> copy = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
		if (copy.equals(roles) && newDesignation == designation) {
			return false;
		}
		roles = copy;
		designation = newDesignation;
		events.add(new OfficerRolesChanged(id.value(), copy, newDesignation));
		return true;
	}

	boolean recordLegalProfessionQualification(boolean qualified) {
		requireActive();
		if (qualified == legalProfessionQualified) {
			return false;
		}
		legalProfessionQualified = qualified;
		return true;
	}

	boolean changePhone(@Nullable String newPhone) {
		requireActive();
		String checked = checkPhone(newPhone);
		if (Objects.equals(checked, phone)) {
			return false;
		}
		phone = checked;
		return true;
	}

	/** Records (or replaces) the 执法资格; answers whether anything changed. */
	boolean qualify(Qualification newQualification, LocalDate today) {
		requireActive();
		checkPassed(newQualification, today);
		if (newQualification.equals(qualification)) {
			return false;
		}
		qualification = newQualification;
		events.add(new OfficerQualified(id.value(), newQualification.level(), newQualification.passedOn(),
				newQualification.expiresOn()));
		return true;
	}

	/** Takes the officer out of service; the record stays, unchangeable. */
	void deactivate(String reason) {
		String checkedReason = checkReason(reason);
		if (!active) {
			throw new OfficerNoLongerActive(name);
		}
		active = false;
		events.add(new OfficerDeactivated(id.value(), checkedReason));
	}

	QualificationStatus qualificationStatus(LocalDate today, int warningDays) {
		return QualificationStatus.of(qualification, today, warningDays);
	}

	/** "张三（警号 012345）" — how reasons and audit summaries name the officer. */
	String label() {
		return name + "（" + kind.numberLabel() + " " + badgeNumber + "）";
	}

	OfficerSummary summary() {
		return new OfficerSummary(id.value(), name, badgeNumber, kind, unitId.value(), roles, active, designation);
	}

	List<Object> pullEvents() {
		List<Object> pulled = List.copyOf(events);
		events.clear();
		return pulled;
	}

	private void requireActive() {
		if (!active) {
			throw new OfficerNoLongerActive(name);
		}
	}

	static String checkBadgeNumber(OfficerKind kind, @Nullable String badgeNumber) {
		String normalized = badgeNumber == null ? "" : badgeNumber.strip().toUpperCase(Locale.ROOT);
		if (!kind.acceptsNumber(normalized)) {
			throw new InvalidInput("badgeNumber", kind.numberRule());
		}
		return normalized;
	}

	private static void checkRoles(OfficerKind kind, Set<Role> roles, @Nullable LegalOfficerDesignation designation) {
		if (kind == OfficerKind.AUXILIARY) {
			roles.stream().filter(r -> !r.openToAuxiliaries()).sorted().findFirst().ifPresent(r -> {
				throw new RoleNotOpenToAuxiliaries(r);
			});
		}
		boolean legalOfficer = roles.contains(Role.LEGAL_OFFICER);
		if (legalOfficer && designation == null) {
			throw new LegalOfficerWithoutDesignation();
		}
		if (!legalOfficer && designation != null) {
			throw new DesignationWithoutLegalOfficerRole();
		}
	}

	private static void checkPassed(Qualification qualification, LocalDate today) {
		if (qualification.passedOn().isAfter(today)) {
			throw new QualificationPassedInFuture(qualification.passedOn());
		}
	}

	static String checkName(@Nullable String name) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInput("name", "姓名不能为空");
		}
		if (trimmed.codePointCount(0, trimmed.length()) > NAME_MAX) {
			throw new InvalidInput("name", "姓名不能超过" + NAME_MAX + "个字");
		}
		return trimmed;
	}

	static @Nullable String checkPhone(@Nullable String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		String trimmed = phone.strip();
		if (!PHONE.matcher(trimmed).matches()) {
			throw new InvalidInput("phone", "手机号须为以1开头的11位数字");
		}
		return trimmed;
	}

	static String checkReason(@Nullable String reason) {
		String trimmed = reason == null ? "" : reason.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInput("reason", "请填写原因");
		}
		if (trimmed.codePointCount(0, trimmed.length()) > REASON_MAX) {
			throw new InvalidInput("reason", "原因不能超过" + REASON_MAX + "个字");
		}
		return trimmed;
	}

	OfficerId id() {
		return id;
	}

	String name() {
		return name;
	}

	String badgeNumber() {
		return badgeNumber;
	}

	OfficerKind kind() {
		return kind;
	}

	UnitId unitId() {
		return unitId;
	}

	Set<Role> roles() {
		return Set.copyOf(roles);
	}

	@Nullable
	Qualification qualification() {
		return qualification;
	}

	boolean legalProfessionQualified() {
		return legalProfessionQualified;
	}

	@Nullable
	LegalOfficerDesignation designation() {
		return designation;
	}

	@Nullable
	String phone() {
		return phone;
	}

	boolean isActive() {
		return active;
	}

	long version() {
		return version;
	}
}
