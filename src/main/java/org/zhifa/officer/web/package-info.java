/** HTTP delivery of the officer module: {@code /api/officers} and {@code /api/officer-roles} (see docs/api.md). */
@org.jspecify.annotations.NullMarked
package org.zhifa.officer.web;
