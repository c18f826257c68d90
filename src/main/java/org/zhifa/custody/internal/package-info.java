/** The custody module's scheduled alarm sweep. */
@org.jspecify.annotations.NullMarked
package org.zhifa.custody.internal;
