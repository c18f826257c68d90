package org.zhifa.audit.internal;

import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905-2016), the Chinese national hash standard the audit chain is built on. */
public final class Sm3 {

	private static final HexFormat HEX = HexFormat.of();

	private Sm3() {
	}

	/** The SM3 digest of the bytes as 64 lower-case hex characters. */
	public static String hex(byte[] input) {
		SM3Digest digest = new SM3Digest();
		digest.update(input, 0, input.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HEX.formatHex(out);
	}
}
