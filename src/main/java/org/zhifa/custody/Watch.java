package org.zhifa.custody;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One shift of the watch log (看管): who watched the person from when to when (open while it runs). */
public record Watch(int seq, UUID watcherId, String watcherName, Instant from, @Nullable Instant to) {
}
