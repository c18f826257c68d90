/**
 * 执法办案管理中心 — one file per person brought in (一人一档): 入区 with the legal clock the reason starts, then 人身安全检查,
 * 随身物品 in a numbered locker, 信息采集, 讯问/询问 sessions with their recording, the watch log (看管) and the rooms, up to
 * 出区 with its outcome, which stops the clock. The order of the steps is enforced ({@link org.zhifa.custody.VisitStepMissing}
 * names the step that is missing); alarms ({@link org.zhifa.custody.CustodyAlarms}) watch what the order cannot prevent:
 * the clock running out, nobody watching, a room over capacity, co-suspects together, an unrecorded session, belongings
 * left behind. Linked to cases by id through {@link org.zhifa.cases.CaseReferences}; cases does not know this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "执法办案管理中心",
		allowedDependencies = { "shared", "audit", "calendar", "officer", "organization", "cases", "intake", "property" })
@org.jspecify.annotations.NullMarked
package org.zhifa.custody;
