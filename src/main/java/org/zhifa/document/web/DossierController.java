package org.zhifa.document.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhifa.document.Dossier;
import org.zhifa.document.DossierCheck;
import org.zhifa.document.DossierDiff;
import org.zhifa.document.DossierExport;
import org.zhifa.document.DossierExporting;
import org.zhifa.document.DossierManifest;
import org.zhifa.document.DossierVerification;
import org.zhifa.document.DossierVolume;
import org.zhifa.document.Dossiers;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/api.md § Dossier: a case's electronic dossier (电子卷宗), its exports, their PDFs, signed manifests and diffs under
 * {@code dossier:read}, limited to cases with items from units in the caller's scope; exporting needs
 * {@code dossier:export}. Verifying a manifest (and its PDF) needs {@code dossier:read} and no scope: the holder asks.
 */
@RestController
@RequestMapping("/api")
class DossierController {

	private static final JsonMapper PRETTY = JsonMapper.builder().build();

	private final Dossiers dossiers;
	private final DossierExporting exporting;
	private final DossierVerification verification;

	DossierController(Dossiers dossiers, DossierExporting exporting, DossierVerification verification) {
		this.dossiers = dossiers;
		this.exporting = exporting;
		this.verification = verification;
	}

	record Export(@NotNull(message = "请选择要导出的卷别（LITIGATION 诉讼卷 / INVESTIGATION 侦查卷）") DossierVolume volume) {
	}

	record Item(int position, String kind, UUID id, String title, @Nullable String number, @Nullable String note, Instant issuedAt,
			String sm3, int firstPage, int lastPage) {

		static Item of(Dossier.Entry e) {
			var i = e.item();
			return new Item(e.position(), i.kind(), i.id(), i.title(), i.number(), i.note(), i.issuedAt(), i.sm3(), e.firstPage(), e.lastPage());
		}
	}

	record Volume(DossierVolume volume, String volumeName, int frontPages, int pageCount, List<Item> items) {
	}

	record View(UUID caseId, String caseLabel, UUID unitId, String unitName, List<Volume> volumes) {

		static View of(Dossier d) {
			return new View(d.caseId(), d.caseLabel(), d.unitId(), d.unitName(), d.volumes().stream()
				.map(v -> new Volume(v.volume(), v.volume().label(), v.frontPages(), v.pageCount(), v.entries().stream().map(Item::of).toList()))
				.toList());
		}
	}

	record ExportJson(UUID id, UUID caseId, String caseLabel, DossierVolume volume, String volumeName, int sequence, String unitName,
			String exportedByName, Instant exportedAt, int itemCount, int pageCount, String pdfSm3, int pdfSize) {

		static ExportJson of(DossierExport e) {
			return new ExportJson(e.id(), e.caseId(), e.caseLabel(), e.volume(), e.volume().label(), e.sequence(), e.unitName(),
					e.exportedByName(), e.exportedAt(), e.itemCount(), e.pageCount(), e.pdfSm3(), e.pdfSize());
		}
	}

	record Change(DossierManifest.Item before, DossierManifest.Item after) {
	}

	record Diff(ExportJson from, ExportJson to, boolean identical, List<DossierManifest.Item> added, List<DossierManifest.Item> removed,
			List<Change> changed, List<Change> moved, int unchanged) {

		static Diff of(DossierDiff d) {
			return new Diff(ExportJson.of(d.from()), ExportJson.of(d.to()), d.identical(), d.added(), d.removed(),
					d.changed().stream().map(c -> new Change(c.before(), c.after())).toList(),
					d.moved().stream().map(c -> new Change(c.before(), c.after())).toList(), d.unchanged());
		}
	}

	@GetMapping("/cases/{caseId}/dossier")
	@PreAuthorize("hasAuthority('dossier:read')")
	View dossier(@PathVariable UUID caseId) {
		return View.of(dossiers.get(caseId));
	}

	@PostMapping("/cases/{caseId}/dossier/exports")
	@PreAuthorize("hasAuthority('dossier:export')")
	ResponseEntity<ExportJson> export(@PathVariable UUID caseId, @Valid @RequestBody Export request) {
		DossierExport export = exporting.export(caseId, request.volume());
		return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/dossier/exports/" + export.id())).body(ExportJson.of(export));
	}

	@GetMapping("/cases/{caseId}/dossier/exports")
	@PreAuthorize("hasAuthority('dossier:read')")
	List<ExportJson> exports(@PathVariable UUID caseId) {
		return dossiers.exports(caseId).stream().map(ExportJson::of).toList();
	}

	@GetMapping(path = "/cases/{caseId}/dossier/exports/{exportId}/pdf",
			produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@PreAuthorize("hasAuthority('dossier:read')")
	ResponseEntity<byte[]> pdf(@PathVariable UUID caseId, @PathVariable UUID exportId) {
		DossierExport export = ofCase(caseId, exportId);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(fileName(export) + ".pdf", StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(dossiers.pdf(exportId));
	}

	@GetMapping(path = "/cases/{caseId}/dossier/exports/{exportId}/manifest",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@PreAuthorize("hasAuthority('dossier:read')")
	ResponseEntity<byte[]> manifest(@PathVariable UUID caseId, @PathVariable UUID exportId) {
		DossierExport export = ofCase(caseId, exportId);
		byte[] body = PRETTY.writerWithDefaultPrettyPrinter().writeValueAsBytes(dossiers.manifest(exportId));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(fileName(export) + "-清单.json", StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(body);
	}

	@GetMapping("/cases/{caseId}/dossier/exports/{fromId}/diff/{toId}")
	@PreAuthorize("hasAuthority('dossier:read')")
	Diff diff(@PathVariable UUID caseId, @PathVariable UUID fromId, @PathVariable UUID toId) {
		ofCase(caseId, fromId);
		ofCase(caseId, toId);
		return Diff.of(dossiers.diff(fromId, toId));
	}

	/** Multipart: {@code manifest} (the downloaded JSON), optionally {@code pdf}. No {@code consumes}: anything else is a 400. */
	@PostMapping("/dossier-verification")
	@PreAuthorize("hasAuthority('dossier:read')")
	DossierCheck verify(@RequestPart(name = "manifest", required = false) @Nullable MultipartFile manifest,
			@RequestPart(name = "pdf", required = false) @Nullable MultipartFile pdf) throws IOException {
		if (manifest == null) {
			throw new InvalidInput("manifest", "请上传电子卷宗清单文件（表单字段 manifest，可附 pdf）");
		}
		return verification.verify(manifest.getBytes(), pdf == null || pdf.isEmpty() ? null : pdf.getBytes());
	}

	private DossierExport ofCase(UUID caseId, UUID exportId) {
		DossierExport export = dossiers.export(exportId);
		if (!export.caseId().equals(caseId)) {
			throw new NotFound("卷宗导出记录", exportId);
		}
		return export;
	}

	private static String fileName(DossierExport e) {
		return "电子卷宗-" + e.volume().label() + "-第" + e.sequence() + "次导出";
	}
}
