/** HTTP delivery of the document module: {@code /api/documents}, {@code /api/document-types}, {@code /api/document-issuers}. */
@org.jspecify.annotations.NullMarked
package org.zhifa.document.web;
