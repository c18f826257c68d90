/** REST endpoints of the supervision module (docs/api.md § Stalled cases). */
@org.jspecify.annotations.NullMarked
package org.zhifa.supervision.web;
