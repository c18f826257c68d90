package org.zhifa.officer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.Visibilities;

/**
 * The roster as the current user may see it under permission {@code officer:read}: scope ALL sees everyone, UNIT and
 * UNIT_AND_BELOW the officers of the visible units, OWN only oneself — filtered in SQL. An officer outside the scope
 * is answered as not found. Opening one officer's record is a read of personal data and is audited.
 */
@Service
public class OfficerRoster {

	static final String READ = "officer:read";

	private final Officers officers;
	private final OfficerViews views;
	private final UnitDirectory units;
	private final Visibilities visibilities;
	private final AuditTrail audit;

	OfficerRoster(Officers officers, OfficerViews views, UnitDirectory units, Visibilities visibilities, AuditTrail audit) {
		this.officers = officers;
		this.views = views;
		this.units = units;
		this.visibilities = visibilities;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public PageResult<OfficerDetails> search(OfficerSearch search, PageRequest page) {
		Set<UUID> inUnits = null;
		if (search.unitId() != null) {
			inUnits = search.includeSubunits() ? units.selfAndDescendants(search.unitId()) : Set.of(search.unitId());
		}
		PageResult<Officer> found = officers.search(search, inUnits, visibilities.current(READ), page);
		return new PageResult<>(views.of(found.items()), found.total(), found.page(), found.size());
	}

	/** One visible officer; the read is recorded in the audit trail. */
	@Transactional
	public OfficerDetails get(UUID officerId) {
		Officer officer = visible(officerId);
		audit.record(AuditRecord.of("officer.read", "officer", officerId, "查看人员信息：" + officer.label()));
		return views.of(officer);
	}

	/**
	 * Active visible officers whose 执法资格 expires within {@code withinDays} days from today, or has already expired,
	 * soonest first.
	 */
	@Transactional(readOnly = true)
	public List<OfficerDetails> expiringQualifications(int withinDays) {
		if (withinDays < 1 || withinDays > 365) {
			throw new InvalidInput("withinDays", "须在 1 到 365 之间");
		}
		LocalDate until = views.today().plusDays(withinDays);
		return views.of(officers.qualificationsExpiringBy(until, visibilities.current(READ)));
	}

	/** Whether a visible officer may act on his or her own today. */
	@Transactional(readOnly = true)
	public Eligibility eligibilityToday(UUID officerId) {
		return EnforcementEligibility.alone(visible(officerId), views.today());
	}

	private Officer visible(UUID officerId) {
		@Nullable Officer officer = officers.find(OfficerId.of(officerId)).orElse(null);
		if (officer == null || !visibilities.current(READ).covers(officer.unitId().value(), officer.id().value())) {
			throw new NotFound("人员", officerId);
		}
		return officer;
	}
}
