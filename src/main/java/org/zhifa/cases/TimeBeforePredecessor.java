package org.zhifa.cases;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.DomainException;

/** An act cannot precede what it follows (a measure before the case was filed, a release before the measure began). */
public class TimeBeforePredecessor extends DomainException {

	TimeBeforePredecessor(String field, String what, String predecessor, String predecessorTime) {
		super(HttpStatus.BAD_REQUEST, "time-before-predecessor", "时间早于前一环节", what + "不能早于" + predecessor + "（" + predecessorTime + "）。",
				Map.of("errors", List.of(Map.of("field", field, "message", what + "不能早于" + predecessor))));
	}
}
