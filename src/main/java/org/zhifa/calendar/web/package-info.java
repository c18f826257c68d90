/** HTTP delivery of the calendar module: {@code /api/calendar/days}, {@code /api/period-rules}, {@code /api/deadlines/preview}. */
@org.jspecify.annotations.NullMarked
package org.zhifa.calendar.web;
