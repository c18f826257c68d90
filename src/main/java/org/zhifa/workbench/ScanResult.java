package org.zhifa.workbench;

/** What one scan announced: tasks that became due soon, and tasks that became overdue. */
public record ScanResult(int warned, int overdue) {
}
