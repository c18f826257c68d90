package org.zhifa.custody;

import org.zhifa.shared.RuleViolation;

/**
 * A questioning session cannot start or end as asked: too few officers (刑诉法118: 讯问 by at least two investigators; a
 * single officer only for 询问 in a standard 执法办案场所 with full recording, 治安管理处罚法2025 第108条), one already
 * running, or the end before the start.
 */
public class QuestioningRefused extends RuleViolation {

	QuestioningRefused(String detail) {
		super("custody-questioning-refused", "不能进行讯问/询问", detail);
	}
}
