package org.zhifa.custody;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitKind;
import org.zhifa.organization.UnitSummary;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.OutOfScope;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibilities;

/**
 * The rooms of each centre (讯问室, 询问室, 候问室, 醒酒室) under {@code custody:rooms}, and putting a person in one:
 * never beyond its capacity, never with a co-suspect of the same case, only in a room of the person's own centre.
 */
@Service
@Transactional(readOnly = true)
public class Rooms {

	static final String MANAGE = "custody:rooms";

	private final RoomRecords rooms;
	private final VisitRecords visits;
	private final VisitAccess access;
	private final UnitDirectory units;
	private final Visibilities visibilities;
	private final AuditTrail audit;
	private final CustodyAlarms alarms;

	Rooms(RoomRecords rooms, VisitRecords visits, VisitAccess access, UnitDirectory units, Visibilities visibilities, AuditTrail audit,
			CustodyAlarms alarms) {
		this.rooms = rooms;
		this.visits = visits;
		this.access = access;
		this.units = units;
		this.visibilities = visibilities;
		this.audit = audit;
		this.alarms = alarms;
	}

	/** The rooms of a centre the caller can see (custody:read covering the centre). */
	public List<Room> ofCenter(UUID centerId) {
		if (!access.reading().coversUnit(centerId)) {
			throw new NotFound("执法办案管理中心", centerId);
		}
		return rooms.ofCenter(centerId);
	}

	@Transactional
	public Room create(UUID centerId, String name, RoomKind kind, int capacity) {
		UnitSummary center = units.find(centerId).filter(UnitSummary::active)
			.filter(u -> u.kind() == UnitKind.CASE_HANDLING_CENTER || u.kind() == UnitKind.POLICE_STATION)
			.orElseThrow(() -> new InvalidInput("centerId", "请选择执法办案管理中心或派出所"));
		requireManageable(centerId, center.name());
		Room room = new Room(UUID.randomUUID(), centerId, checkName(centerId, name, null), kind, capacity(capacity), true, 0);
		rooms.insert(room);
		audit.record(AuditRecord.of("custody.room-created", "custody-room", room.id(), center.name() + " " + room.name() + "（"
				+ kind.label() + "，容纳 " + capacity + " 人）"));
		return room;
	}

	/** Renames, changes the capacity or closes a room; a lower capacity than the people inside raises an alarm, not a refusal. */
	@Transactional
	public Room update(UUID id, String name, RoomKind kind, int capacity, boolean active, long version) {
		Room current = rooms.find(id).filter(r -> access.reading().coversUnit(r.centerId())).orElseThrow(() -> new NotFound("房间", id));
		requireManageable(current.centerId(), current.name());
		if (current.version() != version) {
			throw new StaleVersion("房间", current.name(), version);
		}
		if (!active && !visits.inRoom(id).isEmpty()) {
			throw new RoomRefused(current.name() + " 内尚有人员，不能停用");
		}
		Room next = new Room(id, current.centerId(), checkName(current.centerId(), name, id), kind, capacity(capacity), active, version + 1);
		rooms.update(next);
		audit.record(AuditRecord.of("custody.room-updated", "custody-room", id, next.name() + "（" + kind.label() + "，容纳 " + capacity + " 人"
				+ (active ? "" : "，停用") + "）"));
		alarms.evaluate(current.centerId());
		return next;
	}

	/**
	 * Puts the person in a room (or takes him or her out of any, {@code roomId} null): refused when the room is of another
	 * centre or closed, full, or holds a co-suspect of the same case.
	 */
	@Transactional
	public Visit move(UUID visitId, long version, @Nullable UUID roomId) {
		Visit v = access.lock(visitId, version);
		v.require(roomId == null ? "离开房间" : "安排房间");
		Visit next = place(v, roomId);
		String summary = roomId == null ? "离开房间" : "进入 " + rooms.find(roomId).orElseThrow().name();
		access.write(v, next, "room-changed", access.now(), List.of(), summary, roomId == null ? java.util.Map.of() : java.util.Map.of("roomId", roomId.toString()));
		alarms.evaluate(v.centerId());
		return next;
	}

	/** The visit in the room (checked and locked), not yet written. */
	Visit place(Visit v, @Nullable UUID roomId) {
		if (roomId == null || roomId.equals(v.roomId())) {
			return v.inRoom(roomId);
		}
		Room room = rooms.findForUpdate(roomId).filter(r -> r.centerId().equals(v.centerId()))
			.orElseThrow(() -> new RoomRefused("该房间不属于本办案中心"));
		if (!room.active()) {
			throw new RoomRefused(room.name() + " 已停用");
		}
		List<Visit> inside = visits.inRoom(roomId);
		if (inside.size() >= room.capacity()) {
			throw new RoomRefused(room.name() + " 已满（容纳 " + room.capacity() + " 人）");
		}
		inside.stream().filter(v::coSuspectOf).findFirst().ifPresent(other -> {
			throw new RoomRefused("同案嫌疑人不得同室：" + other.personName() + " 在 " + room.name() + " 内");
		});
		return v.inRoom(roomId);
	}

	private void requireManageable(UUID centerId, String what) {
		if (!visibilities.current(MANAGE).coversUnit(centerId)) {
			throw new OutOfScope(what + "的房间");
		}
	}

	private String checkName(UUID centerId, String name, @Nullable UUID id) {
		String n = name.strip();
		if (n.isEmpty() || n.length() > 40) {
			throw new InvalidInput("name", "房间名称须为1至40个字");
		}
		if (rooms.nameTaken(centerId, n, id == null ? new UUID(0, 0) : id)) {
			throw new InvalidInput("name", "本中心已有房间“" + n + "”");
		}
		return n;
	}

	private static int capacity(int capacity) {
		if (capacity < 1 || capacity > 50) {
			throw new InvalidInput("capacity", "容纳人数须在1到50之间");
		}
		return capacity;
	}
}
