package org.zhifa.identity;

import org.springframework.stereotype.Component;
import org.zhifa.shared.InvalidInput;

/** What a password must look like: long enough, letters and digits, not the username. */
@Component
class PasswordPolicy {

	private final IdentitySettings settings;

	PasswordPolicy(IdentitySettings settings) {
		this.settings = settings;
	}

	void check(String field, String password, String username) {
		if (password.length() < settings.minPasswordLength() || password.length() > 64) {
			throw new InvalidInput(field, "密码长度须为 " + settings.minPasswordLength() + " 到 64 位");
		}
		if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
			throw new InvalidInput(field, "密码须同时包含字母和数字");
		}
		if (password.equalsIgnoreCase(username)) {
			throw new InvalidInput(field, "密码不能与用户名相同");
		}
	}
}
