/**
 * 演示数据 — seeds the fictional 示范市公安局 (units, ~60 officers, one account per role) through the other
 * modules' public APIs, so the demo data is audited like any other write. Off in the {@code prod} profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "演示数据",
		allowedDependencies = { "organization", "officer", "identity", "shared", "custody", "property", "evidence" })
@org.jspecify.annotations.NullMarked
package org.zhifa.demo;
