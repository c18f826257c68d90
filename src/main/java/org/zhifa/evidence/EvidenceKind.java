package org.zhifa.evidence;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of evidence (刑事诉讼法第五十条; 行政处罚法第四十六条): each record under a case is one of them, and each kind says
 * what a record of it must rest on ({@code requires}: at least one of them) and what it may rest on ({@code allows}):
 * <ul>
 * <li>物证 is a seized item of the case (一物一码): it needs the property item, and a recording is not 物证 but 视听资料;</li>
 * <li>视听资料 and 电子数据 need the recording or the property item holding the original storage medium (调取的监控U盘,
 * 扣押的手机);</li>
 * <li>证人证言, 被害人陈述, 供述和辩解, 当事人的陈述 need the 笔录 they were taken in, or the recording that replaces it
 * (执法记录仪 in 快速办理) or records it (同步录音录像); they rest on no property item;</li>
 * <li>书证 and 鉴定意见 may rest on an item (the original seized, the 检材) but not on a recording;</li>
 * <li>笔录 kinds (勘验、检查、辨认 …, 现场笔录) may rest on any of them.</li>
 * </ul>
 * A legal document of the case (调取证据通知书, 扣押决定书, 鉴定意见通知书 …) and a 笔录 title may be named by any kind.
 */
public enum EvidenceKind {
	PHYSICAL("物证", EnumSet.of(Basis.PROPERTY_ITEM), EnumSet.of(Basis.PROPERTY_ITEM)),
	DOCUMENTARY("书证", EnumSet.noneOf(Basis.class), EnumSet.of(Basis.PROPERTY_ITEM)),
	WITNESS_TESTIMONY("证人证言", Basis.STATEMENT, Basis.STATEMENT),
	VICTIM_STATEMENT("被害人陈述", Basis.STATEMENT, Basis.STATEMENT),
	SUSPECT_STATEMENT("犯罪嫌疑人供述和辩解", Basis.STATEMENT, Basis.STATEMENT),
	PARTY_STATEMENT("当事人的陈述", Basis.STATEMENT, Basis.STATEMENT),
	EXPERT_OPINION("鉴定意见", EnumSet.noneOf(Basis.class), EnumSet.of(Basis.PROPERTY_ITEM)),
	INSPECTION_RECORD("勘验、检查、辨认、侦查实验等笔录", EnumSet.noneOf(Basis.class), EnumSet.of(Basis.RECORDING, Basis.PROPERTY_ITEM)),
	SCENE_RECORD("现场笔录", EnumSet.noneOf(Basis.class), EnumSet.of(Basis.RECORDING, Basis.PROPERTY_ITEM)),
	AUDIOVISUAL("视听资料", Basis.MEDIUM, Basis.MEDIUM),
	ELECTRONIC_DATA("电子数据", Basis.MEDIUM, Basis.MEDIUM);

	/** What a record rests on besides a legal document (which any kind may name), with the input field that carries it. */
	public enum Basis {
		TRANSCRIPT("transcript", "笔录"), RECORDING("recordingId", "录像"), PROPERTY_ITEM("propertyItemId", "涉案财物");

		static final Set<Basis> STATEMENT = EnumSet.of(TRANSCRIPT, RECORDING);
		static final Set<Basis> MEDIUM = EnumSet.of(RECORDING, PROPERTY_ITEM);

		private final String field;
		private final String label;

		Basis(String field, String label) {
			this.field = field;
			this.label = label;
		}

		public String field() {
			return field;
		}

		public String label() {
			return label;
		}
	}

	private final String label;
	private final Set<Basis> requires;
	private final Set<Basis> allows;

	EvidenceKind(String label, Set<Basis> requires, Set<Basis> allows) {
		this.label = label;
		this.requires = Collections.unmodifiableSet(EnumSet.copyOf(requires));
		// a 笔录 title may be named by every kind
		EnumSet<Basis> all = EnumSet.of(Basis.TRANSCRIPT);
		all.addAll(allows);
		this.allows = Collections.unmodifiableSet(all);
	}

	public String label() {
		return label;
	}

	/** At least one of these must be given, in the order a refusal names them (none: the kind stands on its own text). */
	public Set<Basis> requires() {
		return requires;
	}

	/** What a record of this kind may rest on. */
	public boolean allows(Basis basis) {
		return allows.contains(basis);
	}
}
