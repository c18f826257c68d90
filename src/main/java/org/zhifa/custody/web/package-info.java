/** REST endpoints of the custody module (docs/api.md § Case-handling centre). */
@org.jspecify.annotations.NullMarked
package org.zhifa.custody.web;
