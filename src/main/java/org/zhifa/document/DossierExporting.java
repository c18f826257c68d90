package org.zhifa.document;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.document.internal.DossierBinder;
import org.zhifa.document.internal.Sm2;
import org.zhifa.shared.Actor;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.Visibilities;

/**
 * Exports one volume of a case's dossier under {@code dossier:export}, all or nothing in one transaction: assemble the
 * volume, bind it into one PDF (cover, table of contents, every item's stored PDF, page numbers) in a temporary file,
 * hash it (SM3), write the manifest of item hashes and pages, sign it with the 办案单位's SM2 key, store export, PDF and
 * manifest, and audit the export. Exports of one volume of one case are numbered in sequence and never changed.
 */
@Service
public class DossierExporting {

	static final String EXPORT = "dossier:export";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

	private final Dossiers dossiers;
	private final DossierExports exports;
	private final DossierBinder binder;
	private final SigningKeys keys;
	private final Visibilities visibilities;
	private final AuditTrail audit;
	private final Clock clock;

	DossierExporting(Dossiers dossiers, DossierExports exports, DossierBinder binder, SigningKeys keys, Visibilities visibilities,
			AuditTrail audit, Clock clock) {
		this.dossiers = dossiers;
		this.exports = exports;
		this.binder = binder;
		this.keys = keys;
		this.visibilities = visibilities;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public DossierExport export(UUID caseId, DossierVolume volume) {
		Actor actor = CurrentActor.get();
		Dossier dossier = dossiers.assemble(caseId, visibilities.current(EXPORT));
		Dossier.Volume content = dossier.volume(volume);
		if (content.entries().isEmpty()) {
			throw new DossierVolumeEmpty(volume);
		}
		int sequence = exports.nextSequence(caseId, volume);
		UUID id = UUID.randomUUID();
		Instant exportedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<Dossier.Entry> entries = content.entries();

		Path file = null;
		try {
			file = Files.createTempFile("dossier-", ".pdf");
			var cover = new DossierBinder.Cover(dossier.caseLabel(), volume.label(), dossier.unitName(), TIME.format(exportedAt),
					actor.displayName(), sequence, entries.size());
			List<DossierBinder.Entry> lines = entries.stream().map(e -> Dossiers.entry(e.item(), e.lastPage() - e.firstPage() + 1)).toList();
			DossierBinder.Bound bound;
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 256 * 1024)) {
				bound = binder.bind(cover, lines, i -> content(entries.get(i).item()), out);
			}
			String pdfSm3;
			try (InputStream in = Files.newInputStream(file)) {
				pdfSm3 = Sm2.sm3Hex(in);
			}

			List<DossierManifest.Item> items = new ArrayList<>();
			for (int i = 0; i < entries.size(); i++) {
				DossierItem item = entries.get(i).item();
				int first = bound.firstPages()[i];
				String title = item.note() == null ? item.title() : item.title() + "（" + item.note() + "）";
				items.add(new DossierManifest.Item(i + 1, item.kind(), item.id(), title, item.number(), item.issuedAt(),
						item.sm3(), first, first + lines.get(i).pages() - 1));
			}
			var manifest = new DossierManifest(DossierManifest.FORMAT, id, caseId, dossier.caseLabel(), volume, volume.label(), sequence,
					dossier.unitId(), dossier.unitName(), exportedAt, actor.displayName(), items.size(), bound.pageCount(), pdfSm3, items);
			byte[] signedBytes = ManifestJson.bytes(manifest);
			SigningKeys.SigningKey key = keys.of(dossier.unitId());
			byte[] signature = keys.sign(key, signedBytes);

			var export = new DossierExport(id, caseId, dossier.caseLabel(), volume, sequence, dossier.unitId(), dossier.unitName(),
					actor.officerId(), actor.displayName(), exportedAt, items.size(), bound.pageCount(), pdfSm3, (int) Files.size(file));
			exports.insert(new DossierExports.Stored(export, ManifestJson.text(manifest), Sm2.sm3Hex(signedBytes), signature, key.id()), file);
			audit.record(AuditRecord.of("dossier.exported", "dossier-export", id, "导出电子卷宗：" + Dossiers.label(export) + "，"
					+ items.size() + " 件 " + bound.pageCount() + " 页；PDF SM3 " + pdfSm3));
			return exports.find(id).orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("电子卷宗导出失败：" + ex.getMessage(), ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// a temporary file left behind is removed by the system's temp cleaning
				}
			}
		}
	}

	/** The item's stored bytes, checked against the hash the manifest will list. */
	private byte[] content(DossierItem item) {
		byte[] bytes = dossiers.source(item.kind()).content(item.id());
		if (!Sm2.sm3Hex(bytes).equals(item.sm3())) {
			throw new IllegalStateException("卷宗材料“" + item.title() + " " + item.number() + "”的内容与登记的SM3不一致，导出中止");
		}
		return bytes;
	}
}
