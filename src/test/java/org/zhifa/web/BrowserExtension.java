package org.zhifa.web;

import java.lang.reflect.Field;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The lifecycle every {@link BrowserTest} shares: one {@link Browser} per test class on the application's random port
 * (the ordered steps of a walk go on in the same browser, signed in as whoever the last step left), put into the class's
 * {@code Browser} field before each test; a screenshot {@code <screenshots>-failed-<test method>} of the page a failing
 * test leaves behind, into {@link Browser#SCREENSHOTS}; the browser quit once the class is done, whatever happened.
 */
final class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, TestWatcher, AfterAllCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		BrowserTest settings = settings(context);
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
		Browser browser = new Browser("http://localhost:" + port, settings.timeZone().isEmpty() ? null : settings.timeZone());
		context.getStore(NAMESPACE).put(Browser.class, browser);
		// a PER_CLASS test instance already exists: its @BeforeAll methods may use the browser too
		context.getTestInstance().ifPresent(instance -> inject(instance, browser));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		Browser browser = browser(context);
		context.getRequiredTestInstances().getAllInstances().forEach(instance -> inject(instance, browser));
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		Browser browser = browser(context);
		if (browser == null) {
			return;
		}
		try {
			browser.screenshot(settings(context).screenshots() + "-failed-" + context.getRequiredTestMethod().getName());
		}
		catch (Exception ignored) {
			// the failure itself is what matters
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browser.close();
		}
	}

	private static Browser browser(ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
	}

	private static BrowserTest settings(ExtensionContext context) {
		return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), BrowserTest.class)
			.orElseThrow(() -> new IllegalStateException(context.getRequiredTestClass() + " is not a @BrowserTest"));
	}

	private static void inject(Object instance, Browser browser) {
		List<Field> fields = ReflectionSupport.findFields(instance.getClass(), f -> f.getType() == Browser.class,
				HierarchyTraversalMode.TOP_DOWN);
		for (Field field : fields) {
			try {
				field.setAccessible(true);
				field.set(instance, browser);
			}
			catch (IllegalAccessException e) {
				throw new IllegalStateException("cannot set " + field, e);
			}
		}
	}
}
