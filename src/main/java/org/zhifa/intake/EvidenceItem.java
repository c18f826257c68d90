package org.zhifa.intake;

import org.jspecify.annotations.Nullable;

/** One line of the 接受证据材料清单 (刑规170): what the reporter handed in, how many, and a description. */
public record EvidenceItem(String name, int quantity, @Nullable String description) {
}
