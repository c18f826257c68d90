/**
 * 证据与视音频 — the recording devices (执法记录仪 issued to an officer, 同步录音录像 of a questioning room), the recordings
 * they produce, ingested as a stream and stored content-addressed (SM3, SHA-256 beside it) behind {@link
 * org.zhifa.evidence.RecordingStore}; the auto-linking of each recording to the incident, case or questioning session its
 * officer or room and time match (or a queue for a person), the coverage of each questioning session by its recordings;
 * and a case's evidence records (证据) with where each comes from — checked against the case's own property items, legal
 * documents and linked recordings. Knows custody, intake, cases, document and property through their query classes; none
 * of them knows this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "证据与视音频",
		allowedDependencies = { "shared", "audit", "officer", "organization", "cases", "intake", "custody", "document", "property" })
@org.jspecify.annotations.NullMarked
package org.zhifa.evidence;
