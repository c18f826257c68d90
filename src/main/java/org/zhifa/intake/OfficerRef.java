package org.zhifa.intake;

import java.util.UUID;

/** A handling officer as lists and the receipt show him or her. */
public record OfficerRef(UUID id, String name, String badgeNumber) {
}
