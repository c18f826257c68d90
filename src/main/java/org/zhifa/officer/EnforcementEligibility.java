package org.zhifa.officer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The rule on who may perform an enforcement action on a given day — pure logic over loaded officers.
 * <ul>
 * <li>A sworn officer needs to be active and to hold a 执法资格 valid that day (expiring that day is still valid):
 * 未通过基本级执法资格考试的，不得执法办案 (公安机关人民警察执法资格等级考试办法).</li>
 * <li>An auxiliary (辅警) never acts alone; in a team he or she only needs to be active — auxiliaries hold no 执法资格
 * of their own and act under the sworn officers' authority.</li>
 * <li>A team needs at least one eligible sworn officer, and every member must pass the checks above.</li>
 * </ul>
 * How many officers an action needs (e.g. two for 询问 or 检查) is the acting module's rule, not this one.
 */
final class EnforcementEligibility {

	private EnforcementEligibility() {
	}

	/** May this officer act on his or her own? */
	static Eligibility alone(Officer officer, LocalDate day) {
		List<String> reasons = new ArrayList<>(personal(officer, day));
		if (officer.kind() == OfficerKind.AUXILIARY) {
			reasons.add(AuxiliaryCannotActAlone.REASON);
		}
		return Eligibility.of(reasons);
	}

	/**
	 * May these officers act together?
	 *
	 * @param unknownIds ids that matched no officer
	 */
	static Eligibility team(List<Officer> members, Collection<UUID> unknownIds, LocalDate day) {
		List<String> reasons = new ArrayList<>();
		if (members.isEmpty() && unknownIds.isEmpty()) {
			reasons.add("未指定执法人员");
		}
		unknownIds.forEach(id -> reasons.add("人员不存在：" + id));
		boolean eligibleSworn = false;
		boolean auxiliaries = false;
		for (Officer member : members) {
			List<String> own = personal(member, day);
			reasons.addAll(own);
			if (member.kind() == OfficerKind.SWORN && own.isEmpty()) {
				eligibleSworn = true;
			}
			auxiliaries |= member.kind() == OfficerKind.AUXILIARY;
		}
		if (auxiliaries && !eligibleSworn) {
			reasons.add(AuxiliaryCannotActAlone.REASON);
		}
		return Eligibility.of(reasons);
	}

	private static List<String> personal(Officer officer, LocalDate day) {
		List<String> reasons = new ArrayList<>();
		if (!officer.isActive()) {
			reasons.add(officer.label() + "已停用");
		}
		if (officer.kind() == OfficerKind.AUXILIARY) {
			return reasons;
		}
		Qualification qualification = officer.qualification();
		if (qualification == null) {
			reasons.add(officer.label() + "未取得执法资格");
		}
		else if (day.isBefore(qualification.passedOn())) {
			reasons.add(officer.label() + "的执法资格于" + qualification.passedOn() + "取得，" + day + "尚不具备执法资格");
		}
		else if (qualification.expiresOn().isBefore(day)) {
			reasons.add(officer.label() + "的执法资格已于" + qualification.expiresOn() + "过期");
		}
		return reasons;
	}
}
