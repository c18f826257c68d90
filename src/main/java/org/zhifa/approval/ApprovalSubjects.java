package org.zhifa.approval;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The port through which the module owning a request's subject (cases) describes it and says whether the request may be
 * made now. Implemented there, so that approval depends on no subject module.
 */
public interface ApprovalSubjects {

	/**
	 * The case (and party) a request is about, as the current user may handle it; throws the owner's not-found or
	 * out-of-scope problem otherwise.
	 */
	SubjectFacts describe(UUID caseId, @Nullable UUID partyId);

	/**
	 * Refuses, with the owner's clear problem, a request the subject's current state does not allow (a measure out of
	 * legal order, a closed case, an extension already granted …). Called on submission and again on final approval.
	 */
	void checkRequest(String requestType, SubjectFacts subject, Map<String, String> params);
}
