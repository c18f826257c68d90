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
 * The two digests of a recording's content, each in one pass and in constant memory (1 MiB buffers):
 * <ul>
 * <li>{@link #copy} — while an upload streams in: SHA-256 only (the JDK's, which the CPU's SHA instructions run at over
 * 1 GB/s), so storing runs at the disk's speed;</li>
 * <li>{@link #digest} — the seal, over the stored file: SM3 (BouncyCastle's {@link SM3Digest}, GB/T 32905) and SHA-256
 * again. SM3 in Java runs at about 130–190 MB/s on one core — slower than the disk — so it runs on a second thread that
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

	/** Copies the stream, computing its SHA-256 on the way. */
	static Copied copy(InputStream in, OutputStream out) throws IOException {
		MessageDigest sha256 = sha256();
		byte[] buffer = new byte[BUFFER];
		long size = 0;
		for (int n; (n = readFully(in, buffer)) > 0;) {
			sha256.update(buffer, 0, n);
			out.write(buffer, 0, n);
			size += n;
		}
		return new Copied(HexFormat.of().formatHex(sha256.digest()), size);
	}

	/** SM3 and SHA-256 of everything the stream yields. */
	static Result digest(InputStream in) throws IOException {
		MessageDigest sha256 = sha256();
		SM3Digest sm3 = new SM3Digest();
		BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
		for (int i = 0; i < BUFFERS; i++) {
			free.add(new byte[BUFFER]);
		}
		BlockingQueue<Chunk> toSm3 = new ArrayBlockingQueue<>(BUFFERS + 1);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread hasher = Thread.ofPlatform().daemon().name("sm3-digest").start(() -> {
			try {
				for (Chunk c; (c = toSm3.take()) != END;) {
					sm3.update(c.bytes(), 0, c.length());
					free.put(c.bytes());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
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
				sha256.update(buffer, 0, n);
				size += n;
				toSm3.put(new Chunk(buffer, n));
			}
			toSm3.put(END);
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
			throw new IllegalStateException("SM3 digest failed", failure.get());
		}
		byte[] digest = new byte[sm3.getDigestSize()];
		sm3.doFinal(digest, 0);
		return new Result(HexFormat.of().formatHex(digest), HexFormat.of().formatHex(sha256.digest()), size);
	}

	/** The next free buffer; fails instead of waiting forever when the SM3 thread has stopped. */
	private static byte[] take(BlockingQueue<byte[]> free, Thread hasher) throws InterruptedException {
		while (true) {
			byte[] b = free.poll(1, java.util.concurrent.TimeUnit.SECONDS);
			if (b != null) {
				return b;
			}
			if (!hasher.isAlive()) {
				throw new IllegalStateException("the SM3 digest thread stopped");
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
