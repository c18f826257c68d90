package org.zhifa.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver (both from apt; nothing is downloaded), with the
 * handful of moves an Element Plus page needs: type into a field by test id, pick an option from a select,
 * wait for text, save a screenshot under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	final ChromeDriver driver;
	final WebDriverWait wait;
	private final String baseUrl;

	Browser(String baseUrl) {
		this(baseUrl, null);
	}

	/** A browser whose own time zone is {@code timeZone} (the {@code TZ} of chromedriver, which chromium inherits). */
	Browser(String baseUrl, @Nullable String timeZone) {
		this.baseUrl = baseUrl;
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("zhifa.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1440,900", "--lang=zh-CN");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("zhifa.chromedriver", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.withEnvironment(timeZone == null ? java.util.Map.of() : java.util.Map.of("TZ", timeZone))
			.build();
		driver = new ChromeDriver(service, options);
		wait = new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	void open(String path) {
		driver.get(baseUrl + path);
	}

	/** Signs in on the login page with the demo password and waits for the home page. */
	void signIn(String username) {
		open("/login");
		type("login-username", username);
		type("login-password", "Zhifa@2026");
		click("login-submit");
		byTestId("page-home");
	}

	/** Signs out of the current session and in as another demo user. */
	void switchTo(String username) {
		click("logout");
		byTestId("page-login");
		signIn(username);
	}

	WebElement byTestId(String id) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(testId(id)));
	}

	static By testId(String id) {
		return By.cssSelector("[data-testid='" + id + "']");
	}

	/** The native input of an Element Plus input that carries the test id (on the input itself or its wrapper). */
	WebElement input(String id) {
		WebElement element = byTestId(id);
		if (element.getTagName().equals("input") || element.getTagName().equals("textarea")) {
			return element;
		}
		return element.findElement(By.cssSelector("input, textarea"));
	}

	void type(String id, String text) {
		WebElement input = input(id);
		// select-all + delete, not clear(): clear() fires no input event, so Vue's v-model would keep the old text
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		input.sendKeys(text);
	}

	/** Opens an Element Plus tab by its name once the page has rendered it (its header is {@code #tab-<name>}). */
	void tab(String name) {
		wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-" + name))).click();
	}

	void click(String id) {
		wait.until(ExpectedConditions.elementToBeClickable(testId(id))).click();
	}

	/**
	 * Opens an el-select / el-tree-select, clicks the visible option whose text contains {@code text}, closes the
	 * dropdown (a multiple select stays open) and waits until that dropdown has really gone — its fade-out would
	 * otherwise cover the next field.
	 */
	void choose(String id, String text) {
		WebElement select = byTestId(id);
		select.click();
		By option = By.xpath("//*[contains(@class,'el-select-dropdown__item') or contains(@class,'el-tree-node__label')]"
				+ "[not(ancestor::*[contains(@style,'display: none')])][contains(normalize-space(.),'" + text + "')]");
		WebElement choice = wait.until(ExpectedConditions.visibilityOfElementLocated(option));
		WebElement popper = choice.findElement(By.xpath("ancestor::div[contains(@class,'el-popper')][1]"));
		driver.executeScript("arguments[0].click();", choice);
		if (popper.isDisplayed()) {
			new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ESCAPE).perform();
		}
		wait.until(ExpectedConditions.invisibilityOf(popper));
	}

	/** Types into a remote el-select (a case number, a badge number) and picks the option that appears. */
	void search(String id, String text) {
		type(id, text);
		By option = By.xpath("//*[contains(@class,'el-select-dropdown__item')][not(ancestor::*[contains(@style,'display: none')])]"
				+ "[contains(normalize-space(.),'" + text + "')]");
		WebElement choice = wait.until(ExpectedConditions.visibilityOfElementLocated(option));
		WebElement popper = choice.findElement(By.xpath("ancestor::div[contains(@class,'el-popper')][1]"));
		driver.executeScript("arguments[0].click();", choice);
		if (popper.isDisplayed()) {
			new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ESCAPE).perform();
		}
		wait.until(ExpectedConditions.invisibilityOf(popper));
	}

	/**
	 * Types a time into an Element Plus datetime picker (the field or its form item carries the test id) as Beijing wall-clock
	 * time — the pickers show Beijing time whatever the browser's zone — then closes its panel and checks what it shows.
	 */
	void typeTime(String testId, java.time.Instant at) {
		String text = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(at.atZone(java.time.ZoneId.of("Asia/Shanghai")));
		WebElement field = input(testId);
		field.click();
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		field.sendKeys(text);
		field.sendKeys(Keys.TAB);
		// the panel stays open after Tab: a click on a neutral spot (the dialog's or the page's title) closes it
		List<WebElement> dialogTitle = field.findElements(By.xpath("ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' el-dialog ')][1]//*[contains(@class,'el-dialog__title')]"));
		(dialogTitle.isEmpty() ? driver.findElement(By.cssSelector("h2.page-title, h3.panel-title")) : dialogTitle.get(0)).click();
		wait.until(d -> d.findElements(By.cssSelector(".el-picker-panel")).stream().noneMatch(WebElement::isDisplayed));
		String shown = input(testId).getAttribute("value");
		if (!text.equals(shown)) {
			throw new AssertionError("picker " + testId + " shows " + shown + ", expected " + text);
		}
	}

	void waitForText(String testId, String text) {
		wait.until(ExpectedConditions.textToBePresentInElementLocated(testId(testId), text));
	}

	/**
	 * The first row of the table {@code tableTestId} that contains {@code key}, once its text shows every one of
	 * {@code shown}: a table re-renders after a query or a toggle, and a row read at once can still be the old one or lack a
	 * column. Read from its text content — the rendered text of a fresh row can lag it by a layout pass. Fails naming what
	 * the row said last.
	 */
	WebElement row(String tableTestId, String key, String... shown) {
		By row = By.xpath("//*[@data-testid='" + tableTestId + "']//tr[contains(@class,'el-table__row')][contains(.,'" + key + "')]");
		String[] last = { "(no row)" };
		try {
			return wait.until(d -> {
				for (WebElement candidate : d.findElements(row)) {
					last[0] = textOf(candidate);
					if (java.util.Arrays.stream(shown).allMatch(last[0]::contains)) {
						return candidate;
					}
				}
				return null;
			});
		}
		catch (org.openqa.selenium.TimeoutException e) {
			throw new AssertionError("the row of " + tableTestId + " with " + key + " never showed " + List.of(shown) + "; it said: " + last[0], e);
		}
	}

	/** What an element holds as text content, whether or not it is laid out yet. */
	String textOf(WebElement element) {
		return (String) driver.executeScript("return arguments[0].textContent", element);
	}

	List<WebElement> all(By by) {
		return driver.findElements(by);
	}

	Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path target = SCREENSHOTS.resolve(name + ".png");
		Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return target;
	}

	@Override
	public void close() {
		driver.quit();
	}
}
