package org.zhifa.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * Where recordings are kept, addressed by their content. {@link #put} streams the content once — never holding it whole in
 * memory — computing its SHA-256 on the way, and returns only once the content is durable; the same content put twice is
 * kept once. The default is the local file system ({@code LocalRecordingStore}); an S3-compatible store implements the same
 * three operations.
 */
public interface RecordingStore {

	/** Stores everything the stream yields; an empty stream stores nothing and is refused. */
	StoredContent put(InputStream content) throws IOException;

	/** The content stored under this key, readable in ranges (for playback), if present. */
	Optional<Resource> open(String key);

	/** Removes content no recording refers to (a refused ingest that had just stored it). */
	void discard(String key) throws IOException;
}
