package org.zhifa.organization.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.organization.UnitChange;
import org.zhifa.organization.UnitDetails;
import org.zhifa.organization.UnitHistoryEntry;
import org.zhifa.organization.UnitKind;
import org.zhifa.organization.UnitNode;
import org.zhifa.organization.UnitRef;

/** The JSON shapes of docs/api.md § Units. */
final class UnitJson {

	private UnitJson() {
	}

	record Unit(UUID id, String code, String name, UnitKind kind, String kindName, @Nullable UUID parentId,
			@Nullable String parentName, boolean active, List<UnitRef> path, long version) {

		static Unit of(UnitDetails unit) {
			return new Unit(unit.id(), unit.code(), unit.name(), unit.kind(), unit.kind().label(), unit.parentId(),
					unit.parentName(), unit.active(), unit.path(), unit.version());
		}
	}

	record Node(UUID id, String code, String name, UnitKind kind, String kindName, @Nullable UUID parentId, boolean active,
			List<Node> children) {

		static Node of(UnitNode node) {
			return new Node(node.id(), node.code(), node.name(), node.kind(), node.kind().label(), node.parentId(),
					node.active(), node.children().stream().map(Node::of).toList());
		}
	}

	record HistoryEntry(Instant at, UnitChange action, String actionName, String actorName, String detail) {

		static HistoryEntry of(UnitHistoryEntry entry) {
			return new HistoryEntry(entry.at(), entry.action(), entry.action().label(), entry.actorName(), entry.detail());
		}
	}

	record CodeName(String code, String name) {
	}
}
