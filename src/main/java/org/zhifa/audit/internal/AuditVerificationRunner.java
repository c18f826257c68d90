package org.zhifa.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line check ({@code ./zhifa verify-audit}, i.e. start with {@code zhifa.audit.verify-and-exit=true}):
 * seals what is pending, re-walks the whole chain, prints a one-line zh-CN and English report to standard
 * output and ends the JVM with 0 when the chain is intact or 1 when it is broken. Does nothing otherwise.
 * The check itself is not recorded in the trail: it must not change what it reports on.
 */
@Component
class AuditVerificationRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AuditVerificationRunner.class);

	private final DatabaseAuditChain chain;
	private final AuditSettings settings;
	private final ConfigurableApplicationContext context;

	AuditVerificationRunner(DatabaseAuditChain chain, AuditSettings settings, ConfigurableApplicationContext context) {
		this.chain = chain;
		this.settings = settings;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.verifyAndExit()) {
			return;
		}
		int sealed = chain.sealPending();
		log.info("校验前封存了 {} 条待封存的审计记录", sealed);
		ChainWalk walk = chain.walk();
		System.out.println(walk.report());
		System.out.flush();
		int code = SpringApplication.exit(context, () -> walk.valid() ? 0 : 1);
		System.exit(code);
	}
}
