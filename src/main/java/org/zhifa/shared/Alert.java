package org.zhifa.shared;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An alarm a module raises for the people answerable for it — the 办案中心's "无人看管", later the property store's "逾期未归还"
 * — shown on their 工作台 until the module clears it. The workbench knows nothing of the modules: an alert carries what it
 * shows and the page ({@code link}) where the alarm is handled.
 *
 * @param source the raising module's code, e.g. {@code custody}; with {@code id} it names the alert
 * @param id the alarm's own id in its module
 * @param assigneeIds the officers whose workbench shows it
 * @param link the web page where the alarm is seen and cleared, e.g. {@code /custody/visits/…}
 */
public record Alert(String source, UUID id, String title, String detail, UUID unitId, @Nullable UUID caseId, List<UUID> assigneeIds,
		String link, Instant raisedAt) {

	public Alert {
		assigneeIds = List.copyOf(assigneeIds);
	}
}
