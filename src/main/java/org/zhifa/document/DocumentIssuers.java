package org.zhifa.document;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitSummary;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibilities;

/**
 * 发文机关 settings per unit. Until an administrator sets them, a unit issues as the chain of unit names from the 市局
 * down (示范市公安局东城分局城关派出所) with the abbreviation 〈first character of the 市局〉公, followed for any other unit by
 * the first character of its own name (示公城) — so two units never share a 文号 series by default.
 */
@Service
@Transactional(readOnly = true)
public class DocumentIssuers {

	static final String MANAGE = "document:issuer";

	private final JdbcClient jdbc;
	private final UnitDirectory units;
	private final Visibilities visibilities;
	private final AuditTrail audit;
	private final Clock clock;

	DocumentIssuers(JdbcClient jdbc, UnitDirectory units, Visibilities visibilities, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.visibilities = visibilities;
		this.audit = audit;
		this.clock = clock;
	}

	/** The settings a unit issues with (stored or default); no scope applied — for issuing. */
	public DocumentIssuer effective(UUID unitId) {
		List<UnitSummary> path = units.pathFromRoot(unitId);
		if (path.isEmpty()) {
			throw new InvalidInput("unitId", "签发单位不存在：" + unitId);
		}
		UnitSummary unit = path.getLast();
		return jdbc.sql("SELECT abbreviation, issuer_name, version FROM document_issuer WHERE unit_id = :unitId").param("unitId", unitId)
			.query((rs, row) -> new DocumentIssuer(unitId, unit.name(), rs.getString("abbreviation"), rs.getString("issuer_name"), true,
					rs.getLong("version")))
			.optional()
			.orElseGet(() -> new DocumentIssuer(unitId, unit.name(), defaultAbbreviation(path), defaultName(path), false, 0));
	}

	/** The settings of a unit in the administrator's scope ({@code document:issuer}). */
	public DocumentIssuer get(UUID unitId) {
		requireInScope(unitId);
		return effective(unitId);
	}

	/**
	 * Sets a unit's abbreviation and issuer name. {@code expectedVersion} is what the administrator read (0 for the
	 * defaults); a concurrent change makes this a 409 and nothing is written. Applies to documents issued from now on.
	 */
	@Transactional
	public DocumentIssuer change(UUID unitId, String abbreviation, String issuerName, long expectedVersion) {
		requireInScope(unitId);
		String abbr = abbreviation.strip();
		String name = issuerName.strip();
		if (!abbr.matches("[\\p{IsHan}]{1,10}")) {
			throw new InvalidInput("abbreviation", "文号机关代字须为1到10个汉字");
		}
		if (name.length() < 2 || name.length() > 60) {
			throw new InvalidInput("issuerName", "发文机关名称须为2到60个字");
		}
		DocumentIssuer before = effective(unitId);
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		int written = expectedVersion == 0
				? jdbc.sql("""
						INSERT INTO document_issuer (unit_id, abbreviation, issuer_name, version, updated_at)
						VALUES (:unitId, :abbr, :name, 1, :now) ON CONFLICT (unit_id) DO NOTHING""")
					.param("unitId", unitId).param("abbr", abbr).param("name", name).param("now", now).update()
				: jdbc.sql("""
						UPDATE document_issuer SET abbreviation = :abbr, issuer_name = :name, version = version + 1, updated_at = :now
						WHERE unit_id = :unitId AND version = :expected""")
					.param("unitId", unitId).param("abbr", abbr).param("name", name).param("now", now).param("expected", expectedVersion)
					.update();
		if (written != 1) {
			throw new StaleVersion("发文机关设置", before.unitName(), expectedVersion);
		}
		audit.record(AuditRecord.of("document-issuer.changed", "document-issuer", unitId, before.unitName() + "：发文机关 "
				+ before.issuerName() + " → " + name + "；文号代字 " + before.abbreviation() + " → " + abbr));
		return effective(unitId);
	}

	private void requireInScope(UUID unitId) {
		if (!visibilities.current(MANAGE).coversUnit(unitId) || units.find(unitId).isEmpty()) {
			throw new NotFound("单位", unitId);
		}
	}

	static String defaultName(List<UnitSummary> path) {
		return path.stream().map(UnitSummary::name).collect(Collectors.joining());
	}

	static String defaultAbbreviation(List<UnitSummary> path) {
		String root = path.getFirst().name();
		String abbreviation = root.substring(0, 1) + "公";
		return path.size() == 1 ? abbreviation : abbreviation + path.getLast().name().charAt(0);
	}
}
