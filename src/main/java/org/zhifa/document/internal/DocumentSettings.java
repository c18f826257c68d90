package org.zhifa.document.internal;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the document module.
 *
 * @param font the CJK TrueType font (collection) embedded in every PDF; Debian's fonts-wqy-microhei by default
 * @param keySecret the secret the issuing units' SM2 private keys are encrypted under (AES-GCM); at least 16 characters,
 *        and it must never change once documents are issued, or the stored keys can no longer be opened
 */
@ConfigurationProperties("zhifa.document")
public record DocumentSettings(@DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") Path font,
		@Nullable String keySecret) {
}
