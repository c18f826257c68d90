package org.zhifa.cases;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.RuleViolation;

/** The same person (by 公民身份号码) is already a party in that role in the case. */
public class PartyAlreadyRecorded extends RuleViolation {

	PartyAlreadyRecorded(PartyRole role) {
		super(HttpStatus.CONFLICT, "party-already-recorded", "当事人已存在", "该公民身份号码已作为" + role.label() + "登记在本案中。");
	}
}
