package org.zhifa.document;

import org.zhifa.shared.RuleViolation;

/** A volume without items has nothing to export. */
public class DossierVolumeEmpty extends RuleViolation {

	DossierVolumeEmpty(DossierVolume volume) {
		super("dossier-volume-empty", "该卷没有材料", "本案" + volume.label() + "中还没有任何材料，无法导出。");
	}
}
