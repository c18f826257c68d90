package org.zhifa.organization;

import org.jspecify.annotations.Nullable;

/**
 * What a unit is. The kind decides where the unit may hang in the tree: the 市局 is the one root; 分局 and
 * 县局 sit under the 市局; a 派出所 sits under a 分局 or 县局; the departments and centres (刑侦 … 涉案财物管理中心)
 * sit under any bureau (市局, 分局 or 县局).
 */
public enum UnitKind {

	MUNICIPAL_BUREAU("市局"),
	DISTRICT_BUREAU("分局"),
	COUNTY_BUREAU("县局"),
	POLICE_STATION("派出所"),
	CRIMINAL_INVESTIGATION("刑侦"),
	PUBLIC_ORDER("治安"),
	ECONOMIC_CRIME("经侦"),
	NARCOTICS("禁毒"),
	TRAFFIC("交警"),
	LEGAL_AFFAIRS("法制"),
	INSPECTORATE("督察"),
	CASE_MANAGEMENT_CENTER("案管中心"),
	CASE_HANDLING_CENTER("执法办案管理中心"),
	PROPERTY_CENTER("涉案财物管理中心");

	private final String label;

	UnitKind(String label) {
		this.label = label;
	}

	/** The zh-CN name shown to users. */
	public String label() {
		return label;
	}

	/** A 公安机关 in its own right: 市局, 分局 or 县局. */
	public boolean isBureau() {
		return this == MUNICIPAL_BUREAU || this == DISTRICT_BUREAU || this == COUNTY_BUREAU;
	}

	/** A department or centre of a bureau (警种部门, 法制, 督察, 案管中心, 办案中心, 财物中心). */
	public boolean isDepartment() {
		return !isBureau() && this != POLICE_STATION;
	}

	/** Whether a unit of this kind may sit directly under a unit of kind {@code parent} ({@code null}: be the root). */
	public boolean fitsUnder(@Nullable UnitKind parent) {
		return switch (this) {
			case MUNICIPAL_BUREAU -> parent == null;
			case DISTRICT_BUREAU, COUNTY_BUREAU -> parent == MUNICIPAL_BUREAU;
			case POLICE_STATION -> parent == DISTRICT_BUREAU || parent == COUNTY_BUREAU;
			default -> parent != null && parent.isBureau();
		};
	}
}
