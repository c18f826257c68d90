package org.zhifa.officer;

import java.util.UUID;

/** An officer left service (停用); his or her account should no longer sign in. */
public record OfficerDeactivated(UUID officerId, String reason) {
}
