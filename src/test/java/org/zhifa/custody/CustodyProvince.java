package org.zhifa.custody;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the custody benchmarks set up alike: the application started on its own database ({@link CustodyVolume#start}), a
 * province of made-up centres filled with people inside now and a history of people who have left them, analysed, and the
 * time it took. A benchmark adds its own centre between {@link #inside} and {@link #history}.
 */
final class CustodyProvince implements AutoCloseable {

	final ConfigurableApplicationContext context;
	final JdbcClient jdbc;
	final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
	private final long began;

	private CustodyProvince(boolean demo) {
		context = CustodyVolume.start(demo);
		jdbc = context.getBean(JdbcClient.class);
		began = System.nanoTime();
	}

	/** The application started, with (or without) the demo bureau; the fill clock starts now. */
	static CustodyProvince start(boolean demo) {
		return new CustodyProvince(demo);
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** {@code centers} made-up centres with {@code each} people inside, their rooms tagged {@code c0}, {@code c1} …; their ids. */
	List<UUID> inside(int centers, int each) {
		List<UUID> ids = CustodyVolume.centers(centers);
		for (int c = 0; c < centers; c++) {
			CustodyVolume.inside(jdbc, ids.get(c), "c" + c, each, now);
		}
		return ids;
	}

	/** {@code visits} people who have left the centres over the last years, then the tables analysed. */
	void history(List<UUID> centers, int visits) {
		CustodyVolume.history(jdbc, centers, visits, now);
		CustodyVolume.analyze(jdbc);
	}

	/** Seconds since the application was up. */
	double seconds() {
		return (System.nanoTime() - began) / 1e9;
	}

	@Override
	public void close() {
		context.close();
	}
}
