package org.zhifa.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled seed the demo bureau at start-up (ignored when a bureau already exists)
 * @param password the password of every demo account
 */
@ConfigurationProperties("zhifa.demo")
record DemoSettings(@DefaultValue("true") boolean enabled, @DefaultValue("Zhifa@2026") String password) {
}
