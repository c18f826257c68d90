-- custody: indexes for the alarm evaluation and the board at province size (CustodyAlarmBenchmark, CustodyBoardBenchmark).
-- Without them every sweep read the whole questioning history twice (the unrecorded-session alarms look only two days
-- back) and every alarm ever raised (an event alarm is raised once per subject, so its history is looked up).

-- the event window of the questioning alarms: sessions ended since :since
CREATE INDEX custody_questioning_ended ON custody_questioning (ended_at);
-- "was this subject's alarm of this kind ever raised" — open or cleared
CREATE INDEX custody_alarm_subject ON custody_alarm (subject_id, kind);
-- a centre's open alarms, newest first (the board)
CREATE INDEX custody_alarm_center_open ON custody_alarm (center_id, raised_at DESC) WHERE cleared_at IS NULL;
-- belongings still in a locker (the belongings-not-returned alarm)
CREATE INDEX custody_belonging_kept ON custody_belonging (visit_id) WHERE disposition = 'KEPT';
