package org.zhifa.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.zhifa.shared.InvalidInput;

/**
 * A unit of the bureau's organisation tree — the aggregate root of the organization module.
 * <p>
 * Lifecycle: {@link #create created} active, under a parent whose kind admits it (only the 市局 has no parent)
 * → {@link #rename renamed} / {@link #moveUnder moved} to another parent (never the root, never into its own
 * subtree) → {@link #deactivate deactivated} (撤销) once nothing active hangs below it and no guard objects →
 * {@link #reactivate reactivated} while its parent is in service. The kind and the code never change.
 * Each transition checks its rule, changes state and registers a past-tense event for the application
 * service to publish.
 */
final class Unit {

	static final int NAME_MAX = 64;
	static final int REASON_MAX = 200;
	private static final Pattern CODE = Pattern.compile("[0-9]{12}");

	private final UnitId id;
	private final String code;
	private String name;
	private final UnitKind kind;
	private @Nullable UnitId parentId;
	private boolean active;
	private final long version;
	private final List<Object> events = new ArrayList<>();

	/** Rehydrates a stored unit. */
	Unit(UnitId id, String code, String name, UnitKind kind, @Nullable UnitId parentId, boolean active, long version) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.parentId = parentId;
		this.active = active;
		this.version = version;
	}

	/** Sets up a new unit under {@code parent}, or the root 市局 when {@code parent} is {@code null}. */
	static Unit create(UnitId id, String code, String name, UnitKind kind, @Nullable Unit parent) {
		String checkedCode = checkCode(code);
		String checkedName = checkName(name);
		if (!kind.fitsUnder(parent == null ? null : parent.kind)) {
			throw new UnitKindNotAllowedUnderParent(kind, parent == null ? null : parent.kind);
		}
		if (parent != null && !parent.active) {
			throw new ParentUnitInactive(parent.name);
		}
		var unit = new Unit(id, checkedCode, checkedName, kind, parent == null ? null : parent.id, true, 0);
		unit.events.add(new UnitCreated(id.value(), checkedCode, checkedName, kind, parent == null ? null : parent.id.value()));
		return unit;
	}

	/** Gives the unit a new name; answers whether anything changed. */
	boolean rename(String newName) {
		String checked = checkName(newName);
		if (checked.equals(name)) {
			return false;
		}
		events.add(new UnitRenamed(id.value(), name, checked));
		name = checked;
		return true;
	}

	/**
	 * Places the unit under {@code newParent}; answers whether anything changed.
	 *
	 * @param ownSubtree this unit and every unit below it, to refuse cycles
	 */
	boolean moveUnder(Unit newParent, Set<UUID> ownSubtree, String reason) {
		String checkedReason = checkReason(reason);
		if (parentId == null) {
			throw new RootUnitCannotMove();
		}
		if (ownSubtree.contains(newParent.id.value()) || newParent.id.equals(id)) {
			throw new UnitMoveWouldCreateCycle(name, newParent.name);
		}
		if (newParent.id.equals(parentId)) {
			return false;
		}
		if (!kind.fitsUnder(newParent.kind)) {
			throw new UnitKindNotAllowedUnderParent(kind, newParent.kind);
		}
		if (!newParent.active) {
			throw new ParentUnitInactive(newParent.name);
		}
		events.add(new UnitMoved(id.value(), parentId.value(), newParent.id.value(), checkedReason));
		parentId = newParent.id;
		return true;
	}

	/**
	 * Takes the unit out of service.
	 *
	 * @param activeChildren how many units directly below are still active
	 * @param objections what {@link UnitDeactivationGuard}s said against it
	 */
	void deactivate(long activeChildren, List<String> objections, String reason) {
		String checkedReason = checkReason(reason);
		if (parentId == null) {
			throw new RootUnitCannotBeDeactivated();
		}
		if (!active) {
			throw new UnitAlreadyInactive(name);
		}
		if (activeChildren > 0) {
			throw new UnitHasActiveChildren(name, activeChildren);
		}
		if (!objections.isEmpty()) {
			throw new UnitDeactivationRefused(name, objections);
		}
		active = false;
		events.add(new UnitDeactivated(id.value(), checkedReason));
	}

	/** Puts the unit back into service; its parent ({@code null} for the root) must be in service. */
	void reactivate(@Nullable Unit parent, String reason) {
		String checkedReason = checkReason(reason);
		if (active) {
			throw new UnitAlreadyActive(name);
		}
		if (parent != null && !parent.active) {
			throw new ParentUnitInactive(parent.name);
		}
		active = true;
		events.add(new UnitReactivated(id.value(), checkedReason));
	}

	/** The events registered since loading, for the application service to publish; clears them. */
	List<Object> pullEvents() {
		List<Object> pulled = List.copyOf(events);
		events.clear();
		return pulled;
	}

	static String checkCode(@Nullable String code) {
		String trimmed = code == null ? "" : code.strip();
		if (!CODE.matcher(trimmed).matches()) {
			throw new InvalidInput("code", "单位编码须为12位数字");
		}
		return trimmed;
	}

	static String checkName(@Nullable String name) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInput("name", "单位名称不能为空");
		}
		if (trimmed.codePointCount(0, trimmed.length()) > NAME_MAX) {
			throw new InvalidInput("name", "单位名称不能超过" + NAME_MAX + "个字");
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

	UnitId id() {
		return id;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	UnitKind kind() {
		return kind;
	}

	@Nullable
	UnitId parentId() {
		return parentId;
	}

	boolean isActive() {
		return active;
	}

	boolean isRoot() {
		return parentId == null;
	}

	long version() {
		return version;
	}
}
