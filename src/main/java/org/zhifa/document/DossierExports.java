package org.zhifa.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores dossier exports ({@code dossier_export}); inserts only — the database refuses changes. */
@Repository
class DossierExports {

	private static final String COLUMNS = """
			id, case_id, case_label, volume, sequence, unit_id, unit_name, exported_by, exported_by_name, exported_at, item_count,
			page_count, pdf_sm3, octet_length(pdf) AS pdf_size""";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	DossierExports(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Serializes exports of one volume of one case until the transaction ends, so sequences are taken one at a time. */
	int nextSequence(UUID caseId, DossierVolume volume) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "dossier:" + caseId + ":" + volume.name())
			.query((rs, row) -> 0).list();
		return jdbc.sql("SELECT coalesce(max(sequence), 0) + 1 FROM dossier_export WHERE case_id = :caseId AND volume = :volume")
			.param("caseId", caseId).param("volume", volume.name()).query(Integer.class).single();
	}

	record Stored(DossierExport export, String manifest, String manifestSm3, byte[] signature, UUID signingKeyId) {
	}

	/** Inserts the export; the PDF is streamed from the file, not held in memory. */
	void insert(Stored s, Path pdf) {
		DossierExport e = s.export();
		try (InputStream in = Files.newInputStream(pdf)) {
			long size = Files.size(pdf);
			template.update("""
					INSERT INTO dossier_export (id, case_id, case_label, volume, sequence, unit_id, unit_name, exported_by, exported_by_name,
					  exported_at, item_count, page_count, pdf, pdf_sm3, manifest, manifest_sm3, signature, signing_key_id)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
				ps.setObject(1, e.id());
				ps.setObject(2, e.caseId());
				ps.setString(3, e.caseLabel());
				ps.setString(4, e.volume().name());
				ps.setInt(5, e.sequence());
				ps.setObject(6, e.unitId());
				ps.setString(7, e.unitName());
				ps.setObject(8, e.exportedBy());
				ps.setString(9, e.exportedByName());
				ps.setObject(10, e.exportedAt().atOffset(ZoneOffset.UTC));
				ps.setInt(11, e.itemCount());
				ps.setInt(12, e.pageCount());
				ps.setBinaryStream(13, in, size);
				ps.setString(14, e.pdfSm3());
				ps.setString(15, s.manifest());
				ps.setString(16, s.manifestSm3());
				ps.setBytes(17, s.signature());
				ps.setObject(18, s.signingKeyId());
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<DossierExport> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM dossier_export WHERE id = :id").param("id", id).query(DossierExports::map).optional();
	}

	List<DossierExport> ofCase(UUID caseId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM dossier_export WHERE case_id = :caseId ORDER BY exported_at DESC, sequence DESC")
			.param("caseId", caseId).query(DossierExports::map).list();
	}

	Optional<byte[]> pdf(UUID id) {
		return jdbc.sql("SELECT pdf FROM dossier_export WHERE id = :id").param("id", id).query(byte[].class).optional();
	}

	record Signed(String manifest, byte[] signature, UUID signingKeyId) {
	}

	Optional<Signed> manifest(UUID id) {
		return jdbc.sql("SELECT manifest, signature, signing_key_id FROM dossier_export WHERE id = :id").param("id", id)
			.query((rs, row) -> new Signed(rs.getString("manifest"), rs.getBytes("signature"), rs.getObject("signing_key_id", UUID.class)))
			.optional();
	}

	/** The stored manifest text with this hash, if an export was signed with exactly that manifest. */
	Optional<UUID> byManifestSm3(String sm3) {
		return jdbc.sql("SELECT id FROM dossier_export WHERE manifest_sm3 = :sm3").param("sm3", sm3).query(UUID.class).optional();
	}

	private static DossierExport map(ResultSet rs, int row) throws SQLException {
		return new DossierExport(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("case_label"),
				DossierVolume.valueOf(rs.getString("volume")), rs.getInt("sequence"), rs.getObject("unit_id", UUID.class),
				rs.getString("unit_name"), rs.getObject("exported_by", UUID.class), rs.getString("exported_by_name"),
				instant(rs, "exported_at"), rs.getInt("item_count"), rs.getInt("page_count"), rs.getString("pdf_sm3"), rs.getInt("pdf_size"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		@Nullable OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? Instant.EPOCH : value.toInstant();
	}
}
