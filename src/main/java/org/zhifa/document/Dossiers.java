package org.zhifa.document;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.document.internal.DossierBinder;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Visibility;
import org.zhifa.shared.Visibilities;

/**
 * A case's electronic dossier (电子卷宗) and its exports, as the current user may see them. The dossier belongs to the
 * units that made its items — the case itself is the cases module's, which this module does not depend on — so a user
 * sees a case's dossier when {@code dossier:read} covers the unit of at least one of its items; a case with no item in
 * scope reads as not found (a 派出所 never sees another unit's case). Downloads are audited.
 * <p>
 * Order: by volume (诉讼卷 first), then the item's catalogue order (the document type's place in the catalogue), then
 * issue time.
 */
@Service
@Transactional(readOnly = true)
public class Dossiers {

	static final String READ = "dossier:read";
	static final String SIGNATURE_ALGORITHM = "SM2-SM3";
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

	private static final Comparator<DossierItem> ORDER = Comparator.comparing(DossierItem::volume)
		.thenComparingInt(DossierItem::catalogueOrder).thenComparing(DossierItem::issuedAt).thenComparing(DossierItem::id);

	private final List<DossierItemSource> sources;
	private final DossierExports exports;
	private final DocumentIssuers issuers;
	private final Visibilities visibilities;
	private final AuditTrail audit;
	private final SigningKeys keys;
	private final PageCounts pageCounts = new PageCounts();

	Dossiers(List<DossierItemSource> sources, DossierExports exports, DocumentIssuers issuers, Visibilities visibilities,
			AuditTrail audit, SigningKeys keys) {
		this.keys = keys;
		this.sources = List.copyOf(sources);
		this.exports = exports;
		this.issuers = issuers;
		this.visibilities = visibilities;
		this.audit = audit;
	}

	/** The case's dossier as it stands, under {@code dossier:read}. */
	public Dossier get(UUID caseId) {
		return assemble(caseId, visibilities.current(READ));
	}

	/** The exports of the case, latest first. */
	public List<DossierExport> exports(UUID caseId) {
		get(caseId);
		return exports.ofCase(caseId);
	}

	public DossierExport export(UUID exportId) {
		DossierExport export = exports.find(exportId).orElseThrow(() -> new NotFound("卷宗导出记录", exportId));
		if (!visible(items(export.caseId()), visibilities.current(READ))) {
			throw new NotFound("卷宗导出记录", exportId);
		}
		return export;
	}

	/** The exported PDF, byte for byte as listed in its manifest; the download is audited. */
	@Transactional
	public byte[] pdf(UUID exportId) {
		DossierExport export = export(exportId);
		byte[] pdf = exports.pdf(exportId).orElseThrow();
		audit.record(AuditRecord.of("dossier.pdf-read", "dossier-export", exportId, "下载电子卷宗PDF：" + label(export)));
		return pdf;
	}

	/** The signed manifest of the export; the download is audited. */
	@Transactional
	public DossierManifest.Signed manifest(UUID exportId) {
		DossierExport export = export(exportId);
		DossierManifest.Signed signed = signedManifest(exportId);
		audit.record(AuditRecord.of("dossier.manifest-read", "dossier-export", exportId, "下载电子卷宗清单：" + label(export)));
		return signed;
	}

	/** What changed between two exports of the same volume of the same case ({@code from} the earlier one). */
	public DossierDiff diff(UUID fromId, UUID toId) {
		DossierExport from = export(fromId);
		DossierExport to = export(toId);
		if (!from.caseId().equals(to.caseId()) || from.volume() != to.volume()) {
			throw new InvalidInput("to", "只能比对同一案件同一卷别的两次导出");
		}
		Map<String, DossierManifest.Item> before = byKey(signedManifest(fromId).manifest().items());
		Map<String, DossierManifest.Item> after = byKey(signedManifest(toId).manifest().items());
		List<DossierManifest.Item> added = new ArrayList<>();
		List<DossierManifest.Item> removed = new ArrayList<>();
		List<DossierDiff.Change> changed = new ArrayList<>();
		List<DossierDiff.Change> moved = new ArrayList<>();
		int unchanged = 0;
		for (var entry : after.entrySet()) {
			DossierManifest.Item old = before.get(entry.getKey());
			DossierManifest.Item now = entry.getValue();
			if (old == null) {
				added.add(now);
			}
			else if (!old.sm3().equals(now.sm3()) || !old.title().equals(now.title())
					|| !java.util.Objects.equals(old.number(), now.number())) {
				changed.add(new DossierDiff.Change(old, now));
			}
			else if (old.firstPage() != now.firstPage() || old.lastPage() != now.lastPage()) {
				moved.add(new DossierDiff.Change(old, now));
			}
			else {
				unchanged++;
			}
		}
		before.forEach((key, item) -> {
			if (!after.containsKey(key)) {
				removed.add(item);
			}
		});
		return new DossierDiff(from, to, added, removed, changed, moved, unchanged);
	}

	// ---- assembly, shared with exporting ------------------------------------------------------------------------

	/** The dossier as the given visibility may see it; not found when no item of the case is in scope. */
	Dossier assemble(UUID caseId, Visibility visibility) {
		List<DossierItem> items = items(caseId);
		if (!visible(items, visibility)) {
			throw new NotFound("电子卷宗", caseId);
		}
		DossierItem first = items.stream().min(Comparator.comparing(DossierItem::issuedAt).thenComparing(DossierItem::id)).orElseThrow();
		String caseLabel = items.stream().sorted(Comparator.comparing(DossierItem::issuedAt).reversed()).map(DossierItem::caseLabel)
			.filter(l -> l != null && !l.isBlank()).findFirst().orElse("案件 " + caseId);
		List<Dossier.Volume> volumes = new ArrayList<>();
		for (DossierVolume volume : DossierVolume.values()) {
			List<DossierItem> inVolume = items.stream().filter(i -> i.volume() == volume).sorted(ORDER).toList();
			List<DossierBinder.Entry> entries = inVolume.stream().map(i -> entry(i, pages(i))).toList();
			int[] firstPages = DossierBinder.firstPages(entries);
			List<Dossier.Entry> placed = new ArrayList<>();
			for (int n = 0; n < inVolume.size(); n++) {
				placed.add(new Dossier.Entry(n + 1, inVolume.get(n), firstPages[n], firstPages[n] + entries.get(n).pages() - 1));
			}
			int front = DossierBinder.frontPages(inVolume.size());
			volumes.add(new Dossier.Volume(volume, front, front + entries.stream().mapToInt(DossierBinder.Entry::pages).sum(), placed));
		}
		return new Dossier(caseId, caseLabel, first.unitId(), issuers.effective(first.unitId()).issuerName(), volumes);
	}

	DossierItemSource source(String kind) {
		return sources.stream().filter(s -> s.kind().equals(kind)).findFirst()
			.orElseThrow(() -> new InvalidInput("kind", "未知的卷宗材料类别：" + kind));
	}

	static DossierBinder.Entry entry(DossierItem item, int pages) {
		return new DossierBinder.Entry(item.title(), item.note(), item.number(), DATE.format(item.issuedAt()), pages);
	}

	int pages(DossierItem item) {
		return pageCounts.get(item.sm3(), () -> DossierBinder.pageCount(source(item.kind()).content(item.id())));
	}

	private List<DossierItem> items(UUID caseId) {
		return sources.stream().flatMap(s -> s.itemsOf(caseId).stream()).toList();
	}

	private static boolean visible(List<DossierItem> items, Visibility visibility) {
		return items.stream().anyMatch(i -> visibility.covers(i.unitId(), i.ownerOfficerId()));
	}

	private DossierManifest.Signed signedManifest(UUID exportId) {
		DossierExports.Signed stored = exports.manifest(exportId).orElseThrow();
		byte[] publicKey = keys.byId(stored.signingKeyId()).orElseThrow().publicKey();
		return new DossierManifest.Signed(ManifestJson.manifest(stored.manifest()), new DossierManifest.Signature(SIGNATURE_ALGORITHM,
				stored.signingKeyId(), HexFormat.of().formatHex(publicKey), Base64.getEncoder().encodeToString(stored.signature())));
	}

	private static Map<String, DossierManifest.Item> byKey(List<DossierManifest.Item> items) {
		return items.stream().collect(Collectors.toMap(i -> i.kind() + ":" + i.id(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	static String label(DossierExport export) {
		return export.caseLabel() + " " + export.volume().label() + " 第" + export.sequence() + "次导出";
	}

	/** Page counts by the item's SM3: items never change, so a count read once holds; bounded, least recently used out. */
	private static final class PageCounts {

		private static final int CAPACITY = 50_000;

		private final Map<String, Integer> counts = new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
				return size() > CAPACITY;
			}
		};

		synchronized int cached(String sm3) {
			Integer n = counts.get(sm3);
			return n == null ? -1 : n;
		}

		int get(String sm3, java.util.function.IntSupplier count) {
			int n = cached(sm3);
			if (n < 0) {
				n = count.getAsInt();
				synchronized (this) {
					counts.put(sm3, n);
				}
			}
			return n;
		}
	}
}
