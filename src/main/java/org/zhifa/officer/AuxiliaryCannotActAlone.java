package org.zhifa.officer;

import org.zhifa.shared.RuleViolation;

/** An auxiliary (辅警) only assists: an enforcement action needs at least one eligible sworn officer. */
public class AuxiliaryCannotActAlone extends RuleViolation {

	static final String REASON = "辅警不得单独执法";

	AuxiliaryCannotActAlone() {
		super("auxiliary-cannot-act-alone", REASON, REASON + "，须有具备有效执法资格的民警在场。");
	}
}
