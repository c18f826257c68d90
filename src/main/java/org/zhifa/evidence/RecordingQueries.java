package org.zhifa.evidence;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.custody.QuestioningRecordings;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.Visibilities;
import org.zhifa.shared.Visibility;

/**
 * Reading recordings under {@code evidence:read}: a recording is visible to the unit that keeps its device and to the unit
 * its link points to (the case's or the session's handling unit), each within the caller's data scope; anything else reads as
 * absent (404). Playback opens the stored content for ranged reading.
 */
@Service
@Transactional(readOnly = true)
public class RecordingQueries {

	static final String READ = "evidence:read";
	static final String RECORD = "evidence:record";

	private final RecordingRecords recordings;
	private final RecordingStore store;
	private final QuestioningRecordings custody;
	private final Visibilities visibilities;

	RecordingQueries(RecordingRecords recordings, RecordingStore store, QuestioningRecordings custody, Visibilities visibilities) {
		this.recordings = recordings;
		this.store = store;
		this.custody = custody;
		this.visibilities = visibilities;
	}

	public PageResult<Recording> search(RecordingSearch search, PageRequest page) {
		Visibility v = visibilities.current(READ);
		return recordings.search(v.isAll() ? null : v.unitIds(), search, page);
	}

	public Recording get(UUID id) {
		return recordings.find(id).filter(visibleIn(visibilities.current(READ))).orElseThrow(() -> new NotFound("录像", id));
	}

	/** The recording's content for playback or download. */
	public Resource content(UUID id) {
		Recording r = get(id);
		return recordings.storageKey(r.id()).flatMap(store::open).orElseThrow(() -> new NotFound("录像文件", r.number()));
	}

	/** The questioning rooms of a centre the caller sees (for registering a room recorder). */
	public List<QuestioningRecordings.RoomRef> questioningRooms(UUID centerId) {
		if (!covers(visibilities, READ, centerId) && !covers(visibilities, Devices.MANAGE, centerId)) {
			throw new NotFound("执法办案管理中心", centerId);
		}
		return custody.questioningRooms(centerId);
	}

	/** Whether the caller holds the permission over the unit (false, not an error, without the permission). */
	static boolean covers(Visibilities visibilities, String permission, @org.jspecify.annotations.Nullable UUID unitId) {
		return org.zhifa.shared.CurrentActor.get().isSystem() || org.zhifa.shared.CurrentActor.get().has(permission)
				&& visibilities.current(permission).coversUnit(unitId);
	}

	static Predicate<Recording> visibleIn(Visibility v) {
		return r -> v.coversUnit(r.unitId()) || (r.link() != null && v.coversUnit(r.link().targetUnitId()));
	}
}
