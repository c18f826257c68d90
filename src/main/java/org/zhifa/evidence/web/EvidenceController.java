package org.zhifa.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.custody.QuestioningRecordings;
import org.zhifa.evidence.CaseEvidence;
import org.zhifa.evidence.Device;
import org.zhifa.evidence.DeviceKind;
import org.zhifa.evidence.Devices;
import org.zhifa.evidence.EvidenceKind;
import org.zhifa.evidence.EvidenceRecord;
import org.zhifa.evidence.EvidenceSources;
import org.zhifa.evidence.LinkStatus;
import org.zhifa.evidence.NewEvidence;
import org.zhifa.evidence.NewRecording;
import org.zhifa.evidence.QuestioningCoverage;
import org.zhifa.evidence.Recording;
import org.zhifa.evidence.RecordingIngest;
import org.zhifa.evidence.RecordingLinks;
import org.zhifa.evidence.RecordingQueries;
import org.zhifa.evidence.RecordingSearch;
import org.zhifa.evidence.TargetKind;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;

/**
 * docs/api.md § Evidence and recordings: reading needs {@code evidence:read}; uploading, linking and recording evidence
 * {@code evidence:record}; the device registry {@code evidence:devices} — each within the data scope of the unit concerned.
 */
@RestController
@RequestMapping("/api")
class EvidenceController {

	private static final String VERSION = "缺少版本号";

	private final RecordingIngest ingest;
	private final RecordingLinks links;
	private final RecordingQueries queries;
	private final QuestioningCoverage coverage;
	private final Devices devices;
	private final CaseEvidence evidence;

	EvidenceController(RecordingIngest ingest, RecordingLinks links, RecordingQueries queries, QuestioningCoverage coverage, Devices devices,
			CaseEvidence evidence) {
		this.ingest = ingest;
		this.links = links;
		this.queries = queries;
		this.coverage = coverage;
		this.devices = devices;
		this.evidence = evidence;
	}

	/** A recording with the labels the UI shows. */
	record RecordingView(Recording recording, String kindLabel, String statusLabel, @Nullable String targetKindLabel) {

		static RecordingView of(Recording r) {
			return new RecordingView(r, r.kind().label(), r.status().label(), r.link() == null ? null : r.link().targetKind().label());
		}
	}

	/** A recording with, when it is linked to a questioning session, that session's coverage. */
	record RecordingDetails(RecordingView view, QuestioningCoverage.@Nullable SessionCoverage session) {
	}

	record Link(@NotNull(message = VERSION) Long version, @NotNull(message = "请选择关联对象类型") TargetKind targetKind,
			@NotNull(message = "请选择关联对象") UUID targetId, @NotBlank(message = "请填写关联理由") @Size(max = 500, message = "不能超过500个字") String reason) {
	}

	record SetAside(@NotNull(message = VERSION) Long version,
			@NotBlank(message = "请填写理由") @Size(max = 500, message = "不能超过500个字") String reason) {
	}

	record NewDevice(@NotBlank(message = "请填写设备编号") @Size(max = 40, message = "不能超过40个字") String code,
			@NotNull(message = "请选择设备类型") DeviceKind kind, @Nullable UUID officerId, @Nullable UUID roomId,
			@NotBlank(message = "请填写设备名称") @Size(max = 100, message = "不能超过100个字") String label) {
	}

	record DeviceChange(@Nullable UUID officerId, @Nullable UUID roomId,
			@NotBlank(message = "请填写设备名称") @Size(max = 100, message = "不能超过100个字") String label,
			@NotNull(message = "请选择是否启用") Boolean active, @NotNull(message = VERSION) Long version) {
	}

	record EvidenceInput(@NotNull(message = "请选择证据种类") EvidenceKind kind,
			@NotBlank(message = "请填写证据名称") @Size(max = 200, message = "不能超过200个字") String title,
			@Nullable @Size(max = 2000, message = "不能超过2000个字") String description,
			@NotBlank(message = "请填写证据来源") @Size(max = 200, message = "不能超过200个字") String source,
			@NotNull(message = "请填写收集时间") Instant collectedAt, @Nullable UUID documentId, @Nullable UUID recordingId,
			@Nullable UUID propertyItemId, @Nullable @Size(max = 200, message = "不能超过200个字") String transcript) {
	}

	record EvidenceView(EvidenceRecord record, String kindLabel) {
	}

	/** A device with its kind's label and who or what it records. */
	record DeviceView(Device device, String kindLabel, String holder) {
	}

	// ---- recordings --------------------------------------------------------------------------------------------------

	@GetMapping("/recordings")
	@PreAuthorize("hasAuthority('evidence:read')")
	PageResult<RecordingView> search(@RequestParam(required = false) @Nullable LinkStatus status,
			@RequestParam(required = false) @Nullable DeviceKind kind, @RequestParam(required = false) @Nullable UUID deviceId,
			@RequestParam(required = false) @Nullable UUID caseId, @RequestParam(required = false) @Nullable UUID targetId,
			@RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return queries.search(new RecordingSearch(status, kind, deviceId, caseId, targetId, from, to), PageRequest.of(page, size))
			.map(RecordingView::of);
	}

	/**
	 * Upload: the file itself is the body (streamed to storage, never buffered), sent as {@code application/octet-stream} or
	 * with its own media type ({@code video/mp4}); the metadata comes as query parameters.
	 */
	@PostMapping("/recordings")
	@PreAuthorize("hasAuthority('evidence:record')")
	RecordingView upload(@RequestParam(required = false) @Nullable String deviceCode, @RequestParam(required = false) @Nullable String badge,
			@RequestParam(required = false) @Nullable Instant startedAt, @RequestParam(required = false) @Nullable Instant endedAt,
			@RequestParam(required = false) @Nullable String location, @RequestParam(required = false) @Nullable String fileName,
			@RequestParam(required = false) @Nullable String mediaType, HttpServletRequest request) throws IOException {
		if (deviceCode == null || deviceCode.isBlank()) {
			throw new InvalidInput("deviceCode", "请提供设备编号");
		}
		if (startedAt == null) {
			throw new InvalidInput("startedAt", "请提供录像开始时间");
		}
		if (endedAt == null) {
			throw new InvalidInput("endedAt", "请提供录像结束时间");
		}
		try (InputStream body = request.getInputStream()) {
			return RecordingView.of(ingest.upload(new NewRecording(deviceCode, badge, startedAt, endedAt, location,
					fileName == null ? "recording.bin" : fileName, mediaType != null ? mediaType : mediaTypeOf(request)), body));
		}
	}

	/** The body's own media type when it names one (a browser sends a video file as {@code video/webm}). */
	private static @Nullable String mediaTypeOf(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null || type.startsWith(MediaType.APPLICATION_OCTET_STREAM_VALUE) || type.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
			return null;
		}
		return type.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
	}

	@GetMapping("/recordings/{id}")
	@PreAuthorize("hasAuthority('evidence:read')")
	RecordingDetails get(@PathVariable UUID id) {
		Recording r = queries.get(id);
		var session = r.link() != null && r.link().targetKind() == TargetKind.QUESTIONING ? coverage.of(r.link().targetId()) : null;
		return new RecordingDetails(RecordingView.of(r), session);
	}

	/** Playback and download; answers Range requests with 206 and the part asked for. */
	@GetMapping("/recordings/{id}/content")
	@PreAuthorize("hasAuthority('evidence:read')")
	ResponseEntity<Resource> content(@PathVariable UUID id) {
		Recording r = queries.get(id);
		var response = ResponseEntity.ok().contentType(MediaType.parseMediaType(r.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(r.fileName(), java.nio.charset.StandardCharsets.UTF_8)
				.build().toString())
			.header("X-Content-SHA256", r.sha256());
		if (r.sm3() != null) {
			response.header("X-Content-SM3", r.sm3());
		}
		return response.body(queries.content(id));
	}

	@PostMapping("/recordings/{id}/link")
	@PreAuthorize("hasAuthority('evidence:record')")
	RecordingView link(@PathVariable UUID id, @Valid @RequestBody Link r) {
		return RecordingView.of(links.link(id, r.version(), r.targetKind(), r.targetId(), r.reason()));
	}

	@PostMapping("/recordings/{id}/set-aside")
	@PreAuthorize("hasAuthority('evidence:record')")
	RecordingView setAside(@PathVariable UUID id, @Valid @RequestBody SetAside r) {
		return RecordingView.of(links.setAside(id, r.version(), r.reason()));
	}

	// ---- coverage of questioning sessions ----------------------------------------------------------------------------

	@GetMapping("/questioning-coverage")
	@PreAuthorize("hasAuthority('evidence:read')")
	List<QuestioningCoverage.SessionCoverage> coverage(@RequestParam Instant from, @RequestParam Instant to,
			@RequestParam(required = false) @Nullable Boolean findingsOnly) {
		return coverage.ended(from, to, Boolean.TRUE.equals(findingsOnly));
	}

	@GetMapping("/questioning-coverage/{sessionId}")
	@PreAuthorize("hasAuthority('evidence:read')")
	QuestioningCoverage.SessionCoverage sessionCoverage(@PathVariable UUID sessionId) {
		return coverage.of(sessionId);
	}

	// ---- devices ----------------------------------------------------------------------------------------------------

	@GetMapping("/recording-devices")
	@PreAuthorize("hasAuthority('evidence:read')")
	List<DeviceView> devices() {
		return devices.list().stream().map(d -> new DeviceView(d, d.kind().label(), devices.holder(d))).toList();
	}

	@GetMapping("/recording-devices/rooms")
	@PreAuthorize("hasAuthority('evidence:devices')")
	List<QuestioningRecordings.RoomRef> rooms(@RequestParam UUID centerId) {
		return queries.questioningRooms(centerId);
	}

	@PostMapping("/recording-devices")
	@PreAuthorize("hasAuthority('evidence:devices')")
	Device register(@Valid @RequestBody NewDevice r) {
		return devices.register(r.code(), r.kind(), r.officerId(), r.roomId(), r.label());
	}

	@PutMapping("/recording-devices/{id}")
	@PreAuthorize("hasAuthority('evidence:devices')")
	Device update(@PathVariable UUID id, @Valid @RequestBody DeviceChange r) {
		return devices.update(id, r.officerId(), r.roomId(), r.label(), r.active(), r.version());
	}

	// ---- evidence records of a case ------------------------------------------------------------------------------------

	@GetMapping("/cases/{caseId}/evidence")
	@PreAuthorize("hasAuthority('evidence:read')")
	List<EvidenceView> evidence(@PathVariable UUID caseId) {
		return evidence.ofCase(caseId).stream().map(e -> new EvidenceView(e, e.kind().label())).toList();
	}

	/** The choices of the 登记证据 form: the case's property items, legal documents and linked recordings the caller sees. */
	@GetMapping("/cases/{caseId}/evidence/sources")
	@PreAuthorize("hasAuthority('evidence:record')")
	EvidenceSources.Sources evidenceSources(@PathVariable UUID caseId) {
		return evidence.sources(caseId);
	}

	@PostMapping("/cases/{caseId}/evidence")
	@PreAuthorize("hasAuthority('evidence:record')")
	EvidenceView addEvidence(@PathVariable UUID caseId, @Valid @RequestBody EvidenceInput r) {
		EvidenceRecord e = evidence.add(caseId, new NewEvidence(r.kind(), r.title(), r.description(), r.source(), r.collectedAt(), r.documentId(),
				r.recordingId(), r.propertyItemId(), r.transcript()));
		return new EvidenceView(e, e.kind().label());
	}
}
