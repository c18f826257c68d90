package org.zhifa.custody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.officer.OfficerSummary;
import org.zhifa.shared.InvalidInput;

/**
 * The steps between 入区 and 出区 that are not questioning: 人身安全检查 (first, needs no 检查证 — 行规53), 随身物品 in a
 * numbered locker and 信息采集 (both after the check), and the watch log (from the arrival on). Each is recorded with who
 * and when, against the version the caller read.
 */
@Service
@Transactional(readOnly = true)
public class VisitSteps {

	private final VisitRecords visits;
	private final VisitAccess access;
	private final CustodyAlarms alarms;

	VisitSteps(VisitRecords visits, VisitAccess access, CustodyAlarms alarms) {
		this.visits = visits;
		this.access = access;
		this.alarms = alarms;
	}

	/** An item listed as found in the check, or handed in with the belongings. */
	public record Item(String description, int quantity, boolean caseRelated) {
	}

	/** 人身安全检查: what was found, injuries seen (with photo references), items found on the person. */
	@Transactional
	public Visit securityCheck(UUID id, long version, @Nullable Instant at, List<UUID> officerIds, String findings, @Nullable String injuries,
			List<String> injuryPhotos, List<String> itemsFound) {
		Visit v = access.lock(id, version);
		if (!v.inside()) {
			throw new VisitAlreadyDischarged(v, "进行人身安全检查");
		}
		if (v.done(Visit.Step.SECURITY_CHECK)) {
			throw new InvalidInput("version", "已完成人身安全检查");
		}
		Instant t = access.stepTime("at", at, v);
		List<UUID> team = access.officers(officerIds);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("findings", findings.strip());
		details.put("injuries", Admissions.blankToNull(injuries));
		details.put("injuryPhotos", List.copyOf(injuryPhotos));
		details.put("itemsFound", List.copyOf(itemsFound));
		String summary = "人身安全检查：" + findings.strip() + (injuries == null || injuries.isBlank() ? "；未见伤情" : "；伤情：" + injuries.strip())
				+ (itemsFound.isEmpty() ? "" : "；查获物品 " + itemsFound.size() + " 项");
		return done(access.write(v, v.checked(t), "security-checked", t, team, summary, details));
	}

	/**
	 * 随身物品: itemised into a numbered locker (again later to add items; the first time completes the step). An empty
	 * list records that the person had nothing with him or her.
	 */
	@Transactional
	public Visit recordBelongings(UUID id, long version, @Nullable Instant at, String locker, List<Item> items) {
		Visit v = access.lock(id, version);
		v.require("登记随身物品", Visit.Step.SECURITY_CHECK);
		Instant t = access.stepTime("at", at, v);
		String lockerNumber = locker.strip();
		List<Belonging> existing = visits.belongings(id);
		int seq = existing.size();
		List<Belonging> added = new ArrayList<>();
		for (Item i : items) {
			if (i.quantity() < 1) {
				throw new InvalidInput("items", "数量须大于0：" + i.description());
			}
			Belonging b = new Belonging(++seq, i.description().strip(), i.quantity(), i.caseRelated(), null, null, null, null, null);
			visits.insertBelonging(id, b);
			added.add(b);
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("locker", lockerNumber);
		details.put("items", added.stream().map(b -> Map.of("seq", b.seq(), "description", b.description(), "quantity", b.quantity(),
				"caseRelated", b.caseRelated())).toList());
		long related = added.stream().filter(Belonging::caseRelated).count();
		String summary = added.isEmpty() ? "随身物品：无" : "随身物品 " + added.size() + " 项存入 " + lockerNumber + " 号柜"
				+ (related == 0 ? "" : "，其中涉案物品 " + related + " 项");
		return done(access.write(v, v.belongingsRecorded(t, lockerNumber), "belongings-recorded", t, List.of(), summary, details));
	}

	/** 信息采集: which items were taken (photo, fingerprints, DNA, phone data …). */
	@Transactional
	public Visit collectInformation(UUID id, long version, @Nullable Instant at, List<UUID> officerIds, Set<CollectedItem> items) {
		Visit v = access.lock(id, version);
		v.require("进行信息采集", Visit.Step.SECURITY_CHECK);
		if (items.isEmpty()) {
			throw new InvalidInput("items", "请选择采集项目");
		}
		Instant t = access.stepTime("at", at, v);
		List<UUID> team = access.officers(officerIds);
		Set<CollectedItem> all = EnumSet.copyOf(items);
		all.addAll(v.collectedItems());
		String summary = "信息采集：" + items.stream().sorted().map(CollectedItem::label).collect(Collectors.joining("、"));
		return done(access.write(v, v.collected(t, all), "information-collected", t, team, summary,
				Map.of("items", items.stream().sorted().map(Enum::name).toList())));
	}

	/** 看管: the watcher takes over from {@code at}; the shift before ends then (handover), so the log has no gap. */
	@Transactional
	public Visit startWatch(UUID id, long version, @Nullable Instant at, UUID watcherId) {
		Visit v = access.lock(id, version);
		v.require("安排看管");
		Instant t = access.stepTime("at", at, v);
		OfficerSummary watcher = access.officer("watcherId", watcherId);
		List<Watch> log = visits.watches(id);
		Watch open = log.stream().filter(w -> w.to() == null).findFirst().orElse(null);
		if (open != null) {
			if (open.watcherId().equals(watcherId)) {
				throw new InvalidInput("watcherId", watcher.name() + " 正在看管，无需重复安排");
			}
			if (t.isBefore(open.from())) {
				throw new InvalidInput("at", "交接时间不能早于上一班开始时间");
			}
			visits.endWatch(id, t);
		}
		visits.startWatch(id, new Watch(log.size() + 1, watcherId, watcher.name(), t, null));
		String summary = (open == null ? "开始看管：" : "看管交接：" + open.watcherName() + " → ") + watcher.name();
		return done(access.write(v, v.touched(), "watch-started", t, List.of(watcherId), summary, Map.of("watcher", watcher.name())));
	}

	private Visit done(Visit v) {
		alarms.evaluate(v.centerId());
		return v;
	}
}
