package org.zhifa.officer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitId;
import org.zhifa.organization.UnitSummary;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.OutOfScope;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibilities;
import org.zhifa.shared.Visibility;

/**
 * Changes to the roster: register, edit, record 执法资格, deactivate. Allowed only on officers — and into units —
 * inside the actor's {@code officer:manage} data scope (outside: 403); checks the version the client read (stale:
 * 409); and in one transaction writes the officer, records the audit trail with a before → after summary and
 * publishes the events.
 */
@Service
@Transactional
public class OfficerManagement {

	static final String MANAGE = "officer:manage";
	private static final String SUBJECT = "officer";

	private final Officers officers;
	private final OfficerViews views;
	private final UnitDirectory units;
	private final Visibilities visibilities;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	OfficerManagement(Officers officers, OfficerViews views, UnitDirectory units, Visibilities visibilities,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.officers = officers;
		this.views = views;
		this.units = units;
		this.visibilities = visibilities;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Puts a person on the roster in an active unit inside the actor's scope; the badge number must be free. */
	public OfficerDetails register(NewOfficer details) {
		Officer officer = Officer.register(OfficerId.random(), details, views.today());
		UnitSummary unit = placeableUnit(details.unitId(), visibilities.current(MANAGE));
		if (officers.badgeNumberTaken(officer.badgeNumber())) {
			throw new BadgeNumberAlreadyTaken(officer.badgeNumber());
		}
		try {
			officers.insert(officer, clock.instant());
		}
		catch (DuplicateKeyException race) {
			throw new BadgeNumberAlreadyTaken(officer.badgeNumber());
		}
		done(officer, "officer.registered", "登记人员：" + officer.label() + "，" + officer.kind().label() + "，单位："
				+ unit.name() + "，角色：" + roles(officer.roles(), officer.designation()) + "，执法资格："
				+ qualification(officer.qualification()) + "，法律职业资格：" + yesNo(officer.legalProfessionQualified()));
		return views.of(officer);
	}

	/**
	 * Edits an officer's particulars; a changed unit is a transfer (the new unit must be active and in scope). Nobody
	 * changes his or her own roles. Nothing changed, nothing written.
	 */
	public OfficerDetails update(UUID officerId, OfficerChanges changes, long version) {
		Visibility scope = visibilities.current(MANAGE);
		Officer officer = loadForChange(officerId, version, scope);
		List<String> summary = new ArrayList<>();

		String oldName = officer.name();
		if (officer.rename(changes.name())) {
			summary.add("姓名：" + oldName + " → " + officer.name());
		}
		UnitId oldUnit = officer.unitId();
		if (!oldUnit.value().equals(changes.unitId())) {
			UnitSummary target = placeableUnit(changes.unitId(), scope);
			officer.transferTo(UnitId.of(changes.unitId()));
			String oldUnitName = units.find(oldUnit.value()).map(UnitSummary::name).orElse(oldUnit.toString());
			summary.add("单位：" + oldUnitName + " → " + target.name());
		}
		String oldRoles = roles(officer.roles(), officer.designation());
		boolean rolesDiffer = !changes.roles().equals(officer.roles()) || changes.legalOfficerDesignation() != officer.designation();
		if (rolesDiffer && officerId.equals(CurrentActor.get().officerId())) {
			throw new OwnRolesCannotBeChanged();
		}
		if (officer.assignRoles(changes.roles(), changes.legalOfficerDesignation())) {
			summary.add("角色：" + oldRoles + " → " + roles(officer.roles(), officer.designation()));
		}
		if (officer.recordLegalProfessionQualification(changes.legalProfessionQualified())) {
			summary.add("法律职业资格：" + yesNo(!officer.legalProfessionQualified()) + " → " + yesNo(officer.legalProfessionQualified()));
		}
		String oldPhone = officer.phone();
		if (officer.changePhone(changes.phone())) {
			summary.add("联系电话：" + masked(oldPhone) + " → " + masked(officer.phone()));
		}
		if (summary.isEmpty()) {
			return views.of(officer);
		}
		officers.update(officer, clock.instant(), null);
		done(officer, "officer.updated", String.join("；", summary));
		return reloaded(officer);
	}

	/** Records or replaces an officer's 执法资格 (expiry after pass; passed no later than today). */
	public OfficerDetails qualify(UUID officerId, QualificationLevel level, LocalDate passedOn, LocalDate expiresOn, long version) {
		Officer officer = loadForChange(officerId, version, visibilities.current(MANAGE));
		Qualification before = officer.qualification();
		if (officer.qualify(new Qualification(level, passedOn, expiresOn), views.today())) {
			officers.update(officer, clock.instant(), null);
			done(officer, "officer.qualified", "执法资格：" + qualification(before) + " → " + qualification(officer.qualification()));
			return reloaded(officer);
		}
		return views.of(officer);
	}

	/** Takes an officer out of service; the record is kept and can no longer be changed. */
	public OfficerDetails deactivate(UUID officerId, String reason, long version) {
		Officer officer = loadForChange(officerId, version, visibilities.current(MANAGE));
		officer.deactivate(reason);
		String checkedReason = Officer.checkReason(reason);
		officers.update(officer, clock.instant(), checkedReason);
		done(officer, "officer.deactivated", "状态：在职 → 停用；原因：" + checkedReason);
		return reloaded(officer);
	}

	/** As stored now, with the version the write produced. */
	private OfficerDetails reloaded(Officer officer) {
		return views.of(officers.find(officer.id()).orElseThrow());
	}

	private Officer loadForChange(UUID officerId, long version, Visibility scope) {
		Officer officer = officers.findForUpdate(OfficerId.of(officerId)).orElseThrow(() -> new NotFound("人员", officerId));
		if (!scope.coversUnit(officer.unitId().value())) {
			throw new OutOfScope("该人员");
		}
		if (officer.version() != version) {
			throw new StaleVersion("人员", officerId, version);
		}
		return officer;
	}

	/**
	 * The unit an officer is being placed in: it must exist, lie inside the actor's scope and be in service. It stays
	 * share-locked until the transaction ends, so it cannot be deactivated in between.
	 */
	private UnitSummary placeableUnit(UUID unitId, Visibility scope) {
		UnitSummary unit = units.lockForAssignment(unitId).orElseThrow(() -> new InvalidInput("unitId", "单位不存在"));
		if (!scope.coversUnit(unitId)) {
			throw new OutOfScope("该单位");
		}
		if (!unit.active()) {
			throw new AssignedUnitInactive(unit.name());
		}
		return unit;
	}

	private void done(Officer officer, String action, String summary) {
		audit.record(AuditRecord.of(action, SUBJECT, officer.id(), summary));
		officer.pullEvents().forEach(events::publishEvent);
	}

	static String roles(Set<Role> roles, @Nullable LegalOfficerDesignation designation) {
		if (roles.isEmpty()) {
			return "无";
		}
		return roles.stream().sorted()
			.map(r -> r == Role.LEGAL_OFFICER && designation != null ? r.label() + "(" + designation.label() + ")" : r.label())
			.collect(Collectors.joining("、"));
	}

	static String qualification(@Nullable Qualification qualification) {
		return qualification == null ? "无" : qualification.toString();
	}

	/** Phone numbers are personal data: the audit trail keeps only the first three and last four digits. */
	static String masked(@Nullable String phone) {
		return phone == null ? "无" : phone.substring(0, 3) + "****" + phone.substring(7);
	}

	private static String yesNo(boolean value) {
		return value ? "有" : "无";
	}
}
