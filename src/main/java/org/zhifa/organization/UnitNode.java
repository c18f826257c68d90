package org.zhifa.organization;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One unit of the (visible part of the) tree with its visible children, ordered by code. */
public record UnitNode(UUID id, String code, String name, UnitKind kind, @Nullable UUID parentId, boolean active,
		List<UnitNode> children) {

	public UnitNode {
		children = List.copyOf(children);
	}
}
