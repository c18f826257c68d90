package org.zhifa.workbench;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An alarm another module raised, as the workbench shows it: open until that module clears it. */
public record WorkbenchAlert(String source, UUID alertId, String title, String detail, UUID unitId, @Nullable UUID caseId,
		List<UUID> assigneeIds, String link, Instant raisedAt, @Nullable Instant clearedAt, @Nullable String clearedBy) {

	public boolean open() {
		return clearedAt == null;
	}
}
