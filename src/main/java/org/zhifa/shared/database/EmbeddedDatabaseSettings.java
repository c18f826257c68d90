package org.zhifa.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used when no external database is configured.
 *
 * @param dataDirectory where the cluster lives between runs
 * @param port TCP port on localhost; 0 picks a free one
 * @param ephemeral a throw-away cluster in a temporary directory (tests)
 * @param poolSize connection pool size
 */
@ConfigurationProperties("zhifa.database.embedded")
public record EmbeddedDatabaseSettings(
		@DefaultValue("./data/postgres") Path dataDirectory,
		@DefaultValue("5433") int port,
		@DefaultValue("false") boolean ephemeral,
		@DefaultValue("20") int poolSize) {
}
