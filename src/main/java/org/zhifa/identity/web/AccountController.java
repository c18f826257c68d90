package org.zhifa.identity.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.identity.AccountManagement;
import org.zhifa.identity.AccountView;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;

/** Account administration and the role → permission table. */
@RestController
@Tag(name = "账号与权限")
class AccountController {

	private final AccountManagement accounts;

	AccountController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/accounts")
	@PreAuthorize("hasAuthority('account:read')")
	@Operation(summary = "账号列表（按数据权限过滤）")
	PageResult<AccountView> list(@RequestParam(required = false) @Size(max = 64) @Nullable String q,
			@RequestParam(required = false) @Nullable UUID unitId, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return accounts.page(q, unitId, PageRequest.of(page, size));
	}

	@GetMapping("/api/accounts/{id}")
	@PreAuthorize("hasAuthority('account:read')")
	@Operation(summary = "账号详情")
	AccountView get(@PathVariable UUID id) {
		return accounts.get(id);
	}

	record OpenAccount(
			@NotBlank(message = "请输入用户名") @Size(min = 3, max = 32, message = "用户名长度须为 3 到 32 位")
			@Pattern(regexp = "^[A-Za-z0-9_.-]+$", message = "用户名只能包含字母、数字、下划线、点和连字符") String username,
			@NotNull(message = "请选择民警") UUID officerId,
			@NotBlank(message = "请输入初始密码") @Size(max = 64, message = "密码最长 64 位") String initialPassword) {
	}

	@PostMapping("/api/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('account:manage')")
	@Operation(summary = "为民警开设账号（首次登录须修改密码）")
	AccountView open(@Valid @RequestBody OpenAccount request) {
		return accounts.open(request.username(), request.officerId(), request.initialPassword());
	}

	record VersionOnly(@NotNull(message = "缺少版本号") Long version) {
	}

	@PostMapping("/api/accounts/{id}/unlock")
	@PreAuthorize("hasAuthority('account:manage')")
	@Operation(summary = "解除锁定")
	AccountView unlock(@PathVariable UUID id, @Valid @RequestBody VersionOnly request) {
		return accounts.unlock(id, request.version());
	}

	@PostMapping("/api/accounts/{id}/disable")
	@PreAuthorize("hasAuthority('account:manage')")
	@Operation(summary = "停用账号")
	AccountView disable(@PathVariable UUID id, @Valid @RequestBody VersionOnly request) {
		return accounts.disable(id, request.version());
	}

	@PostMapping("/api/accounts/{id}/enable")
	@PreAuthorize("hasAuthority('account:manage')")
	@Operation(summary = "启用账号")
	AccountView enable(@PathVariable UUID id, @Valid @RequestBody VersionOnly request) {
		return accounts.enable(id, request.version());
	}

	record PasswordReset(@NotBlank(message = "请输入新密码") @Size(max = 64, message = "密码最长 64 位") String newPassword,
			@NotNull(message = "缺少版本号") Long version) {
	}

	@PostMapping("/api/accounts/{id}/password-reset")
	@PreAuthorize("hasAuthority('account:manage')")
	@Operation(summary = "重置密码（下次登录须修改）")
	AccountView resetPassword(@PathVariable UUID id, @Valid @RequestBody PasswordReset request) {
		return accounts.resetPassword(id, request.version(), request.newPassword());
	}

	@GetMapping("/api/roles")
	@PreAuthorize("hasAuthority('role:read')")
	@Operation(summary = "角色及其权限与数据范围")
	List<AccountManagement.RoleView> roles() {
		return accounts.roles();
	}
}
