package org.zhifa.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.intake.CaseKind;

/**
 * A request for approval (呈请) and where it stands. {@code currentStep} is the position of the step that must act next
 * while {@link SubmissionState#IN_REVIEW}; {@code round} counts submissions (a resubmission after a return to the submitter
 * starts a new round); {@code candidateIds} are the officers who may act on the current step (the inbox), re-checked on
 * every action. Every change raises {@code version}; an action on a version someone else has changed is refused (409).
 */
public record Submission(UUID id, String number, String requestType, UUID caseId, String caseLabel, CaseKind caseKind, UUID unitId,
		@Nullable UUID partyId, @Nullable String partyName, String title, String facts, String reasons, String legalBasis,
		@Nullable BigDecimal amount, @Nullable PenaltyKind penaltyKind, boolean majorCase, boolean minorInvolved, Map<String, String> params,
		Map<String, String> documentFields, List<UUID> officerIds, UUID submittedBy, String submittedByName, Instant submittedAt,
		UUID policyId, int policyVersion, SubmissionState state, int currentStep, int round, Instant waitingSince,
		@Nullable Instant stepDueAt, @Nullable Instant escalatedAt, List<UUID> candidateIds,
		@Nullable Instant decidedAt, @Nullable UUID documentId, @Nullable String documentNumber, long version) {

	public Submission {
		params = Map.copyOf(params);
		documentFields = Map.copyOf(documentFields);
		officerIds = List.copyOf(officerIds);
		candidateIds = List.copyOf(candidateIds);
	}

	/** The submission at a new step (or state), waiting since {@code at}, with its clock and candidates. */
	Submission waiting(SubmissionState newState, int step, Instant at, @Nullable Instant dueAt, List<UUID> candidates) {
		return new Submission(id, number, requestType, caseId, caseLabel, caseKind, unitId, partyId, partyName, title, facts, reasons,
				legalBasis, amount, penaltyKind, majorCase, minorInvolved, params, documentFields, officerIds, submittedBy, submittedByName,
				submittedAt, policyId, policyVersion, newState, step, round, at, dueAt, null, candidates, decidedAt, documentId,
				documentNumber, version + 1);
	}

	Submission decided(SubmissionState finalState, Instant at, @Nullable UUID docId, @Nullable String docNumber) {
		return new Submission(id, number, requestType, caseId, caseLabel, caseKind, unitId, partyId, partyName, title, facts, reasons,
				legalBasis, amount, penaltyKind, majorCase, minorInvolved, params, documentFields, officerIds, submittedBy, submittedByName,
				submittedAt, policyId, policyVersion, finalState, currentStep, round, at, null, null, List.of(), at, docId, docNumber,
				version + 1);
	}

	Submission revised(String newFacts, String newReasons, String newBasis, Map<String, String> newFields, Instant at) {
		return new Submission(id, number, requestType, caseId, caseLabel, caseKind, unitId, partyId, partyName, title, newFacts, newReasons,
				newBasis, amount, penaltyKind, majorCase, minorInvolved, params, newFields, officerIds, submittedBy, submittedByName,
				submittedAt, policyId, policyVersion, state, currentStep, round + 1, at, stepDueAt, escalatedAt, candidateIds,
				decidedAt, documentId, documentNumber, version);
	}

	Submission escalated(Instant at) {
		return new Submission(id, number, requestType, caseId, caseLabel, caseKind, unitId, partyId, partyName, title, facts, reasons,
				legalBasis, amount, penaltyKind, majorCase, minorInvolved, params, documentFields, officerIds, submittedBy, submittedByName,
				submittedAt, policyId, policyVersion, state, currentStep, round, waitingSince, stepDueAt, at, candidateIds,
				decidedAt, documentId, documentNumber, version + 1);
	}
}
