package org.zhifa.audit;

/**
 * What happened, to be appended to the audit trail. The actor and unit are taken from the current
 * request ({@link org.zhifa.shared.CurrentActor}) by the trail itself.
 *
 * @param action dotted verb, e.g. {@code officer.registered}, {@code unit.moved}, {@code officer.read}
 * @param subjectType what kind of record, e.g. {@code officer}
 * @param subjectId the record's id
 * @param summary human-readable zh-CN before/after summary, e.g. "执法资格：基本级(2027-01-01到期) → 中级(2029-06-30到期)"
 */
public record AuditRecord(String action, String subjectType, String subjectId, String summary) {

	public static AuditRecord of(String action, String subjectType, Object subjectId, String summary) {
		return new AuditRecord(action, subjectType, String.valueOf(subjectId), summary);
	}
}
