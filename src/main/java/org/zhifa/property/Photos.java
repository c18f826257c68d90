package org.zhifa.property;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.Sm3Chain;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;

/**
 * 照片 of an item, uploaded by the case officer (when registering what was seized) or the custodian (at check-in, on
 * return): JPEG, PNG or WebP — the declared type must match the file's own signature — up to
 * {@code zhifa.property.photo-max-bytes} (10 MiB by default). Each photo is kept with its SM3 and appended to the item's
 * custody chain as {@code photo-added} citing that SM3, and audited, in one transaction. Read within the item's data scope.
 */
@Service
@Transactional(readOnly = true)
public class Photos {

	static final Set<String> MEDIA_TYPES = Set.of("image/jpeg", "image/png", "image/webp");

	private final PhotoRecords photos;
	private final PropertyAccess access;
	private final long maxBytes;

	Photos(PhotoRecords photos, PropertyAccess access, @Value("${zhifa.property.photo-max-bytes:10485760}") long maxBytes) {
		this.photos = photos;
		this.access = access;
		this.maxBytes = maxBytes;
	}

	/** Adds a photo: by whoever may register under the item's case or keeps it ({@code property:register} or {@code property:custody}). */
	@Transactional
	public PropertyPhoto add(UUID itemId, @Nullable String fileName, @Nullable String mediaType, byte @Nullable [] bytes) {
		boolean registers = access.canOperate(PropertyAccess.REGISTER, access.read(itemId).unitId());
		PropertyItem item = access.lock(itemId, null, registers ? PropertyAccess.REGISTER : PropertyAccess.CUSTODY);
		if (bytes == null || bytes.length == 0) {
			throw new InvalidInput("file", "请选择照片文件");
		}
		if (bytes.length > maxBytes) {
			throw new InvalidInput("file", "照片不能超过 " + maxBytes / (1024 * 1024) + " MiB（本文件 " + bytes.length + " 字节）");
		}
		String type = mediaType == null ? "" : mediaType.strip().toLowerCase(java.util.Locale.ROOT);
		if (!MEDIA_TYPES.contains(type)) {
			throw new InvalidInput("file", "照片须为 JPEG、PNG 或 WebP 格式");
		}
		if (!signatureMatches(type, bytes)) {
			throw new InvalidInput("file", "文件内容不是所声明的图片格式（" + type + "）");
		}
		String name = fileName == null || fileName.isBlank() ? "photo" : fileName.strip();
		if (name.length() > 200) {
			throw new InvalidInput("file", "文件名不能超过200个字");
		}
		String sm3 = Sm3Chain.digest(bytes);
		photos.bySm3(item.id(), sm3).ifPresent(earlier -> {
			throw new PhotoAlreadyAdded(item, earlier);
		});
		var now = access.now();
		var actor = CurrentActor.get();
		PropertyPhoto photo = new PropertyPhoto(UUID.randomUUID(), item.id(), name, type, bytes.length, sm3, now, actor.officerId(), actor.displayName());
		photos.insert(photo, bytes);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("photo", photo.id().toString());
		details.put("fileName", name);
		details.put("mediaType", type);
		details.put("size", bytes.length);
		details.put("sm3", sm3);
		access.write(item, item, "photo-added", now, null, null, "添加照片 " + name + "（SM3 " + sm3 + "）", details);
		return photo;
	}

	/** The item's photos, in the order they were added. */
	public List<PropertyPhoto> of(UUID itemId) {
		return photos.ofItem(access.read(itemId).id());
	}

	/** One photo's bytes. */
	public PropertyPhoto.Content content(UUID itemId, UUID photoId) {
		return photos.content(access.read(itemId).id(), photoId).orElseThrow(() -> new NotFound("照片", photoId));
	}

	/** Whether the bytes start as the declared image type's files do. */
	static boolean signatureMatches(String type, byte[] b) {
		return switch (type) {
			case "image/jpeg" -> startsWith(b, 0, 0xFF, 0xD8, 0xFF);
			case "image/png" -> startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
			case "image/webp" -> startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P');
			default -> false;
		};
	}

	private static boolean startsWith(byte[] b, int offset, int... expected) {
		if (b.length < offset + expected.length) {
			return false;
		}
		int[] actual = new int[expected.length];
		for (int i = 0; i < expected.length; i++) {
			actual[i] = b[offset + i] & 0xFF;
		}
		return Arrays.equals(actual, expected);
	}
}
