package org.zhifa.shared.database;

import java.net.ConnectException;
import java.net.UnknownHostException;

import org.postgresql.util.PSQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Start-up against an unreachable external database fails fast (Hikari gives up after the connection
 * timeout) with a message that says which setting to check, instead of a long stack trace.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<PSQLException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PSQLException cause) {
		boolean network = hasCause(rootFailure, ConnectException.class) || hasCause(rootFailure, UnknownHostException.class)
				|| "08001".equals(cause.getSQLState()) || "08004".equals(cause.getSQLState());
		String auth = "28P01".equals(cause.getSQLState()) || "28000".equals(cause.getSQLState()) ? "（用户名或密码被拒绝）" : "";
		return new FailureAnalysis(
				"无法连接数据库" + auth + "：" + cause.getMessage() + "\nCannot connect to the configured PostgreSQL database"
						+ (network ? " (network: host/port unreachable)." : "."),
				"请检查环境变量 SPRING_DATASOURCE_URL（例如 jdbc:postgresql://db.example:5432/zhifa）、SPRING_DATASOURCE_USERNAME、"
						+ "SPRING_DATASOURCE_PASSWORD，并确认数据库已启动且网络可达；不设置 SPRING_DATASOURCE_URL 时使用内置数据库。",
				cause);
	}

	private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (type.isInstance(c)) {
				return true;
			}
		}
		return false;
	}
}
