/** The workbench REST API (docs/api.md § Workbench). */
@org.jspecify.annotations.NullMarked
package org.zhifa.workbench.web;
