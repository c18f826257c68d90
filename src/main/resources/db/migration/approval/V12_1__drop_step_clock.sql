-- approval: a waiting step no longer runs a clock of its own (its due time comes from the calendar rule
-- approval.step.response and is kept in step_due_at; only an escalation starts a clock, found by its subject), so the
-- column that pointed at the step's clock is gone.
ALTER TABLE approval_submission DROP COLUMN step_clock_id;
