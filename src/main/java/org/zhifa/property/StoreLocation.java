package org.zhifa.property;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A place inside a store, down to the shelf or cabinet, with a code unique in the store (e.g. "A-03"). */
public record StoreLocation(UUID id, UUID storeId, String code, LocationKind kind, @Nullable String description, boolean active) {
}
