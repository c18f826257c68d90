package org.zhifa.property.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhifa.property.Photos;
import org.zhifa.property.PropertyPhoto;

/**
 * docs/api.md § Property, photos: uploading needs {@code property:register} or {@code property:custody} covering the item's
 * case unit, reading {@code property:read}; an item outside the caller's scope is not found.
 */
@RestController
@RequestMapping("/api/property/items/{id}/photos")
class PropertyPhotoController {

	private final Photos photos;

	PropertyPhotoController(Photos photos) {
		this.photos = photos;
	}

	/** One photo as a {@code multipart/form-data} part named {@code file}, with its image type (no such part: 400 {@code file}). */
	@PostMapping
	@PreAuthorize("hasAnyAuthority('property:register', 'property:custody')")
	PropertyPhoto add(@PathVariable UUID id, @RequestPart(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
		return photos.add(id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
				file == null ? null : file.getBytes());
	}

	@GetMapping
	@PreAuthorize("hasAuthority('property:read')")
	List<PropertyPhoto> list(@PathVariable UUID id) {
		return photos.of(id);
	}

	/** The photo's bytes as uploaded, with their SM3 (the one the item's chain cites) in {@code X-Content-SM3}. */
	@GetMapping("/{photoId}")
	@PreAuthorize("hasAuthority('property:read')")
	ResponseEntity<byte[]> content(@PathVariable UUID id, @PathVariable UUID photoId) {
		PropertyPhoto.Content c = photos.content(id, photoId);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(c.photo().mediaType()))
			.cacheControl(CacheControl.noCache().cachePrivate()).header("X-Content-SM3", c.photo().sm3())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(c.photo().fileName(), java.nio.charset.StandardCharsets.UTF_8)
				.build().toString())
			.body(c.bytes());
	}
}
