package org.zhifa.document.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;

/**
 * 国密 primitives the documents rely on: SM3 hashes and SM2 signatures over SM3 (GB/T 32918, curve sm2p256v1) with the
 * default user id 1234567812345678 of GM/T 0009. Public keys travel as the uncompressed point (65 bytes), private keys
 * as the 32-byte scalar.
 */
public final class Sm2 {

	private static final byte[] USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);
	private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
	private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());
	private static final SecureRandom RANDOM = new SecureRandom();

	private Sm2() {
	}

	public record KeyPair(byte[] publicKey, byte[] privateKey) {
	}

	public static KeyPair generate() {
		ECKeyPairGenerator generator = new ECKeyPairGenerator();
		generator.init(new ECKeyGenerationParameters(DOMAIN, RANDOM));
		AsymmetricCipherKeyPair pair = generator.generateKeyPair();
		byte[] publicKey = ((ECPublicKeyParameters) pair.getPublic()).getQ().getEncoded(false);
		byte[] privateKey = fixed32(((ECPrivateKeyParameters) pair.getPrivate()).getD());
		return new KeyPair(publicKey, privateKey);
	}

	/** The SM2 signature (DER) of the message. */
	public static byte[] sign(byte[] privateKey, byte[] message) {
		SM2Signer signer = new SM2Signer();
		var key = new ECPrivateKeyParameters(new BigInteger(1, privateKey), DOMAIN);
		signer.init(true, new ParametersWithID(new ParametersWithRandom(key, RANDOM), USER_ID));
		signer.update(message, 0, message.length);
		try {
			return signer.generateSignature();
		}
		catch (CryptoException ex) {
			throw new IllegalStateException("SM2 签名失败", ex);
		}
	}

	/** Whether the signature over the message was made with the private key belonging to {@code publicKey}. */
	public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
		try {
			SM2Signer signer = new SM2Signer();
			var key = new ECPublicKeyParameters(DOMAIN.getCurve().decodePoint(publicKey), DOMAIN);
			signer.init(false, new ParametersWithID(key, USER_ID));
			signer.update(message, 0, message.length);
			return signer.verifySignature(signature);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** SM3 of the bytes, as 64 lower-case hex digits. */
	public static String sm3Hex(byte[] bytes) {
		return HexFormat.of().formatHex(sm3(bytes));
	}

	/** SM3 of everything the stream yields, read in blocks (for files too large to hold), as 64 lower-case hex digits. */
	public static String sm3Hex(java.io.InputStream in) throws java.io.IOException {
		SM3Digest digest = new SM3Digest();
		byte[] block = new byte[64 * 1024];
		for (int n; (n = in.read(block)) > 0;) {
			digest.update(block, 0, n);
		}
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	public static byte[] sm3(byte[] bytes) {
		SM3Digest digest = new SM3Digest();
		digest.update(bytes, 0, bytes.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return out;
	}

	private static byte[] fixed32(BigInteger d) {
		byte[] raw = d.toByteArray();
		byte[] out = new byte[32];
		int copy = Math.min(raw.length, 32);
		System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
		return out;
	}
}
