package org.zhifa.evidence;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.custody.QuestioningRecordings;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.officer.OfficerSummary;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.OutOfScope;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibilities;
import org.zhifa.shared.Visibility;

/**
 * The device registry under {@code evidence:devices}: a 执法记录仪 is issued to an officer and kept by that officer's unit;
 * a room recorder belongs to a 讯问室/询问室 and is kept by the room's centre. Re-issuing a camera to another officer or
 * retiring a device changes it from then on; recordings already ingested keep the officer and room they were made with.
 */
@Service
@Transactional(readOnly = true)
public class Devices {

	static final String MANAGE = "evidence:devices";

	private final DeviceRecords devices;
	private final OfficerDirectory officers;
	private final QuestioningRecordings custody;
	private final Visibilities visibilities;
	private final AuditTrail audit;

	Devices(DeviceRecords devices, OfficerDirectory officers, QuestioningRecordings custody, Visibilities visibilities, AuditTrail audit) {
		this.devices = devices;
		this.officers = officers;
		this.custody = custody;
		this.visibilities = visibilities;
		this.audit = audit;
	}

	/** The devices of the units the caller reads recordings of, or manages devices of. */
	public List<Device> list() {
		Visibility read = visibilities.current(RecordingQueries.READ);
		return devices.list(read.isAll() ? null : read.unitIds());
	}

	/** Who or what the device records: the officer (name and badge) or the room (name). */
	public String holder(Device d) {
		if (d.officerId() != null) {
			return officers.find(d.officerId()).map(o -> o.name() + "（" + o.badgeNumber() + "）").orElse("—");
		}
		return d.roomId() == null ? "—" : custody.room(d.roomId()).map(QuestioningRecordings.RoomRef::name).orElse("—");
	}

	@Transactional
	public Device register(String code, DeviceKind kind, @Nullable UUID officerId, @Nullable UUID roomId, String label) {
		String c = code.strip();
		if (!c.matches("[A-Za-z0-9_.:-]{1,40}")) {
			throw new InvalidInput("code", "设备编号须为1至40位字母、数字或 - _ . :");
		}
		if (devices.byCode(c).isPresent()) {
			throw new InvalidInput("code", "设备编号 " + c + " 已登记");
		}
		UUID unit = unitOf(kind, officerId, roomId);
		requireManageable(unit);
		Device d = new Device(UUID.randomUUID(), c, kind, unit, kind == DeviceKind.BODY_CAMERA ? officerId : null,
				kind == DeviceKind.ROOM_RECORDER ? roomId : null, label(label), true, 0);
		devices.insert(d);
		audit.record(AuditRecord.of("evidence.device-registered", "evidence-device", d.id(), kind.label() + " " + c + "（" + d.label() + "）"));
		return d;
	}

	/** Re-issues (another officer or room), relabels, retires or re-activates a device. */
	@Transactional
	public Device update(UUID id, @Nullable UUID officerId, @Nullable UUID roomId, String label, boolean active, long version) {
		Device current = devices.find(id).filter(d -> RecordingQueries.covers(visibilities, RecordingQueries.READ, d.unitId())
				|| RecordingQueries.covers(visibilities, MANAGE, d.unitId())).orElseThrow(() -> new NotFound("设备", id));
		requireManageable(current.unitId());
		if (current.version() != version) {
			throw new StaleVersion("设备", current.code(), version);
		}
		UUID unit = unitOf(current.kind(), officerId, roomId);
		requireManageable(unit);
		Device next = new Device(id, current.code(), current.kind(), unit, current.kind() == DeviceKind.BODY_CAMERA ? officerId : null,
				current.kind() == DeviceKind.ROOM_RECORDER ? roomId : null, label(label), active, version + 1);
		devices.update(next);
		audit.record(AuditRecord.of("evidence.device-updated", "evidence-device", id, current.kind().label() + " " + current.code() + "（"
				+ next.label() + (active ? "" : "，停用") + "）"));
		return next;
	}

	private UUID unitOf(DeviceKind kind, @Nullable UUID officerId, @Nullable UUID roomId) {
		if (kind == DeviceKind.BODY_CAMERA) {
			if (officerId == null) {
				throw new InvalidInput("officerId", "执法记录仪须配发给一名民警");
			}
			OfficerSummary o = officers.find(officerId).filter(OfficerSummary::active)
				.orElseThrow(() -> new InvalidInput("officerId", "民警不存在或已离职"));
			return o.unitId();
		}
		if (roomId == null) {
			throw new InvalidInput("roomId", "同步录音录像设备须安装在讯问室或询问室");
		}
		return custody.room(roomId).orElseThrow(() -> new InvalidInput("roomId", "房间不存在")).centerId();
	}

	private void requireManageable(UUID unitId) {
		if (!visibilities.current(MANAGE).coversUnit(unitId)) {
			throw new OutOfScope("该单位的视音频设备");
		}
	}

	private static String label(String label) {
		String l = label.strip();
		if (l.isEmpty() || l.length() > 100) {
			throw new InvalidInput("label", "设备名称须为1至100个字");
		}
		return l;
	}
}
