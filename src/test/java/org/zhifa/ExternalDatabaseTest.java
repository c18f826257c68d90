package org.zhifa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Production mode against a PostgreSQL server the application does not own, configured only through the documented
 * settings: the migrations run there, no demo data is seeded, the OpenAPI UI is off, and health answers.
 */
class ExternalDatabaseTest {

	@Test
	void productionProfileMigratesAnExternalDatabaseAndSeedsNothing() throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			String url = server.getJdbcUrl("postgres", "postgres");
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ZhifaApplication.class)
				.profiles("prod")
				// command-line arguments, not default properties: those rank below application.yml (server.port 8080 may be taken)
				.run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
						"--server.port=0", "--logging.level.root=WARN", "--zhifa.document.key-secret=external-database-test-secret")) {
				JdbcClient jdbc = JdbcClient.create(server.getPostgresDatabase());
				assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Long.class).single())
					.isGreaterThanOrEqualTo(5);
				assertThat(jdbc.sql("SELECT count(*) FROM unit").query(Long.class).single()).as("no demo data in prod").isZero();
				assertThat(jdbc.sql("SELECT count(*) FROM role_permission").query(Long.class).single()).isPositive();

				int port = ((WebServerApplicationContext) app).getWebServer().getPort();
				HttpClient http = HttpClient.newHttpClient();
				var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(health.statusCode()).isEqualTo(200);
				assertThat(health.body()).contains("UP");
				var docs = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(docs.statusCode()).as("OpenAPI is off in prod").isNotEqualTo(200);
			}
		}
	}
}
