/**
 * 账号与权限 — accounts of officers, form login with sessions and CSRF, lockout, password changes, and the
 * policy that maps each officer role to permissions with a data scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "账号与权限")
@org.jspecify.annotations.NullMarked
package org.zhifa.identity;
