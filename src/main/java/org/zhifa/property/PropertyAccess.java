package org.zhifa.property;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.OutOfScope;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibilities;
import org.zhifa.shared.Visibility;

/**
 * The data scope on items and the bookkeeping every act shares. An item belongs to its case's handling unit:
 * {@code property:read} covering it lets the caller see the item (else: not found); the permission of an act covering it
 * lets the caller do the act (else: 403). Each act is written with the version the caller read (409 when stale), appended
 * to the item's custody chain and audited — all in the caller's transaction.
 */
@Component
class PropertyAccess {

	static final String READ = "property:read";
	static final String REGISTER = "property:register";
	static final String APPROVE = "property:approve";
	static final String CUSTODY = "property:custody";
	static final String SUBJECT = "property-item";

	private final PropertyItems items;
	private final CustodyChain chain;
	private final Visibilities visibilities;
	private final AuditTrail audit;
	private final Clock clock;

	PropertyAccess(PropertyItems items, CustodyChain chain, Visibilities visibilities, AuditTrail audit, Clock clock) {
		this.items = items;
		this.chain = chain;
		this.visibilities = visibilities;
		this.audit = audit;
		this.clock = clock;
	}

	Visibility reading() {
		return visibilities.current(READ);
	}

	PropertyItem read(UUID id) {
		return items.find(id).filter(i -> reading().coversUnit(i.unitId())).orElseThrow(() -> new NotFound("涉案财物", id));
	}

	PropertyItem readByCode(String code) {
		UUID id = items.idOfCode(code.strip()).orElseThrow(() -> new NotFound("涉案财物", code.strip()));
		return read(id);
	}

	/** Locks the item for an act under {@code permission}: in the caller's scope, at the version the caller read (if given). */
	PropertyItem lock(UUID id, @Nullable Long version, String permission) {
		PropertyItem i = items.findForUpdate(id).filter(x -> reading().coversUnit(x.unitId())).orElseThrow(() -> new NotFound("涉案财物", id));
		requireOperable(permission, i.unitId(), "涉案财物 " + i.code());
		if (version != null && i.version() != version) {
			throw new StaleVersion("涉案财物", i.code(), version);
		}
		return i;
	}

	/** Whether the caller holds the permission with a scope covering the unit. */
	boolean canOperate(String permission, UUID unitId) {
		var actor = CurrentActor.get();
		return (actor.isSystem() || actor.scopeOf(permission).isPresent()) && visibilities.current(permission).coversUnit(unitId);
	}

	void requireOperable(String permission, UUID unitId, String what) {
		if (!canOperate(permission, unitId)) {
			throw new OutOfScope(what);
		}
	}

	/** The officer acting now; acts on property are always an officer's. */
	UUID officer() {
		UUID id = CurrentActor.get().officerId();
		if (id == null) {
			throw new InvalidInput("officer", "只有民警账号可以办理涉案财物");
		}
		return id;
	}

	Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** A time the caller gives for an act: not in the future (a minute of clock skew allowed), cut to microseconds. */
	Instant pastTime(String field, @Nullable Instant at) {
		Instant now = now();
		if (at == null) {
			return now;
		}
		if (at.isAfter(now.plusSeconds(60))) {
			throw new InvalidInput(field, "时间不能晚于当前时间");
		}
		return at.truncatedTo(ChronoUnit.MICROS);
	}

	/** Writes the changed item, appends the event to its custody chain and audits it. */
	PropertyItem write(PropertyItem before, PropertyItem after, String kind, Instant at, @Nullable String location, @Nullable String document,
			String summary, Map<String, Object> details) {
		if (after != before) {
			items.update(after);
		}
		chain.append(after.id(), kind, at, location, document, details);
		audit.record(AuditRecord.of("property." + kind, SUBJECT, after.id(), after.code() + " " + after.description() + "：" + summary));
		return after;
	}
}
