package org.zhifa.cases;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.DomainException;

/** An act cannot be recorded as having happened later than now. */
public class TimeInFuture extends DomainException {

	TimeInFuture(String field, String what) {
		super(HttpStatus.BAD_REQUEST, "time-in-future", "时间不能晚于当前时间", what + "不能晚于当前时间。",
				Map.of("errors", List.of(Map.of("field", field, "message", what + "不能晚于当前时间"))));
	}
}
