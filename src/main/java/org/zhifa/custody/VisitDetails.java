package org.zhifa.custody;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zhifa.calendar.StatutoryClock;

/** A visit with its whole record (使用管理登记): steps, belongings, questioning sessions, watch log, clock and alarms. */
public record VisitDetails(Visit visit, String centerName, String unitName, @Nullable String roomName, @Nullable StatutoryClock clock,
		List<VisitEntry> entries, List<Belonging> belongings, List<QuestioningSession> sessions, List<Watch> watches, List<Alarm> alarms) {
}
