package org.zhifa.shared;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** Input that passes the JSON shape but breaks a field rule the domain knows (400 with the field named). */
public class InvalidInput extends DomainException {

	public InvalidInput(String field, String message) {
		super(HttpStatus.BAD_REQUEST, "invalid-input", "请求参数无效", message,
				Map.of("errors", List.of(Map.of("field", field, "message", message))));
	}
}
