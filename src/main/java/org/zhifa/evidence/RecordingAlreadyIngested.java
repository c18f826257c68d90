package org.zhifa.evidence;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.DomainException;

/**
 * The same content (same SHA-256) was ingested before: a recording is one piece of evidence, so a second copy gets no second
 * record — the answer names the existing one, and the stored file is the one already there.
 */
public class RecordingAlreadyIngested extends DomainException {

	public RecordingAlreadyIngested(Recording existing) {
		super(HttpStatus.CONFLICT, "recording-already-ingested", "录像已入库",
				"内容相同的录像已入库（编号 " + existing.number() + "，SHA-256 " + existing.sha256().substring(0, 16) + "…），未重复登记。",
				Map.of("recordingId", existing.id().toString(), "number", existing.number()));
	}
}
