package org.zhifa.document;

import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one serialization of manifests: compact JSON, members in declaration order, instants as ISO-8601 UTC. The
 * signature is over {@link #bytes} of the manifest, so the same bytes come back from a parsed manifest — and a manifest
 * with members it does not know is refused rather than silently re-serialized without them.
 */
final class ManifestJson {

	private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

	private ManifestJson() {
	}

	static byte[] bytes(DossierManifest manifest) {
		return JSON.writeValueAsBytes(manifest);
	}

	static String text(DossierManifest manifest) {
		return new String(bytes(manifest), StandardCharsets.UTF_8);
	}

	static DossierManifest manifest(String text) {
		return JSON.readValue(text, DossierManifest.class);
	}

	static String signedText(DossierManifest.Signed signed) {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(signed);
	}

	/** The handed-over file (manifest and signature); a malformed one throws. */
	static DossierManifest.Signed signed(byte[] file) throws JacksonException {
		return JSON.readValue(file, DossierManifest.Signed.class);
	}
}
