package org.zhifa.document;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.document.internal.KeySeal;
import org.zhifa.document.internal.Sm2;

/**
 * The issuing units' SM2 key pairs (table {@code document_signing_key}): made on a unit's first issue, the private key
 * stored sealed ({@link KeySeal}). Two first issues of one unit at once both end up with the one key that committed first.
 * Opened private keys are kept in memory by key id, so issuing does not decrypt every time.
 */
@Component
class SigningKeys {

	record SigningKey(UUID id, UUID unitId, byte[] publicKey) {
	}

	private final JdbcClient jdbc;
	private final KeySeal seal;
	private final Clock clock;
	private final Map<UUID, byte[]> opened = new ConcurrentHashMap<>();

	SigningKeys(JdbcClient jdbc, KeySeal seal, Clock clock) {
		this.jdbc = jdbc;
		this.seal = seal;
		this.clock = clock;
	}

	/** The unit's key, created now if it has none. */
	SigningKey of(UUID unitId) {
		return find(unitId).orElseGet(() -> {
			Sm2.KeyPair pair = Sm2.generate();
			jdbc.sql("""
					INSERT INTO document_signing_key (id, unit_id, public_key, private_key_sealed, created_at)
					VALUES (:id, :unitId, :publicKey, :sealed, :createdAt) ON CONFLICT (unit_id) DO NOTHING""")
				.param("id", UUID.randomUUID()).param("unitId", unitId).param("publicKey", pair.publicKey())
				.param("sealed", seal.seal(unitId, pair.privateKey())).param("createdAt", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			return find(unitId).orElseThrow();
		});
	}

	Optional<SigningKey> find(UUID unitId) {
		return jdbc.sql("SELECT id, unit_id, public_key FROM document_signing_key WHERE unit_id = :unitId").param("unitId", unitId)
			.query((rs, row) -> new SigningKey(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
					rs.getBytes("public_key")))
			.optional();
	}

	Optional<SigningKey> byId(UUID keyId) {
		return jdbc.sql("SELECT id, unit_id, public_key FROM document_signing_key WHERE id = :id").param("id", keyId)
			.query((rs, row) -> new SigningKey(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
					rs.getBytes("public_key")))
			.optional();
	}

	byte[] sign(SigningKey key, byte[] message) {
		byte[] privateKey = opened.computeIfAbsent(key.id(), id -> seal.open(key.unitId(), jdbc
			.sql("SELECT private_key_sealed FROM document_signing_key WHERE id = :id").param("id", id).query(byte[].class).single()));
		return Sm2.sign(privateKey, message);
	}
}
