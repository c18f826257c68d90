package org.zhifa.organization.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
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
import org.zhifa.organization.UnitCatalog;
import org.zhifa.organization.UnitKind;
import org.zhifa.organization.UnitManagement;
import org.zhifa.organization.UnitSearch;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;

/** docs/api.md § Units: reads need {@code unit:read}, changes {@code unit:manage}; both further limited by data scope. */
@RestController
@RequestMapping("/api")
class UnitController {

	private final UnitCatalog catalog;
	private final UnitManagement management;

	UnitController(UnitCatalog catalog, UnitManagement management) {
		this.catalog = catalog;
		this.management = management;
	}

	record CreateUnit(
			@NotBlank(message = "单位编码不能为空") @Pattern(regexp = "[0-9]{12}", message = "单位编码须为12位数字") String code,
			@NotBlank(message = "单位名称不能为空") @Size(max = 64, message = "单位名称不能超过64个字") String name,
			@NotNull(message = "单位类型不能为空") UnitKind kind,
			@Nullable UUID parentId) {
	}

	record RenameUnit(
			@NotBlank(message = "单位名称不能为空") @Size(max = 64, message = "单位名称不能超过64个字") String name,
			@NotNull(message = "缺少版本号") Long version) {
	}

	record MoveUnit(
			@NotNull(message = "请选择新的上级单位") UUID newParentId,
			@NotBlank(message = "请填写原因") @Size(max = 200, message = "原因不能超过200个字") String reason,
			@NotNull(message = "缺少版本号") Long version) {
	}

	record ChangeStatus(
			@NotBlank(message = "请填写原因") @Size(max = 200, message = "原因不能超过200个字") String reason,
			@NotNull(message = "缺少版本号") Long version) {
	}

	@GetMapping("/units/tree")
	@PreAuthorize("hasAuthority('unit:read')")
	List<UnitJson.Node> tree() {
		return catalog.tree().stream().map(UnitJson.Node::of).toList();
	}

	@GetMapping("/units")
	@PreAuthorize("hasAuthority('unit:read')")
	PageResult<UnitJson.Unit> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable UnitKind kind, @RequestParam(required = false) @Nullable Boolean active,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return catalog.search(new UnitSearch(q, kind, active), PageRequest.of(page, size)).map(UnitJson.Unit::of);
	}

	@GetMapping("/units/{id}")
	@PreAuthorize("hasAuthority('unit:read')")
	UnitJson.Unit get(@PathVariable UUID id) {
		return UnitJson.Unit.of(catalog.get(id));
	}

	@PostMapping("/units")
	@PreAuthorize("hasAuthority('unit:manage')")
	ResponseEntity<UnitJson.Unit> create(@Valid @RequestBody CreateUnit request) {
		var unit = management.create(request.code(), request.name(), request.kind(), request.parentId());
		return ResponseEntity.created(URI.create("/api/units/" + unit.id())).body(UnitJson.Unit.of(unit));
	}

	@PutMapping("/units/{id}")
	@PreAuthorize("hasAuthority('unit:manage')")
	UnitJson.Unit rename(@PathVariable UUID id, @Valid @RequestBody RenameUnit request) {
		return UnitJson.Unit.of(management.rename(id, request.name(), request.version()));
	}

	@PostMapping("/units/{id}/move")
	@PreAuthorize("hasAuthority('unit:manage')")
	UnitJson.Unit move(@PathVariable UUID id, @Valid @RequestBody MoveUnit request) {
		return UnitJson.Unit.of(management.move(id, request.newParentId(), request.reason(), request.version()));
	}

	@PostMapping("/units/{id}/deactivate")
	@PreAuthorize("hasAuthority('unit:manage')")
	UnitJson.Unit deactivate(@PathVariable UUID id, @Valid @RequestBody ChangeStatus request) {
		return UnitJson.Unit.of(management.deactivate(id, request.reason(), request.version()));
	}

	@PostMapping("/units/{id}/reactivate")
	@PreAuthorize("hasAuthority('unit:manage')")
	UnitJson.Unit reactivate(@PathVariable UUID id, @Valid @RequestBody ChangeStatus request) {
		return UnitJson.Unit.of(management.reactivate(id, request.reason(), request.version()));
	}

	@GetMapping("/units/{id}/history")
	@PreAuthorize("hasAuthority('unit:read')")
	List<UnitJson.HistoryEntry> history(@PathVariable UUID id) {
		return catalog.history(id).stream().map(UnitJson.HistoryEntry::of).toList();
	}

	/** Reference data for forms; any signed-in user. */
	@GetMapping("/unit-kinds")
	@PreAuthorize("isAuthenticated()")
	List<UnitJson.CodeName> kinds() {
		return Arrays.stream(UnitKind.values()).map(k -> new UnitJson.CodeName(k.name(), k.label())).toList();
	}
}
