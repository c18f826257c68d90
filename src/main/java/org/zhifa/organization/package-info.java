/**
 * 组织机构 — the bureau's unit tree (市局 → 分局/县局 → 派出所, and the departments and centres under a bureau),
 * with 12-digit unit codes, kind rules, an append-only change history, and the {@link org.zhifa.shared.UnitHierarchy}
 * that data scopes resolve against. Other modules use {@link org.zhifa.organization.UnitDirectory} and may veto a
 * deactivation through {@link org.zhifa.organization.UnitDeactivationGuard}; organization itself knows no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "组织机构", allowedDependencies = { "shared", "audit" })
@org.jspecify.annotations.NullMarked
package org.zhifa.organization;
