package org.zhifa.custody;

import java.util.UUID;

/** A room of a centre with how many people it may hold at once. */
public record Room(UUID id, UUID centerId, String name, RoomKind kind, int capacity, boolean active, long version) {
}
