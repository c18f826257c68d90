package org.zhifa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Zhifa (执法) — law-enforcement case handling and supervision platform.
 * One Spring Modulith application; each direct sub-package is an application module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ZhifaApplication {

	public static void main(String[] args) {
		SpringApplication.run(ZhifaApplication.class, args);
	}
}
