package org.zhifa.property;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.StaleVersion;

/** The append-only custody chain ({@code property_chain_event}) and the head each item keeps of it. */
@Repository
class ChainEvents {

	private final JdbcClient jdbc;

	ChainEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The item's chain length and head hash, locking the item row so appends to one item happen one at a time. */
	Head lockHead(UUID itemId) {
		return jdbc.sql("SELECT code, chain_length, chain_head FROM property_item WHERE id = :id FOR UPDATE").param("id", itemId)
			.query((rs, n) -> new Head(rs.getString("code"), rs.getInt("chain_length"), rs.getString("chain_head"))).single();
	}

	record Head(String code, int length, String hash) {
	}

	/** Inserts the event and moves the item's head to it, in one statement (one round trip per event). */
	void append(UUID itemId, ChainEvent e) {
		int n = jdbc.sql("""
				WITH event AS (
				  INSERT INTO property_chain_event (item_id, seq, item_code, kind, actor_id, actor_name, unit_id, at, location, document, details,
				    prev_hash, hash)
				  VALUES (:item, :seq, :code, :kind, :actor, :actorName, :unit, :at, :location, :document, :details, :prev, :hash))
				UPDATE property_item SET chain_length = :seq, chain_head = :hash WHERE id = :item AND chain_length = :seq - 1""")
			.param("item", itemId).param("seq", e.seq()).param("code", e.itemCode()).param("kind", e.kind()).param("actor", e.actorId())
			.param("actorName", e.actorName()).param("unit", e.unitId()).param("at", PropertyItems.offset(e.at()))
			.param("location", e.location()).param("document", e.document()).param("details", e.details()).param("prev", e.prevHash())
			.param("hash", e.hash()).update();
		if (n != 1) {
			throw new StaleVersion("涉案财物流转记录", e.itemCode(), e.seq() - 1);
		}
	}

	/** The stored events of an item in sequence order (as stored: a tampered row is returned as it is). */
	List<ChainEvent> of(UUID itemId) {
		return jdbc.sql("SELECT * FROM property_chain_event WHERE item_id = :item ORDER BY seq").param("item", itemId).query(ChainEvents::map).list();
	}

	static ChainEvent map(ResultSet rs, int row) throws SQLException {
		return new ChainEvent(rs.getString("item_code"), rs.getInt("seq"), rs.getString("kind"), rs.getObject("actor_id", UUID.class),
				rs.getString("actor_name"), rs.getObject("unit_id", UUID.class), PropertyItems.instant(rs, "at"), rs.getString("location"),
				rs.getString("document"), rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
	}
}
