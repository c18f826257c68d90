/**
 * 审计 — the append-only, SM3 hash-chained audit trail of every write and every sensitive read.
 * <p>
 * How an entry gets into the chain: a module calls {@link org.zhifa.audit.AuditTrail#record} inside the
 * transaction of the write it audits; that only INSERTs an <em>unsealed</em> row, so the entry commits or
 * rolls back with the write and concurrent writers never wait on one another. A single sealer (one at a
 * time across all nodes, guarded by a PostgreSQL advisory lock) then takes the committed unsealed rows in
 * id order, gives them the next gap-free chain sequence numbers and computes
 * {@code hash = SM3(previous_hash || canonical content)}. It runs every {@code zhifa.audit.seal-interval}
 * (200 ms) and is woken right after each commit, so an entry is normally sealed within milliseconds and at
 * most one interval (plus one batch) after its commit; until then it is listed with {@code sealed = false}
 * and counted as pending by verification. Should writers outrun the sealer for a while (sealing a row costs about
 * as much as inserting it), the unsealed backlog grows and is worked off in order afterwards: entries are
 * sealed later, never lost or reordered. {@link org.zhifa.audit.AuditChain} lists and verifies the chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.zhifa.audit;
