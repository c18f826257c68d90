package org.zhifa.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhifa.shared.DomainException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ingests recordings dropped into {@code zhifa.evidence.watch-directory} (a device dock's export folder): each video
 * {@code x.mp4} with its sidecar {@code x.mp4.json} — {@code {"deviceCode", "badge"?, "startedAt", "endedAt", "location"?,
 * "mediaType"?}} — is ingested as the system, then both files move to {@code done/}; a refused one moves to {@code failed/}
 * with {@code x.mp4.error.txt} saying why (unknown device, bad times, already ingested). A sidecar whose video is not there yet
 * waits for the next poll; the dock writes the sidecar last.
 */
@Component
class FolderIngest {

	private static final Logger log = LoggerFactory.getLogger(FolderIngest.class);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RecordingIngest ingest;
	private final @Nullable Path folder;

	FolderIngest(RecordingIngest ingest, EvidenceSettings settings) {
		this.ingest = ingest;
		this.folder = settings.watchDirectory();
	}

	@Scheduled(initialDelayString = "${zhifa.evidence.watch-interval:30s}", fixedDelayString = "${zhifa.evidence.watch-interval:30s}")
	void scheduled() {
		if (folder != null) {
			poll();
		}
	}

	/** One pass over the folder; returns how many recordings were ingested. */
	int poll() {
		if (folder == null || !Files.isDirectory(folder)) {
			return 0;
		}
		List<Path> sidecars;
		try (Stream<Path> files = Files.list(folder)) {
			sidecars = files.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
		}
		catch (IOException ex) {
			log.warn("cannot list the watch folder {}: {}", folder, ex.getMessage());
			return 0;
		}
		int ingested = 0;
		for (Path sidecar : sidecars) {
			String name = sidecar.getFileName().toString();
			Path video = sidecar.resolveSibling(name.substring(0, name.length() - ".json".length()));
			if (Files.isRegularFile(video) && one(video, sidecar)) {
				ingested++;
			}
		}
		return ingested;
	}

	private boolean one(Path video, Path sidecar) {
		SecurityContextHolder.clearContext();
		try {
			JsonNode m = JSON.readTree(Files.readString(sidecar, StandardCharsets.UTF_8));
			NewRecording metadata = new NewRecording(text(m, "deviceCode"), optional(m, "badge"), Instant.parse(text(m, "startedAt")),
					Instant.parse(text(m, "endedAt")), optional(m, "location"), video.getFileName().toString(), optional(m, "mediaType"));
			Recording r;
			try (InputStream in = Files.newInputStream(video)) {
				r = ingest.fromFolder(metadata, in);
			}
			move(video, sidecar, "done", null);
			log.info("ingested {} from the watch folder as {} ({})", video.getFileName(), r.number(), r.status());
			return true;
		}
		catch (DomainException | IllegalArgumentException | java.time.format.DateTimeParseException | tools.jackson.core.JacksonException ex) {
			move(video, sidecar, "failed", ex.getMessage());
			log.warn("refused {} from the watch folder: {}", video.getFileName(), ex.getMessage());
			return false;
		}
		catch (IOException ex) {
			log.warn("cannot read {} from the watch folder (left for the next poll): {}", video.getFileName(), ex.getMessage());
			return false;
		}
	}

	private static String text(JsonNode m, String field) {
		String v = optional(m, field);
		if (v == null) {
			throw new IllegalArgumentException("附带的元数据缺少 " + field);
		}
		return v;
	}

	private static @Nullable String optional(JsonNode m, String field) {
		JsonNode v = m.get(field);
		return v == null || v.isNull() || v.asString().isBlank() ? null : v.asString();
	}

	private void move(Path video, Path sidecar, String to, @Nullable String error) {
		try {
			Path dir = Files.createDirectories(video.resolveSibling(to));
			Files.move(video, dir.resolve(video.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			Files.move(sidecar, dir.resolve(sidecar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			if (error != null) {
				Files.writeString(dir.resolve(video.getFileName() + ".error.txt"), error + System.lineSeparator(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			log.warn("cannot move {} to {}/: {}", video.getFileName(), to, ex.getMessage());
		}
	}
}
