package org.zhifa.cases;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.intake.CaseKind;
import org.zhifa.intake.OffenceCodes;

/**
 * The offence catalogue (案由) as data (table {@code offence}); intake and the case forms choose from it, and intake checks
 * a decision's code against it through its {@link OffenceCodes} port.
 */
@Service
@Transactional(readOnly = true)
public class OffenceCatalogue implements OffenceCodes {

	private final JdbcClient jdbc;

	OffenceCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** All entries, or those of one case kind, in catalogue order. */
	public List<Offence> list(@Nullable CaseKind kind) {
		return jdbc.sql("SELECT code, name, kind, legal_basis, certainty FROM offence WHERE (CAST(:kind AS text) IS NULL OR kind = :kind)"
				+ " ORDER BY sort_order").param("kind", kind == null ? null : kind.name())
			.query((rs, n) -> new Offence(rs.getString("code"), rs.getString("name"), CaseKind.valueOf(rs.getString("kind")),
					rs.getString("legal_basis"), rs.getString("certainty")))
			.list();
	}

	@Override
	public Optional<CaseKind> kindOf(String code) {
		return find(code).map(Offence::kind);
	}

	public Optional<Offence> find(String code) {
		return jdbc.sql("SELECT code, name, kind, legal_basis, certainty FROM offence WHERE code = :code").param("code", code)
			.query((rs, n) -> new Offence(rs.getString("code"), rs.getString("name"), CaseKind.valueOf(rs.getString("kind")),
					rs.getString("legal_basis"), rs.getString("certainty")))
			.optional();
	}
}
