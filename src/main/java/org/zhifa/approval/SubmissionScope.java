package org.zhifa.approval;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.Visibilities;
import org.zhifa.shared.Visibility;

/**
 * Whether the current user may see a request: within the {@code approval:read} scope (本人: submitted by or executed by
 * the officer; otherwise by the case's unit), or as one of those who may act on it now. Outside it a request does not
 * exist for the user (404), for reading and for acting alike.
 */
@Component
class SubmissionScope {

	static final String READ = "approval:read";

	private final Visibilities visibilities;

	SubmissionScope(Visibilities visibilities) {
		this.visibilities = visibilities;
	}

	boolean canRead(Submission s) {
		if (CurrentActor.get().isSystem()) {
			return true;
		}
		UUID me = CurrentActor.get().officerId();
		if (me != null && s.candidateIds().contains(me)) {
			return true;
		}
		if (!CurrentActor.get().has(READ)) {
			return false;
		}
		Visibility v = visibilities.current(READ);
		return v.isOwn() ? s.submittedBy().equals(me) || s.officerIds().contains(me) : v.coversUnit(s.unitId());
	}

	Visibility reading() {
		return visibilities.current(READ);
	}
}
