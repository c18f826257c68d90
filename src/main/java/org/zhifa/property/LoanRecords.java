package org.zhifa.property;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.StaleVersion;

/** Loans ({@code property_loan}); at most one open loan per item (a unique partial index). */
@Repository
class LoanRecords {

	private final JdbcClient jdbc;

	LoanRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return false when the item already has an open loan */
	boolean insert(Loan l) {
		try {
			jdbc.sql("""
					INSERT INTO property_loan (id, item_id, purpose, reason, borrower_id, due_back_at, requested_at, requested_by, status, version)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(l.id(), l.itemId(), l.purpose().name(), l.reason(), l.borrowerId(), PropertyItems.offset(l.dueBackAt()),
						PropertyItems.offset(l.requestedAt()), l.requestedBy(), l.status().name(), l.version())
				.update();
			return true;
		}
		catch (DuplicateKeyException open) {
			return false;
		}
	}

	void update(Loan l) {
		int n = jdbc.sql("""
				UPDATE property_loan SET status = ?, approved_by = ?, approved_at = ?, out_at = ?, out_by = ?, returned_at = ?, returned_to = ?,
				  condition_ok = ?, condition_note = ?, version = ?
				WHERE id = ? AND version = ?""")
			.params(l.status().name(), l.approvedBy(), PropertyItems.offset(l.approvedAt()), PropertyItems.offset(l.outAt()), l.outBy(),
					PropertyItems.offset(l.returnedAt()), l.returnedTo(), l.conditionOk(), l.conditionNote(), l.version(), l.id(), l.version() - 1)
			.update();
		if (n != 1) {
			throw new StaleVersion("调用申请", l.id(), l.version() - 1);
		}
	}

	Optional<Loan> find(UUID id) {
		return jdbc.sql("SELECT * FROM property_loan WHERE id = ?").param(id).query(LoanRecords::map).optional();
	}

	List<Loan> ofItem(UUID itemId) {
		return jdbc.sql("SELECT * FROM property_loan WHERE item_id = ? ORDER BY requested_at DESC").param(itemId).query(LoanRecords::map).list();
	}

	static Loan map(ResultSet rs, int row) throws SQLException {
		Object ok = rs.getObject("condition_ok");
		return new Loan(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class), LoanPurpose.valueOf(rs.getString("purpose")),
				rs.getString("reason"), rs.getObject("borrower_id", UUID.class), PropertyItems.instant(rs, "due_back_at"),
				PropertyItems.instant(rs, "requested_at"), rs.getObject("requested_by", UUID.class), LoanStatus.valueOf(rs.getString("status")),
				rs.getObject("approved_by", UUID.class), PropertyItems.instant(rs, "approved_at"), PropertyItems.instant(rs, "out_at"),
				rs.getObject("out_by", UUID.class), PropertyItems.instant(rs, "returned_at"), rs.getObject("returned_to", UUID.class),
				ok == null ? null : (Boolean) ok, rs.getString("condition_note"), rs.getLong("version"));
	}
}
