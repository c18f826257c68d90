package org.zhifa.intake;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.DomainException;

/** An incident is disposed once (受案, 非警务, 移交 or 合并); a second disposition is refused and nothing changes. */
public class IncidentAlreadyDisposed extends DomainException {

	IncidentAlreadyDisposed(String number, IncidentStatus status) {
		super(HttpStatus.CONFLICT, "incident-already-disposed", "警情已处置", "警情 " + number + " 已处置（" + status.label()
				+ "），不能再次处置。");
	}
}
