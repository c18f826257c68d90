package org.zhifa.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The two digests of a recording's content, each in one pass and in constant memory (six 1 MiB buffers passed between
 * two threads, so that the two halves of the work overlap):
 * <ul>
 * <li>{@link #copy} — while an upload streams in: SHA-256 only (the JDK's, which the CPU's SHA instructions run at about
 * 1.4 GB/s) on the second thread while this one reads and writes, so storing runs near the disk's speed;</li>
 * <li>{@link #digest} — the seal, over the stored file: SM3 (BouncyCastle's {@link SM3Digest}, GB/T 32905) and SHA-256
 * again. SM3 in Java runs at about 130–150 MB/s on one core — slower than the disk — so it runs on a second thread that
 * is fed the buffers this thread reads and SHA-256s, and the pass goes at SM3's speed, not at the sum of the two.</li>
 * </ul>
 */
final class ContentDigests {

	/** SM3 and SHA-256 of a content and its length. */
	record Result(String sm3, String sha256, long size) {
	}

	/** What was copied: its SHA-256 and length. */
	record Copied(String sha256, long size) {
	}

	private static final int BUFFER = 1 << 20;
	private static final int BUFFERS = 6;

	private record Chunk(byte[] bytes, int length) {
	}

	private static final Chunk END = new Chunk(new byte[0], -1);

	private ContentDigests() {
	}

	/** Copies the stream, computing its SHA-256 on the way: this thread reads and writes, a second one hashes. */
	static Copied copy(InputStream in, OutputStream out) throws IOException {
		MessageDigest sha256 = sha256();
		long size = pipe(in, out::write, sha256::update, "sha256-digest");
		return new Copied(HexFormat.of().formatHex(sha256.digest()), size);
	}

	/** SM3 and SHA-256 of everything the stream yields: this thread reads and computes SHA-256, a second one SM3. */
	static Result digest(InputStream in) throws IOException {
		MessageDigest sha256 = sha256();
		SM3Digest sm3 = new SM3Digest();
		long size = pipe(in, sha256::update, sm3::update, "sm3-digest");
		byte[] digest = new byte[sm3.getDigestSize()];
		sm3.doFinal(digest, 0);
		return new Result(HexFormat.of().formatHex(digest), HexFormat.of().formatHex(sha256.digest()), size);
	}

	/** What is done with each buffer read: bytes {@code 0..length} of it. */
	private interface Sink {
		void accept(byte[] bytes, int offset, int length) throws IOException;
	}

	/**
	 * Reads the stream to its end through a fixed pool of buffers, handing each buffer to {@code here} on this thread and to
	 * {@code worker} on a second thread, so the two overlap; returns the length read. Memory stays at {@link #BUFFERS}
	 * buffers whatever the stream's size.
	 */
	private static long pipe(InputStream in, Sink here, Sink worker, String workerName) throws IOException {
		BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
		for (int i = 0; i < BUFFERS; i++) {
			free.add(new byte[BUFFER]);
		}
		BlockingQueue<Chunk> toWorker = new ArrayBlockingQueue<>(BUFFERS + 1);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread hasher = Thread.ofPlatform().daemon().name(workerName).start(() -> {
			try {
				for (Chunk c; (c = toWorker.take()) != END;) {
					worker.accept(c.bytes(), 0, c.length());
					free.put(c.bytes());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (IOException | RuntimeException ex) {
				failure.set(ex);
			}
		});
		long size = 0;
		boolean done = false;
		try {
			while (true) {
				byte[] buffer = take(free, hasher);
				int n = readFully(in, buffer);
				if (n == 0) {
					break;
				}
				here.accept(buffer, 0, n);
				size += n;
				toWorker.put(new Chunk(buffer, n));
			}
			toWorker.put(END);
			hasher.join();
			done = true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("copying a recording was interrupted");
		}
		finally {
			if (!done) {
				hasher.interrupt();
			}
		}
		if (failure.get() != null) {
			throw new IllegalStateException(workerName + " failed", failure.get());
		}
		return size;
	}

	/** The next free buffer; fails instead of waiting forever when the worker thread has stopped. */
	private static byte[] take(BlockingQueue<byte[]> free, Thread hasher) throws InterruptedException {
		while (true) {
			byte[] b = free.poll(1, java.util.concurrent.TimeUnit.SECONDS);
			if (b != null) {
				return b;
			}
			if (!hasher.isAlive()) {
				throw new IllegalStateException("the " + hasher.getName() + " thread stopped");
			}
		}
	}

	/** Fills the buffer as far as the stream goes; 0 at its end. */
	private static int readFully(InputStream in, byte[] buffer) throws IOException {
		int filled = 0;
		while (filled < buffer.length) {
			int n = in.read(buffer, filled, buffer.length - filled);
			if (n < 0) {
				break;
			}
			filled += n;
		}
		return filled;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}
}
