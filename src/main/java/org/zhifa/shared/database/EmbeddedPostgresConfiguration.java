package org.zhifa.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 inside the application when no external database is configured
 * ({@code SPRING_DATASOURCE_URL} unset). Data is kept in {@code zhifa.database.embedded.data-directory}
 * (default {@code ./data/postgres}) so nothing is lost between runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseSettings settings) throws IOException {
		Path dir = settings.ephemeral() ? Files.createTempDirectory("zhifa-pg-") : settings.dataDirectory().toAbsolutePath();
		Files.createDirectories(dir);
		log.info("启动内置 PostgreSQL，数据目录 {}，端口 {}", dir, settings.port() == 0 ? "随机" : settings.port());
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(settings.ephemeral())
			.setServerConfig("max_connections", "200")
			.setServerConfig("fsync", settings.ephemeral() ? "off" : "on")
			.setPGStartupWait(java.time.Duration.ofSeconds(60));
		if (settings.port() != 0) {
			builder.setPort(settings.port());
		}
		return builder.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseSettings settings) {
		var ds = new HikariDataSource();
		ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		ds.setUsername("postgres");
		ds.setMaximumPoolSize(settings.poolSize());
		ds.setPoolName("zhifa-embedded");
		return ds;
	}
}
