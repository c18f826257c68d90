package org.zhifa.officer;

import java.util.UUID;

/** An officer moved to another unit; his or her data scope moves along. */
public record OfficerTransferred(UUID officerId, UUID fromUnitId, UUID toUnitId) {
}
