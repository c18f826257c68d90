/** REST endpoints of the approval module (docs/api.md § Approvals). */
@org.jspecify.annotations.NullMarked
package org.zhifa.approval.web;
