package org.zhifa.approval;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.intake.CaseKind;
import org.zhifa.shared.InvalidInput;

/** The request types of table {@code approval_request_type} (seeded by migration; they change with the code that applies them). */
@Component
public class RequestTypes {

	private final JdbcClient jdbc;

	RequestTypes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final String SELECT = "SELECT code, name, case_kind, party_required, document_type, effect, basis FROM approval_request_type";

	public List<RequestType> list() {
		return jdbc.sql(SELECT + " ORDER BY sort_order").query(RequestTypes::map).list();
	}

	public Optional<RequestType> find(String code) {
		return jdbc.sql(SELECT + " WHERE code = :code").param("code", code).query(RequestTypes::map).optional();
	}

	private static RequestType map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new RequestType(rs.getString("code"), rs.getString("name"),
				rs.getString("case_kind") == null ? null : CaseKind.valueOf(rs.getString("case_kind")), rs.getBoolean("party_required"),
				rs.getString("document_type"), rs.getString("effect"), rs.getString("basis"));
	}

	RequestType get(String field, String code) {
		return find(code).orElseThrow(() -> new InvalidInput(field, "没有这种呈请事项：" + code));
	}
}
