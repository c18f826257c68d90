package org.zhifa.evidence;

/**
 * The kinds of evidence (刑事诉讼法第五十条; 行政处罚法第四十六条): each record under a case is one of them. 视听资料 and
 * 电子数据 usually come from a recording, 物证 from a seized property item, statements and opinions from a 笔录 or document.
 */
public enum EvidenceKind {
	PHYSICAL("物证"), DOCUMENTARY("书证"), WITNESS_TESTIMONY("证人证言"), VICTIM_STATEMENT("被害人陈述"),
	SUSPECT_STATEMENT("犯罪嫌疑人供述和辩解"), PARTY_STATEMENT("当事人的陈述"), EXPERT_OPINION("鉴定意见"),
	INSPECTION_RECORD("勘验、检查、辨认、侦查实验等笔录"), SCENE_RECORD("现场笔录"), AUDIOVISUAL("视听资料"), ELECTRONIC_DATA("电子数据");

	private final String label;

	EvidenceKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
