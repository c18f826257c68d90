package org.zhifa.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and password rules of a bureau.
 *
 * @param maxFailedAttempts failed logins in a row after which the account is locked
 * @param lockoutDuration how long a lock lasts (an administrator can unlock earlier)
 * @param minPasswordLength minimum password length; passwords also need letters and digits
 * @param permissionRefresh how long an open session keeps its resolved roles, unit and permissions before they
 *        are read again (a disabled account is signed out at that point)
 */
@ConfigurationProperties("zhifa.identity")
public record IdentitySettings(
		@DefaultValue("5") int maxFailedAttempts,
		@DefaultValue("15m") Duration lockoutDuration,
		@DefaultValue("8") int minPasswordLength,
		@DefaultValue("60s") Duration permissionRefresh) {
}
