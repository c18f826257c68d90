/**
 * How the audit trail is stored, sealed into its SM3 hash chain and verified; invisible to other modules.
 */
@org.jspecify.annotations.NullMarked
package org.zhifa.audit.internal;
