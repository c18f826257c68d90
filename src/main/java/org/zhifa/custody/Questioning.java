package org.zhifa.custody;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.intake.CaseKind;
import org.zhifa.officer.EnforcementQualificationGate;
import org.zhifa.officer.Eligibility;
import org.zhifa.shared.InvalidInput;

/**
 * 讯问/询问 sessions: not before the security check and the information collection; in a 讯问室 or 询问室 of the centre;
 * with at least two officers (刑诉法118), or one alone only for a 询问 in an administrative matter with full
 * recording (治安管理处罚法2025 第108条, in a standard-built 执法办案场所); one session at a time. The end records the
 * recording (file id and time span); a session without one leaves an alarm.
 */
@Service
@Transactional(readOnly = true)
public class Questioning {

	private final VisitRecords visits;
	private final VisitAccess access;
	private final Rooms rooms;
	private final RoomRecords roomRecords;
	private final EnforcementQualificationGate gate;
	private final CustodyAlarms alarms;

	Questioning(VisitRecords visits, VisitAccess access, Rooms rooms, RoomRecords roomRecords, EnforcementQualificationGate gate,
			CustodyAlarms alarms) {
		this.visits = visits;
		this.access = access;
		this.rooms = rooms;
		this.roomRecords = roomRecords;
		this.gate = gate;
		this.alarms = alarms;
	}

	@Transactional
	public QuestioningSession start(UUID visitId, long version, QuestioningKind kind, UUID roomId, List<UUID> officerIds, boolean fullRecording,
			@Nullable Instant at) {
		Visit v = access.lock(visitId, version);
		String action = "开始" + kind.label();
		v.require(action, Visit.Step.SECURITY_CHECK, Visit.Step.INFO_COLLECTION);
		Instant t = access.stepTime("at", at, v);
		if (visits.sessions(visitId).stream().anyMatch(QuestioningSession::running)) {
			throw new QuestioningRefused(v.personName() + " 的上一次讯问/询问尚未结束");
		}
		Room room = roomRecords.find(roomId).filter(r -> r.centerId().equals(v.centerId()))
			.orElseThrow(() -> new RoomRefused("该房间不属于本办案中心"));
		if (room.kind() != RoomKind.INTERROGATION && room.kind() != RoomKind.INQUIRY) {
			throw new RoomRefused(room.name() + " 是" + room.kind().label() + "，讯问/询问须在讯问室或询问室进行");
		}
		List<UUID> team = access.officers(officerIds);
		LocalDate day = t.atZone(Admissions.CHINA).toLocalDate();
		if (team.size() == 1) {
			boolean allowed = kind == QuestioningKind.INQUIRY && fullRecording && v.caseKind() != CaseKind.CRIMINAL;
			if (!allowed) {
				throw new QuestioningRefused(kind == QuestioningKind.INTERROGATION || v.caseKind() == CaseKind.CRIMINAL
						? kind.label() + "须由两名以上民警进行（刑事诉讼法第一百一十八条）"
						: "一名民警询问须全程录音录像（治安管理处罚法第一百零八条），否则须两名民警");
			}
			Eligibility alone = gate.check(team.getFirst(), day);
			if (!alone.eligible()) {
				throw new QuestioningRefused(String.join("；", alone.reasons()));
			}
		}
		else {
			gate.requireTeam(team, day);
		}
		Visit placed = rooms.place(v, roomId);
		QuestioningSession s = new QuestioningSession(UUID.randomUUID(), visitId, kind, roomId, team, fullRecording, t, null, null, null, null);
		visits.insertSession(s);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("sessionId", s.id().toString());
		details.put("room", room.name());
		details.put("fullRecording", fullRecording);
		access.write(v, placed, "questioning-started", t, team,
				"在 " + room.name() + " 开始" + kind.label() + "（" + team.size() + " 名民警" + (fullRecording ? "，全程录音录像" : "") + "）", details);
		alarms.evaluate(v.centerId());
		return s;
	}

	@Transactional
	public QuestioningSession end(UUID visitId, long version, UUID sessionId, @Nullable Instant at, @Nullable String recordingFile,
			@Nullable Instant recordingFrom, @Nullable Instant recordingTo) {
		Visit v = access.lock(visitId, version);
		QuestioningSession s = visits.sessions(visitId).stream().filter(x -> x.id().equals(sessionId)).findFirst()
			.orElseThrow(() -> new InvalidInput("sessionId", "本档案没有这次讯问/询问"));
		if (!s.running()) {
			throw new QuestioningRefused("这次" + s.kind().label() + "已经结束");
		}
		Instant t = access.stepTime("at", at, v);
		if (t.isBefore(s.startedAt())) {
			throw new InvalidInput("at", "结束时间不能早于开始时间");
		}
		String file = Admissions.blankToNull(recordingFile);
		if (file != null) {
			if (recordingFrom == null || recordingTo == null || recordingTo.isBefore(recordingFrom)) {
				throw new InvalidInput("recordingTo", "请填写录音录像的起止时间（结束不早于开始）");
			}
		}
		QuestioningSession ended = new QuestioningSession(s.id(), s.visitId(), s.kind(), s.roomId(), s.officerIds(), s.fullRecording(),
				s.startedAt(), t, file, file == null ? null : recordingFrom, file == null ? null : recordingTo);
		visits.endSession(ended);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("sessionId", s.id().toString());
		details.put("recordingFile", file);
		access.write(v, v.touched(), "questioning-ended", t, s.officerIds(),
				s.kind().label() + "结束" + (file == null ? "，未登记录音录像" : "，录音录像 " + file), details);
		alarms.evaluate(v.centerId());
		return ended;
	}
}
