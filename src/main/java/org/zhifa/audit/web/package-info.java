/** REST endpoints of the audit trail: the paged, scoped list and the chain verification. */
@org.jspecify.annotations.NullMarked
package org.zhifa.audit.web;
