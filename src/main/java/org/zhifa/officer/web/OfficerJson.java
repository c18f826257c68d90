package org.zhifa.officer.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.officer.LegalOfficerDesignation;
import org.zhifa.officer.OfficerDetails;
import org.zhifa.officer.OfficerKind;
import org.zhifa.officer.Qualification;
import org.zhifa.officer.QualificationLevel;
import org.zhifa.officer.QualificationStatus;

/** The JSON shapes of docs/api.md § Officers. */
final class OfficerJson {

	private OfficerJson() {
	}

	record CodeName(String code, String name) {
	}

	record QualificationJson(QualificationLevel level, String levelName, LocalDate passedOn, LocalDate expiresOn) {

		static @Nullable QualificationJson of(@Nullable Qualification q) {
			return q == null ? null : new QualificationJson(q.level(), q.level().label(), q.passedOn(), q.expiresOn());
		}
	}

	/** {@code legalOfficerDesignationName} is an addition to the contract, for display like the other {@code *Name}s. */
	record Officer(UUID id, String name, String badgeNumber, OfficerKind kind, String kindName, UUID unitId,
			@Nullable String unitName, List<CodeName> roles, @Nullable QualificationJson qualification,
			QualificationStatus qualificationStatus, String qualificationStatusName, boolean legalProfessionQualified,
			@Nullable LegalOfficerDesignation legalOfficerDesignation, @Nullable String legalOfficerDesignationName,
			@Nullable String phone, boolean active, long version) {

		static Officer of(OfficerDetails o) {
			return new Officer(o.id(), o.name(), o.badgeNumber(), o.kind(), o.kind().label(), o.unitId(), o.unitName(),
					o.roles().stream().map(r -> new CodeName(r.name(), r.label())).toList(), QualificationJson.of(o.qualification()),
					o.qualificationStatus(), o.qualificationStatus().label(), o.legalProfessionQualified(),
					o.legalOfficerDesignation(), o.legalOfficerDesignation() == null ? null : o.legalOfficerDesignation().label(),
					o.phone(), o.active(), o.version());
		}
	}
}
