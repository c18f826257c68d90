package org.zhifa.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.zhifa.shared.InvalidInput;

/**
 * The default {@link RecordingStore}: files under {@code zhifa.evidence.storage-directory}, named by their SM3 in 256
 * sub-folders ({@code ab/abcdef…}). Content streams through a few 1 MiB buffers into a temporary file in the same directory
 * tree, hashed on the way ({@link ContentDigests}), and is then moved to its name — so memory stays flat whatever the size,
 * a reader never sees a half-written file, and identical content ends up as one file.
 */
@Component
class LocalRecordingStore implements RecordingStore {

	private final Path root;

	LocalRecordingStore(EvidenceSettings settings) {
		this.root = settings.storageDirectory().toAbsolutePath().normalize();
	}

	@Override
	public StoredContent put(InputStream content) throws IOException {
		Path incoming = Files.createDirectories(root.resolve("incoming"));
		Path temp = Files.createTempFile(incoming, "recording-", ".part");
		try {
			ContentDigests.Result digests;
			try (OutputStream file = Files.newOutputStream(temp)) {
				digests = ContentDigests.copy(content, file);
			}
			if (digests.size() == 0) {
				throw new InvalidInput("body", "录像文件为空");
			}
			String sm3 = digests.sm3();
			String sha256 = digests.sha256();
			Path target = path(sm3);
			if (Files.exists(target)) {
				return new StoredContent(sm3, sha256, digests.size(), true);
			}
			Files.createDirectories(target.getParent());
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, target);
			}
			catch (FileAlreadyExistsException ex) {
				return new StoredContent(sm3, sha256, digests.size(), true);
			}
			return new StoredContent(sm3, sha256, digests.size(), false);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	@Override
	public Optional<Resource> open(String sm3) {
		Path p = path(sm3);
		return Files.isRegularFile(p) ? Optional.of(new FileSystemResource(p)) : Optional.empty();
	}

	@Override
	public void discard(String sm3) throws IOException {
		Files.deleteIfExists(path(sm3));
	}

	private Path path(String sm3) {
		if (!sm3.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not an SM3 hex digest: " + sm3);
		}
		return root.resolve(sm3.substring(0, 2)).resolve(sm3);
	}
}
