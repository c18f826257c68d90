package org.zhifa.evidence;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A registered recording device: its code (the id it writes into its files), kind, the unit that keeps it, and either the
 * officer it is issued to (执法记录仪) or the custody room it records (同步录音录像). Recordings name their device; an
 * unknown or inactive device's recording is refused.
 */
public record Device(UUID id, String code, DeviceKind kind, UUID unitId, @Nullable UUID officerId, @Nullable UUID roomId, String label,
		boolean active, long version) {
}
