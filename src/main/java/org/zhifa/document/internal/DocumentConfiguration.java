package org.zhifa.document.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The renderer (font read once), the dossier binder on the same font and the key seal, both checked at start-up so a missing font or secret stops the start. */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

	@Bean
	DocumentRenderer documentRenderer(DocumentSettings settings) {
		return new DocumentRenderer(settings.font());
	}

	@Bean
	DossierBinder dossierBinder(DocumentRenderer renderer) {
		return new DossierBinder(renderer.font());
	}

	@Bean
	KeySeal documentKeySeal(DocumentSettings settings) {
		return new KeySeal(settings.keySecret());
	}
}
