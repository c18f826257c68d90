package org.zhifa.document;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.document.internal.DossierBinder;
import org.zhifa.document.internal.Sm2;
import org.zhifa.shared.InvalidInput;
import tools.jackson.core.JacksonException;

/**
 * Checks a handed-over dossier: the manifest's SM2 signature against the signing unit's key registered here; that the
 * manifest is one this system stored at export; that its items and pages add up; that the PDF, if given, is the one the
 * manifest hashes and has its page count; and that every item is still, byte for byte, the item the system holds. An item
 * removed from or added to the manifest breaks the signature; a changed byte of the PDF breaks its hash. Holding the
 * manifest is what entitles one to ask, so no data scope applies beyond {@code dossier:read}; every check is audited.
 */
@Service
public class DossierVerification {

	private final Dossiers dossiers;
	private final DossierExports exports;
	private final SigningKeys keys;
	private final AuditTrail audit;

	DossierVerification(Dossiers dossiers, DossierExports exports, SigningKeys keys, AuditTrail audit) {
		this.dossiers = dossiers;
		this.exports = exports;
		this.keys = keys;
		this.audit = audit;
	}

	@Transactional
	public DossierCheck verify(byte[] manifestFile, byte @Nullable [] pdf) {
		DossierManifest.Signed signed = parse(manifestFile);
		DossierManifest manifest = signed.manifest();
		byte[] signedBytes = ManifestJson.bytes(manifest);
		List<DossierCheck.Step> steps = new ArrayList<>();

		steps.add(signature(signed, signedBytes));
		Optional<java.util.UUID> stored = exports.byManifestSm3(Sm2.sm3Hex(signedBytes)).filter(id -> id.equals(manifest.exportId()));
		steps.add(new DossierCheck.Step("导出登记", stored.isPresent(), stored.isPresent() ? "系统中登记有该次导出（" + manifest.volumeName()
				+ " 第" + manifest.sequence() + "次导出），清单与登记的完全一致" : "系统中没有与该清单完全一致的导出记录"));
		steps.add(consistency(manifest));
		if (pdf != null) {
			steps.add(pdf(manifest, pdf));
		}
		steps.add(items(manifest));

		boolean valid = steps.stream().allMatch(DossierCheck.Step::passed);
		String reason = valid
				? "核验通过：清单签名有效，" + (pdf == null ? "" : "PDF与清单一致，") + manifest.itemCount() + " 件材料与系统登记一致"
				: "核验未通过：" + steps.stream().filter(s -> !s.passed()).map(s -> s.name() + "——" + s.detail()).findFirst().orElseThrow();
		audit.record(AuditRecord.of("dossier.verified", "dossier-export", manifest.exportId(),
				(valid ? "电子卷宗核验通过：" : "电子卷宗核验未通过：") + manifest.caseLabel() + " " + manifest.volumeName() + "；" + reason));
		return new DossierCheck(valid, reason, manifest.exportId(), manifest.caseLabel(), manifest.volumeName(), manifest.unitName(),
				manifest.itemCount(), pdf != null, steps);
	}

	private static DossierManifest.Signed parse(byte[] file) {
		if (file.length == 0) {
			throw new InvalidInput("manifest", "请上传电子卷宗清单文件");
		}
		DossierManifest.Signed signed;
		try {
			signed = ManifestJson.signed(file);
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInput("manifest", "清单文件无法识别：不是本系统导出的电子卷宗清单");
		}
		if (signed == null || signed.manifest() == null || signed.signature() == null || signed.manifest().items() == null
				|| !DossierManifest.FORMAT.equals(signed.manifest().format())) {
			throw new InvalidInput("manifest", "清单文件无法识别：缺少清单内容或签名，或格式不是 " + DossierManifest.FORMAT);
		}
		return signed;
	}

	private DossierCheck.Step signature(DossierManifest.Signed signed, byte[] signedBytes) {
		var signature = signed.signature();
		var key = signature.keyId() == null ? Optional.<SigningKeys.SigningKey>empty() : keys.byId(signature.keyId());
		if (key.isEmpty()) {
			return new DossierCheck.Step("清单签名", false, "签名密钥不是本系统登记的签发机关密钥");
		}
		if (!HexFormat.of().formatHex(key.get().publicKey()).equalsIgnoreCase(String.valueOf(signature.publicKey()))) {
			return new DossierCheck.Step("清单签名", false, "清单所附公钥与系统登记的签发机关公钥不一致");
		}
		if (!key.get().unitId().equals(signed.manifest().unitId())) {
			return new DossierCheck.Step("清单签名", false, "签名密钥不属于清单所写的办案单位");
		}
		byte[] value;
		try {
			value = Base64.getDecoder().decode(String.valueOf(signature.value()));
		}
		catch (IllegalArgumentException ex) {
			return new DossierCheck.Step("清单签名", false, "签名值不是有效的Base64");
		}
		boolean holds = Sm2.verify(key.get().publicKey(), signedBytes, value);
		return new DossierCheck.Step("清单签名", holds, holds ? "办案单位“" + signed.manifest().unitName() + "”的SM2签名验证通过"
				: "SM2签名验证失败：清单在签名后被改动（材料被增删或内容被修改）");
	}

	private static DossierCheck.Step consistency(DossierManifest manifest) {
		List<DossierManifest.Item> items = manifest.items();
		int next = DossierBinder.frontPages(items.size()) + 1;
		for (int i = 0; i < items.size(); i++) {
			DossierManifest.Item item = items.get(i);
			if (item.position() != i + 1 || item.firstPage() != next || item.lastPage() < item.firstPage()) {
				return new DossierCheck.Step("清单完整性", false, "第 " + (i + 1) + " 件材料的序号或页码不连续");
			}
			next = item.lastPage() + 1;
		}
		boolean holds = manifest.itemCount() == items.size() && next - 1 == manifest.pageCount();
		return new DossierCheck.Step("清单完整性", holds, holds ? items.size() + " 件材料，页码连续，共 " + manifest.pageCount() + " 页"
				: "材料件数或总页数与清单所列不符");
	}

	private static DossierCheck.Step pdf(DossierManifest manifest, byte[] pdf) {
		String sm3 = Sm2.sm3Hex(pdf);
		if (!sm3.equals(manifest.pdfSm3())) {
			return new DossierCheck.Step("卷宗PDF", false, "PDF的SM3（" + sm3 + "）与清单所列（" + manifest.pdfSm3() + "）不一致：文件被改动或不是该次导出");
		}
		int pages;
		try {
			pages = DossierBinder.pageCount(pdf);
		}
		catch (RuntimeException ex) {
			return new DossierCheck.Step("卷宗PDF", false, "PDF无法读取");
		}
		return new DossierCheck.Step("卷宗PDF", pages == manifest.pageCount(), pages == manifest.pageCount()
				? "PDF与清单的SM3一致，共 " + pages + " 页" : "PDF页数 " + pages + " 与清单所列 " + manifest.pageCount() + " 不符");
	}

	private DossierCheck.Step items(DossierManifest manifest) {
		for (DossierManifest.Item item : manifest.items()) {
			Optional<String> now;
			try {
				now = dossiers.source(item.kind()).storedSm3(item.id());
			}
			catch (InvalidInput ex) {
				return new DossierCheck.Step("卷内材料", false, "第 " + item.position() + " 件材料的类别“" + item.kind() + "”本系统不认识");
			}
			if (now.isEmpty()) {
				return new DossierCheck.Step("卷内材料", false, "第 " + item.position() + " 件材料“" + item.title() + "”在系统中不存在");
			}
			if (!now.get().equals(item.sm3())) {
				return new DossierCheck.Step("卷内材料", false, "第 " + item.position() + " 件材料“" + item.title() + "”的SM3与系统登记的不一致");
			}
		}
		return new DossierCheck.Step("卷内材料", true, "每件材料的SM3都与系统中签发时登记的一致");
	}
}
