-- workbench: open tasks by due time, for "what falls due in the next hour" across all units (DeadlineWatch.dueBetween)
CREATE INDEX workbench_task_open_due_ix ON workbench_task (due_at) WHERE done_at IS NULL;
