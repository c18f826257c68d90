package org.zhifa.officer;

/**
 * What an officer does in case handling; the identity module maps each role to permissions and data scopes.
 * Auxiliaries (辅警) hold no enforcement or supervisory power, so only some roles are open to them.
 */
public enum Role {

	CASE_OFFICER("办案民警", true),
	LEGAL_OFFICER("法制员", false),
	DEPARTMENT_HEAD("办案部门负责人", false),
	LEGAL_REVIEWER("法制部门审核人", false),
	BUREAU_LEADER("局领导", false),
	CASE_MANAGEMENT("案管中心", true),
	PROPERTY_CUSTODIAN("涉案财物管理员", true),
	CUSTODY_STAFF("办案中心管理员", true),
	INSPECTOR("督察", false),
	ADMINISTRATOR("系统管理员", true);

	private final String label;
	private final boolean openToAuxiliaries;

	Role(String label, boolean openToAuxiliaries) {
		this.label = label;
		this.openToAuxiliaries = openToAuxiliaries;
	}

	public String label() {
		return label;
	}

	/**
	 * Whether an auxiliary may hold the role: assisting roles (case work alongside a sworn officer, case management,
	 * property and custody-centre staff, system administration) yes; review, approval, leadership and inspection no.
	 */
	public boolean openToAuxiliaries() {
		return openToAuxiliaries;
	}
}
