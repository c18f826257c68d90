package org.zhifa.organization;

import org.jspecify.annotations.Nullable;
import org.zhifa.shared.RuleViolation;

/** The unit's kind does not fit under the chosen parent's kind (see {@link UnitKind#fitsUnder}). */
public class UnitKindNotAllowedUnderParent extends RuleViolation {

	UnitKindNotAllowedUnderParent(UnitKind kind, @Nullable UnitKind parent) {
		super("unit-kind-not-allowed", "单位类型与上级不符", parent == null
				? kind.label() + "须有上级单位，只有市局可作为根单位。"
				: kind.label() + "不能设在" + parent.label() + "之下（" + rule(kind) + "）。");
	}

	private static String rule(UnitKind kind) {
		return switch (kind) {
			case MUNICIPAL_BUREAU -> "市局是根单位，没有上级";
			case DISTRICT_BUREAU, COUNTY_BUREAU -> kind.label() + "只能设在市局之下";
			case POLICE_STATION -> "派出所只能设在分局或县局之下";
			default -> "警种部门和中心只能设在市局、分局或县局之下";
		};
	}
}
