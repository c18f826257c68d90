package org.zhifa.document.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhifa.document.DocumentCatalogue;
import org.zhifa.document.DocumentIssuers;
import org.zhifa.document.DocumentSearch;
import org.zhifa.document.DocumentServing;
import org.zhifa.document.DocumentVerification;
import org.zhifa.document.LegalDocuments;
import org.zhifa.document.NewService;
import org.zhifa.document.ServiceMethod;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;

/**
 * docs/api.md § Documents: issued documents are read under {@code document:read} and served under
 * {@code document:serve}, both limited to the issuing units in the caller's data scope; 发文机关 settings need
 * {@code document:issuer}. Verifying a PDF is open to every signed-in user. No endpoint issues a document: issuing
 * follows an approval, through the module's Java API.
 */
@RestController
@RequestMapping("/api")
class DocumentController {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final LegalDocuments documents;
	private final DocumentCatalogue catalogue;
	private final DocumentServing serving;
	private final DocumentVerification verification;
	private final DocumentIssuers issuers;

	DocumentController(LegalDocuments documents, DocumentCatalogue catalogue, DocumentServing serving,
			DocumentVerification verification, DocumentIssuers issuers) {
		this.documents = documents;
		this.catalogue = catalogue;
		this.serving = serving;
		this.verification = verification;
		this.issuers = issuers;
	}

	record Serve(@NotNull(message = "请选择送达方式") ServiceMethod method,
			@NotNull(message = "请填写送达时间") OffsetDateTime servedAt,
			@NotBlank(message = "请填写受送达人") @Size(max = 100, message = "受送达人不能超过100个字") String recipient,
			@Nullable @Size(max = 300, message = "备注不能超过300个字") String note,
			@Nullable @Size(max = 80, message = "请求编号不能超过80个字符") @Pattern(regexp = "[A-Za-z0-9._:-]*", message = "请求编号只能含字母、数字和 . _ : -") String requestId) {
	}

	record ChangeIssuer(@NotBlank(message = "请填写文号机关代字") @Size(max = 10, message = "文号机关代字不能超过10个字") String abbreviation,
			@NotBlank(message = "请填写发文机关名称") @Size(max = 60, message = "发文机关名称不能超过60个字") String issuerName,
			@NotNull(message = "缺少版本号") @Min(value = 0, message = "版本号无效") Long version) {
	}

	@GetMapping("/document-types")
	@PreAuthorize("isAuthenticated()")
	List<DocumentJson.Type> types() {
		return catalogue.all().stream().map(DocumentJson.Type::of).toList();
	}

	@GetMapping("/document-service-methods")
	@PreAuthorize("isAuthenticated()")
	List<DocumentJson.Method> serviceMethods() {
		return Arrays.stream(ServiceMethod.values()).map(m -> new DocumentJson.Method(m, m.label())).toList();
	}

	@GetMapping("/documents")
	@PreAuthorize("hasAuthority('document:read')")
	PageResult<DocumentJson.Summary> list(@RequestParam(required = false) @Nullable @Size(max = 60, message = "文书类型代码过长") String typeCode,
			@RequestParam(required = false) @Nullable UUID caseId, @RequestParam(required = false) @Nullable UUID unitId,
			@RequestParam(required = false) @Nullable LocalDate from, @RequestParam(required = false) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable @Size(max = 60, message = "检索词不能超过60个字") String q,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInput("to", "结束日期不能早于开始日期");
		}
		var search = new DocumentSearch(typeCode, caseId, unitId, from == null ? null : from.atStartOfDay(ZONE).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant(), q);
		return documents.search(search, PageRequest.of(page, size)).map(DocumentJson.Summary::of);
	}

	@GetMapping("/documents/{id}")
	@PreAuthorize("hasAuthority('document:read')")
	DocumentJson.Details get(@PathVariable UUID id) {
		return DocumentJson.Details.of(documents.get(id));
	}

	@GetMapping(path = "/documents/{id}/pdf", produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@PreAuthorize("hasAuthority('document:read')")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		var details = documents.get(id).document();
		byte[] pdf = documents.pdf(id);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(details.typeName() + "-" + details.number() + ".pdf", StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(pdf);
	}

	@PostMapping("/documents/{id}/services")
	@PreAuthorize("hasAuthority('document:serve')")
	ResponseEntity<DocumentJson.Service> serve(@PathVariable UUID id, @Valid @RequestBody Serve request) {
		var record = serving.serve(id, new NewService(request.method(), request.servedAt().toInstant(), request.recipient(),
				request.note(), request.requestId() == null || request.requestId().isBlank() ? null : request.requestId()));
		return ResponseEntity.created(URI.create("/api/documents/" + id)).body(DocumentJson.Service.of(record));
	}

	@PostMapping(path = "/documents/verification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("isAuthenticated()")
	DocumentJson.VerificationResult verifyUpload(@RequestPart(name = "file", required = false) @Nullable MultipartFile file)
			throws IOException {
		if (file == null) {
			throw new InvalidInput("file", "请上传要验证的PDF文件（表单字段 file）");
		}
		return DocumentJson.VerificationResult.of(verification.verify(file.getBytes()));
	}

	@PostMapping(path = "/documents/verification", consumes = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize("isAuthenticated()")
	DocumentJson.VerificationResult verifyBody(@RequestBody(required = false) byte @Nullable [] pdf) {
		return DocumentJson.VerificationResult.of(verification.verify(pdf == null ? new byte[0] : pdf));
	}

	@GetMapping("/document-issuers/{unitId}")
	@PreAuthorize("hasAuthority('document:issuer')")
	DocumentJson.Issuer issuer(@PathVariable UUID unitId) {
		return DocumentJson.Issuer.of(issuers.get(unitId));
	}

	@PutMapping("/document-issuers/{unitId}")
	@PreAuthorize("hasAuthority('document:issuer')")
	DocumentJson.Issuer changeIssuer(@PathVariable UUID unitId, @Valid @RequestBody ChangeIssuer request) {
		return DocumentJson.Issuer.of(issuers.change(unitId, request.abbreviation(), request.issuerName(), request.version()));
	}
}
