package org.zhifa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test setup: the whole application on a throw-away embedded PostgreSQL, seeded with the demo
 * bureau, reached through MockMvc. (The browser test has its own context with a real server: Spring Security's
 * MockMvc support rewires the CSRF token store of the context it runs in, which a real browser must not share.) Every Spring
 * test uses exactly this annotation so that all of them share one cached context (and one database: tests create
 * their own units and officers with fresh codes and never rely on a clean slate).
 * <p>
 * {@link TrailReader} reads the real audit trail so tests can assert what was audited.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "zhifa.demo.enabled=true")
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import(TrailReader.class)
public @interface IntegrationTest {
}
