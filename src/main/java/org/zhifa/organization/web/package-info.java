/** HTTP delivery of the organization module: {@code /api/units} and {@code /api/unit-kinds} (see docs/api.md). */
@org.jspecify.annotations.NullMarked
package org.zhifa.organization.web;
