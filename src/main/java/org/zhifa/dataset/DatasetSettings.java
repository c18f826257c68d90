package org.zhifa.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cases how many cases to generate; 0 (the default) leaves the generator off
 * @param branches 分局/县局 to add under the bureau (each with a 法制大队 and its stations)
 * @param stationsPerBranch 派出所 per branch
 * @param officersPerStation sworn officers per station (plus a quarter as many 辅警)
 * @param years the cases spread over this many years up to today
 * @param seed the random seed: the same seed gives the same dataset
 */
@ConfigurationProperties("zhifa.dataset")
record DatasetSettings(@DefaultValue("0") int cases, @DefaultValue("90") int branches, @DefaultValue("15") int stationsPerBranch,
		@DefaultValue("20") int officersPerStation, @DefaultValue("3") int years, @DefaultValue("0.42") double seed) {
}
