package org.zhifa.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.DomainException;

/** The facts a login or an account change can run into. */
final class AccountProblems {

	private AccountProblems() {
	}

	static final class BadCredentials extends DomainException {
		BadCredentials() {
			super(HttpStatus.UNAUTHORIZED, "bad-credentials", "登录失败", "用户名或密码错误。");
		}
	}

	static final class AccountLocked extends DomainException {
		AccountLocked(Instant until, ZoneId zone) {
			super(HttpStatus.UNAUTHORIZED, "account-locked", "账号已锁定",
					"连续登录失败次数过多，账号已锁定至 " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(until)
							+ "，请届时重试或联系管理员解锁。");
		}
	}

	static final class AccountDisabled extends DomainException {
		AccountDisabled() {
			super(HttpStatus.UNAUTHORIZED, "account-disabled", "账号已停用", "该账号已停用，请联系管理员。");
		}
	}

	static final class UsernameTaken extends DomainException {
		UsernameTaken(String username) {
			super(HttpStatus.CONFLICT, "username-taken", "用户名已存在", "用户名 " + username + " 已被使用。");
		}
	}

	static final class OfficerAlreadyHasAccount extends DomainException {
		OfficerAlreadyHasAccount() {
			super(HttpStatus.CONFLICT, "officer-has-account", "该民警已有账号", "每名民警只能有一个账号。");
		}
	}

	static final class OfficerNotActive extends DomainException {
		OfficerNotActive() {
			super(HttpStatus.UNPROCESSABLE_CONTENT, "officer-inactive", "民警已停用", "不能为已停用的民警开设账号。");
		}
	}

	static final class WrongCurrentPassword extends DomainException {
		WrongCurrentPassword() {
			super(HttpStatus.BAD_REQUEST, "wrong-current-password", "当前密码错误", "当前密码不正确，密码未修改。");
		}
	}
}
