package org.zhifa.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * Where recordings are kept, addressed by their SM3. {@link #put} streams the content once — never holding it whole in
 * memory — computing SM3 and SHA-256 on the way; the same content put twice is kept once. The default is the local file
 * system ({@code LocalRecordingStore}); an S3-compatible store implements the same three operations.
 */
public interface RecordingStore {

	/** Stores everything the stream yields; an empty stream stores nothing and is refused. */
	StoredContent put(InputStream content) throws IOException;

	/** The stored content, readable in ranges (for playback), if present. */
	Optional<Resource> open(String sm3);

	/** Removes content no recording refers to (a refused ingest that had just stored it). */
	void discard(String sm3) throws IOException;
}
