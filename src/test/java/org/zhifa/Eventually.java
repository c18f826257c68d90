package org.zhifa;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for what a module listener does after the publishing transaction commits (the workbench following a clock or an
 * alarm): asynchronous by design, so a test waits for it rather than assume it is synchronous.
 */
public final class Eventually {

	private Eventually() {
	}

	/** Polls {@code condition} every 20 ms for up to 10 s; fails naming {@code what} did not happen. */
	public static void await(String what, BooleanSupplier condition) {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > until) {
				throw new AssertionError(what + " did not happen within 10 s");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}
}
