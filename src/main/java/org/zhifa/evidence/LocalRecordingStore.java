package org.zhifa.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.zhifa.shared.InvalidInput;

/**
 * The default {@link RecordingStore}: files under {@code zhifa.evidence.storage-directory}, named by their key (the
 * SHA-256; content stored before the seal existed is named by its SM3) in 256 sub-folders ({@code ab/abcdef…}). Content
 * streams through a 1 MiB buffer into a temporary file in the same directory tree, hashed on the way
 * ({@link ContentDigests#copy}), is forced to the disk, and is then moved to its name — so memory stays flat whatever the
 * size, a reader never sees a half-written file, an acknowledged upload survives a power cut, and identical content ends
 * up as one file.
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
			ContentDigests.Copied copied;
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				copied = ContentDigests.copy(content, Channels.newOutputStream(channel));
				channel.force(true);
			}
			if (copied.size() == 0) {
				throw new InvalidInput("body", "录像文件为空");
			}
			String key = copied.sha256();
			Path target = path(key);
			if (Files.exists(target)) {
				return new StoredContent(key, key, copied.size(), true);
			}
			Files.createDirectories(target.getParent());
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, target);
			}
			catch (FileAlreadyExistsException ex) {
				return new StoredContent(key, key, copied.size(), true);
			}
			forceDirectory(target.getParent());
			return new StoredContent(key, key, copied.size(), false);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	@Override
	public Optional<Resource> open(String key) {
		Path p = path(key);
		return Files.isRegularFile(p) ? Optional.of(new FileSystemResource(p)) : Optional.empty();
	}

	@Override
	public void discard(String key) throws IOException {
		Files.deleteIfExists(path(key));
	}

	/** Makes the file's new name durable too (its directory entry); where a platform cannot, the move stands as it is. */
	private static void forceDirectory(Path directory) {
		try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
			dir.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// some file systems cannot open a directory for syncing; the file's own content was forced above
		}
	}

	private Path path(String key) {
		if (!key.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a hex digest: " + key);
		}
		return root.resolve(key.substring(0, 2)).resolve(key);
	}
}
