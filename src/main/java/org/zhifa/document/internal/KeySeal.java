package org.zhifa.document.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Encrypts the issuing units' private keys at rest with AES-256-GCM under a key derived (SM3) from
 * {@code zhifa.document.key-secret}; the unit id is bound in as associated data, so a sealed key copied to another unit's
 * row does not open. Sealed form: 12-byte nonce followed by ciphertext and tag.
 */
public class KeySeal {

	private static final int NONCE = 12;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	/** Fails start-up clearly when the secret is missing or too short. */
	public KeySeal(@Nullable String secret) {
		if (secret == null || secret.strip().length() < 16) {
			throw new IllegalStateException("未配置法律文书签名密钥的保护口令：请设置 zhifa.document.key-secret（环境变量 ZHIFA_DOCUMENT_KEY_SECRET），"
					+ "至少16个字符；一经使用不得更改，否则已保存的签发机关私钥将无法解开");
		}
		this.key = new SecretKeySpec(Sm2.sm3(secret.getBytes(StandardCharsets.UTF_8)), "AES");
	}

	public byte[] seal(UUID unitId, byte[] plain) {
		byte[] nonce = new byte[NONCE];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(unitId.toString().getBytes(StandardCharsets.US_ASCII));
			byte[] sealed = cipher.doFinal(plain);
			byte[] out = new byte[NONCE + sealed.length];
			System.arraycopy(nonce, 0, out, 0, NONCE);
			System.arraycopy(sealed, 0, out, NONCE, sealed.length);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("签名私钥加密失败", ex);
		}
	}

	public byte[] open(UUID unitId, byte[] sealed) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, NONCE));
			cipher.updateAAD(unitId.toString().getBytes(StandardCharsets.US_ASCII));
			return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("无法解开签发机关的签名私钥：zhifa.document.key-secret 与生成密钥时的不一致", ex);
		}
	}
}
