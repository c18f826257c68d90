package org.zhifa.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a random port with the demo bureau, for tests that drive a real browser. A context of its own,
 * never touched by MockMvc, so the browser meets exactly the security setup of production. {@link BrowserExtension} owns
 * the browser: it fills the test's {@code Browser} field, screenshots a failing test and quits the browser afterwards.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "zhifa.demo.enabled=true")
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
@interface BrowserTest {

	/** The prefix of the screenshot a failing test leaves: {@code <screenshots>-failed-<test method>.png}. */
	String screenshots();

	/** The browser's own time zone (its {@code TZ}); empty for the machine's. */
	String timeZone() default "";
}
