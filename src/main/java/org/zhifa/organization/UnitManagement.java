package org.zhifa.organization;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.shared.Actor;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.OutOfScope;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibilities;
import org.zhifa.shared.Visibility;

/**
 * Changes to the unit tree: set up, rename, move, deactivate (撤销) and reactivate units. Each change is allowed
 * only on units inside the actor's {@code unit:manage} data scope (outside: 403), checks the version the client read
 * (stale: 409), and — in one transaction — writes the unit, appends to its history, records the audit trail and
 * publishes the event.
 */
@Service
@Transactional
public class UnitManagement {

	static final String MANAGE = "unit:manage";
	private static final String SUBJECT = "unit";

	private final Units units;
	private final UnitHistory history;
	private final UnitDirectory directory;
	private final Visibilities visibilities;
	private final ObjectProvider<UnitDeactivationGuard> guards;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	UnitManagement(Units units, UnitHistory history, UnitDirectory directory, Visibilities visibilities,
			ObjectProvider<UnitDeactivationGuard> guards, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.units = units;
		this.history = history;
		this.directory = directory;
		this.visibilities = visibilities;
		this.guards = guards;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sets up a unit. Without a parent it is the root 市局, which only an actor with scope ALL may create, once.
	 *
	 * @param code 12 digits, unique
	 */
	public UnitDetails create(String code, String name, UnitKind kind, @Nullable UUID parentId) {
		Visibility scope = visibilities.current(MANAGE);
		Unit parent = null;
		if (parentId == null) {
			if (!scope.isAll()) {
				throw new OutOfScope("根单位");
			}
			if (units.rootExists()) {
				throw new RootUnitAlreadyExists();
			}
		}
		else {
			parent = units.findForShare(UnitId.of(parentId)).orElseThrow(() -> new InvalidInput("parentId", "上级单位不存在"));
			if (!scope.coversUnit(parentId)) {
				throw new OutOfScope("该上级单位");
			}
		}
		Unit unit = Unit.create(UnitId.random(), code, name, kind, parent);
		if (units.codeTaken(unit.code())) {
			throw new UnitCodeAlreadyTaken(unit.code());
		}
		Instant now = clock.instant();
		try {
			units.insert(unit, now);
		}
		catch (DuplicateKeyException race) {
			// lost a race to a concurrent insert; the transaction is aborted, so tell by the constraint, not by a query
			String message = String.valueOf(race.getMostSpecificCause().getMessage());
			throw message.contains("unit_single_root") ? new RootUnitAlreadyExists() : new UnitCodeAlreadyTaken(unit.code());
		}
		String detail = "设立单位「" + unit.name() + "」（" + unit.kind().label() + "，编码 " + unit.code() + "），上级单位："
				+ (parent == null ? "无（根单位）" : parent.name());
		log(unit, UnitChange.CREATED, "unit.created", now, null, parentId, null, unit.name(), null, detail);
		return details(unit);
	}

	/** Gives a unit a new name; the same name again changes nothing. */
	public UnitDetails rename(UUID unitId, String name, long version) {
		Unit unit = loadForChange(unitId, version);
		String oldName = unit.name();
		if (unit.rename(name)) {
			Instant now = clock.instant();
			units.update(unit, now);
			log(unit, UnitChange.RENAMED, "unit.renamed", now, null, null, oldName, unit.name(), null,
					"名称：" + oldName + " → " + unit.name());
		}
		return details(unit);
	}

	/**
	 * Places a unit, with everything below it, under another parent inside the actor's scope; the kind must fit the
	 * new parent, which must be in service and not below the unit itself. Data scopes follow the tree at once.
	 */
	public UnitDetails move(UUID unitId, UUID newParentId, String reason, long version) {
		units.lockTree();
		Unit unit = loadForChange(unitId, version);
		if (unit.isRoot()) {
			throw new RootUnitCannotMove();
		}
		Unit newParent = units.findForShare(UnitId.of(newParentId))
			.orElseThrow(() -> new InvalidInput("newParentId", "目标上级单位不存在"));
		if (!visibilities.current(MANAGE).coversUnit(newParentId)) {
			throw new OutOfScope("目标上级单位");
		}
		UnitId oldParentId = unit.parentId();
		if (unit.moveUnder(newParent, units.subtree(unitId), reason)) {
			Instant now = clock.instant();
			units.update(unit, now);
			String oldParentName = oldParentId == null ? "无"
					: directory.namesOf(List.of(oldParentId.value())).getOrDefault(oldParentId.value(), oldParentId.toString());
			log(unit, UnitChange.MOVED, "unit.moved", now, oldParentId == null ? null : oldParentId.value(), newParentId, null,
					null, Unit.checkReason(reason), "上级单位：" + oldParentName + " → " + newParent.name() + "；原因：" + Unit.checkReason(reason));
		}
		return details(unit);
	}

	/**
	 * Takes a unit out of service (撤销). Refused while units below it are active or any
	 * {@link UnitDeactivationGuard} objects (e.g. it still has active officers).
	 */
	public UnitDetails deactivate(UUID unitId, String reason, long version) {
		Unit unit = loadForChange(unitId, version);
		List<String> objections = unit.isActive() && !unit.isRoot()
				? guards.orderedStream().map(g -> g.objectionToDeactivating(unitId)).flatMap(Optional::stream).toList()
				: List.of();
		unit.deactivate(units.countActiveChildren(unit.id()), objections, reason);
		Instant now = clock.instant();
		units.update(unit, now);
		log(unit, UnitChange.DEACTIVATED, "unit.deactivated", now, null, null, null, null, Unit.checkReason(reason),
				"状态：启用 → 撤销；原因：" + Unit.checkReason(reason));
		return details(unit);
	}

	/** Puts a deactivated unit back into service; its parent must be in service. */
	public UnitDetails reactivate(UUID unitId, String reason, long version) {
		Unit unit = loadForChange(unitId, version);
		Unit parent = unit.parentId() == null ? null : units.findForShare(unit.parentId()).orElseThrow();
		unit.reactivate(parent, reason);
		Instant now = clock.instant();
		units.update(unit, now);
		log(unit, UnitChange.REACTIVATED, "unit.reactivated", now, null, null, null, null, Unit.checkReason(reason),
				"状态：撤销 → 启用；原因：" + Unit.checkReason(reason));
		return details(unit);
	}

	/** Loads and locks a unit the actor may manage, at the version the client read. */
	private Unit loadForChange(UUID unitId, long version) {
		Unit unit = units.findForUpdate(UnitId.of(unitId)).orElseThrow(() -> new NotFound("单位", unitId));
		if (!visibilities.current(MANAGE).coversUnit(unitId)) {
			throw new OutOfScope("该单位");
		}
		if (unit.version() != version) {
			throw new StaleVersion("单位", unitId, version);
		}
		return unit;
	}

	private void log(Unit unit, UnitChange change, String action, Instant at, @Nullable UUID fromParent,
			@Nullable UUID toParent, @Nullable String oldName, @Nullable String newName, @Nullable String reason, String detail) {
		Actor actor = CurrentActor.get();
		history.append(new UnitHistory.Entry(unit.id(), change, at, actor, fromParent, toParent, oldName, newName, reason, detail));
		audit.record(AuditRecord.of(action, SUBJECT, unit.id(), detail));
		unit.pullEvents().forEach(events::publishEvent);
	}

	private UnitDetails details(Unit unit) {
		return directory.detailsOf(unit.id().value()).orElseThrow();
	}
}
