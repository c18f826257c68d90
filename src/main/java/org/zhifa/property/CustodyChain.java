package org.zhifa.property;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.shared.Actor;
import org.zhifa.shared.CurrentActor;

import tools.jackson.databind.json.JsonMapper;

/**
 * The custody chain of each item (实物静止、手续流转): every event — registration, check-in, loan, return … — appended
 * with who (officer and name), the unit, when, where, under which document and the details, linked to the event before
 * by SM3 ({@link ChainEvent}). The table refuses UPDATE and DELETE; should a row be changed anyway (by the database owner),
 * {@link ChainCheck#walk} names the first sequence number that no longer holds. Callers authorize.
 */
@Service
@Transactional(readOnly = true)
public class CustodyChain {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ChainEvents events;
	private final Clock clock;

	CustodyChain(ChainEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/** Appends one event by the current actor to the item's chain, after the head it records (locking the item). */
	@Transactional
	ChainEvent append(UUID itemId, String kind, Instant at, @Nullable String location, @Nullable String document, Map<String, Object> details) {
		Actor actor = CurrentActor.get();
		ChainEvents.Head head = events.lockHead(itemId);
		ChainEvent e = ChainEvent.linked(head.code(), head.length() + 1, kind, actor.officerId(), actor.displayName(), actor.unitId(),
				at.truncatedTo(ChronoUnit.MICROS), location, document, JSON.writeValueAsString(details), head.hash());
		events.append(itemId, e);
		return e;
	}

	/** The item's events as stored, in sequence order. */
	List<ChainEvent> of(UUID itemId) {
		return events.of(itemId);
	}

	/** Re-walks the item's stored chain against the head the item records. */
	ChainCheck verify(PropertyItem item) {
		return ChainCheck.walk(item.code(), events.of(item.id()), item.chainLength(), item.chainHead());
	}

	/** The export of the given items' chains (docs/property-chain.md). */
	ChainExport export(List<PropertyItem> items, @Nullable String caseLabel) {
		List<ChainExport.Item> exported = items.stream()
			.map(i -> new ChainExport.Item(i.code(), i.description(), i.caseLabel(), i.chainLength(), i.chainHead(), events.of(i.id())))
			.toList();
		return new ChainExport(ChainEvent.FORMAT, clock.instant(), CurrentActor.get().displayName(), caseLabel, exported);
	}
}
