package org.zhifa.property;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A store (保管场所) of a property centre: the central store or a sub-store by what it keeps, with its locations.
 *
 * @param parentId the central store a sub-store belongs to; {@code null} for a central store
 */
public record Store(UUID id, UUID unitId, @Nullable UUID parentId, String name, StoreKind kind, boolean active, List<StoreLocation> locations,
		long version) {

	public Store {
		locations = List.copyOf(locations);
	}
}
