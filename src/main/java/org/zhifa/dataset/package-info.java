/**
 * 规模数据 — generates a province-sized dataset (branches, stations, officers and, over three years, cases with their
 * parties, measures and clocks) straight into the tables of the other modules with set-based SQL, for benchmarks and
 * for trying the UI at size. A command-line entry ({@code ./zhifa generate}); never part of a normal start. Every
 * generated case reads "【生成数据】" so it is never mistaken for a real one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "规模数据", allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.zhifa.dataset;
