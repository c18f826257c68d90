/** REST endpoints of the cases module (docs/api.md § Cases). */
@org.jspecify.annotations.NullMarked
package org.zhifa.cases.web;
