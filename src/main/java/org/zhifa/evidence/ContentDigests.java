package org.zhifa.evidence;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * An output stream that computes SM3 (BouncyCastle's {@link SM3Digest}) and SHA-256 of everything written through it, in the
 * same pass, and counts the bytes — so a recording is hashed while it is copied to storage, without a second read.
 */
final class ContentDigests extends FilterOutputStream {

	private final SM3Digest sm3 = new SM3Digest();
	private final MessageDigest sha256;
	private long size;

	ContentDigests(OutputStream target) {
		super(target);
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		sm3.update(b, off, len);
		sha256.update(b, off, len);
		size += len;
		out.write(b, off, len);
	}

	long size() {
		return size;
	}

	/** The SM3 as 64 lower-case hex digits; call once, after the last write. */
	String sm3Hex() {
		byte[] digest = new byte[sm3.getDigestSize()];
		sm3.doFinal(digest, 0);
		return HexFormat.of().formatHex(digest);
	}

	/** The SHA-256 as 64 lower-case hex digits; call once, after the last write. */
	String sha256Hex() {
		return HexFormat.of().formatHex(sha256.digest());
	}
}
