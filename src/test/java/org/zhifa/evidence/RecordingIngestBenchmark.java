package org.zhifa.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ingesting a 2 GiB recording:
 * <ul>
 * <li>{@code ingest} streams a generated 2 GiB source through {@link LocalRecordingStore#put} — SHA-256 computed on the
 * way, written to a temporary file, forced to the disk and moved to its content address: what an upload waits for;</li>
 * <li>{@code copy} writes the same source to a file and forces it to the disk, no hashing: the disk's own speed here;</li>
 * <li>{@code seal} computes SM3 and SHA-256 of a stored 2 GiB file ({@link ContentDigests#digest}), as
 * {@link RecordingSeals} does right after the upload;</li>
 * <li>{@code sm3Only} hashes the source with SM3 and reads no file — the ceiling of any pass that computes SM3 in Java.</li>
 * </ul>
 * Each invocation's content differs (its first bytes carry a counter), so every ingest stores a new file. The fork runs
 * with a 64 MiB heap — a store that buffered the recording could not finish — and each invocation prints the heap's peak,
 * which stays flat whatever the size. Prints MB/s per invocation; JMH reports seconds per 2 GiB.
 * <p>
 * Run: {@code ./zhifa benchmark RecordingIngestBenchmark} (a few minutes; needs about 4 GiB free under {@code java.io.tmpdir}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx64m", "-Xms64m" })
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@State(Scope.Benchmark)
public class RecordingIngestBenchmark {

	static final long SIZE = 2L << 30;

	private Path root;
	private LocalRecordingStore store;
	private byte[] block;
	private long counter;
	private Path sealed;

	@Setup(Level.Trial)
	public void prepare() throws IOException {
		root = Files.createTempDirectory("zhifa-ingest-bench");
		store = new LocalRecordingStore(new EvidenceSettings(root, Duration.ofMinutes(10), Long.MAX_VALUE, null, Duration.ofSeconds(30)));
		block = new byte[1 << 20];
		new Random(42).nextBytes(block);
		sealed = Files.createTempFile("zhifa-seal-bench", ".bin");
		try (InputStream in = source()) {
			Files.copy(in, sealed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}

	@Setup(Level.Invocation)
	public void resetPeaks() {
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	@Benchmark
	public StoredContent ingest() throws IOException {
		long began = System.nanoTime();
		StoredContent stored = store.put(source());
		report("ingest (SHA-256 + write + force)", began);
		return stored;
	}

	@Benchmark
	public long copy() throws IOException {
		long began = System.nanoTime();
		Path target = root.resolve("copy-" + counter + ".bin");
		long n;
		try (var channel = java.nio.channels.FileChannel.open(target, java.nio.file.StandardOpenOption.CREATE_NEW,
				java.nio.file.StandardOpenOption.WRITE); InputStream in = source()) {
			n = in.transferTo(java.nio.channels.Channels.newOutputStream(channel));
			channel.force(true);
		}
		report("plain file copy + force", began);
		return n;
	}

	/** The seal of a stored 2 GiB file: SM3 and SHA-256 from the file, SM3 on its own thread. */
	@Benchmark
	public ContentDigests.Result seal() throws IOException {
		long began = System.nanoTime();
		ContentDigests.Result digests;
		try (InputStream in = Files.newInputStream(sealed)) {
			digests = ContentDigests.digest(in);
		}
		report("seal (SM3 + SHA-256 of the stored file)", began);
		return digests;
	}

	/** SM3 alone over the same source, nothing written: the ceiling of any ingest that must compute SM3 in Java. */
	@Benchmark
	public byte[] sm3Only() throws IOException {
		long began = System.nanoTime();
		org.bouncycastle.crypto.digests.SM3Digest sm3 = new org.bouncycastle.crypto.digests.SM3Digest();
		byte[] buffer = new byte[1 << 20];
		try (InputStream in = source()) {
			for (int n; (n = in.read(buffer)) > 0;) {
				sm3.update(buffer, 0, n);
			}
		}
		byte[] out = new byte[32];
		sm3.doFinal(out, 0);
		report("SM3 only (no write)", began);
		return out;
	}

	@TearDown(Level.Invocation)
	public void removeFiles() throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path p : files.filter(Files::isRegularFile).toList()) {
				Files.delete(p);
			}
		}
	}

	@TearDown(Level.Trial)
	public void removeRoot() throws IOException {
		Files.deleteIfExists(sealed);
		try (Stream<Path> files = Files.walk(root)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private void report(String what, long began) {
		double seconds = (System.nanoTime() - began) / 1e9;
		long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		System.out.printf("%n%s: %,d MiB in %.2f s = %.0f MB/s; heap peak %.1f MiB (max %d MiB)%n", what, SIZE >> 20, seconds,
				SIZE / 1e6 / seconds, peak / 1048576.0, Runtime.getRuntime().maxMemory() >> 20);
	}

	/** 2 GiB of generated bytes: a random 1 MiB block over and over, the invocation's counter in the first 8 bytes. */
	private InputStream source() {
		long id = ++counter;
		return new InputStream() {
			private long position;

			@Override
			public int read() {
				byte[] one = new byte[1];
				return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (position >= SIZE) {
					return -1;
				}
				int at = (int) (position % block.length);
				int n = (int) Math.min(Math.min(len, block.length - at), SIZE - position);
				System.arraycopy(block, at, b, off, n);
				if (position < 8) {
					for (int i = 0; i < n && position + i < 8; i++) {
						b[off + i] = (byte) (id >>> (8 * (position + i)));
					}
				}
				position += n;
				return n;
			}
		};
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
	}
}
