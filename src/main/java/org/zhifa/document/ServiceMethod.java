package org.zhifa.document;

/** How a document reached the person it is served on (送达方式). */
public enum ServiceMethod {
	/** handed over in person, the recipient signs the 送达回执 */
	IN_PERSON("当面送达"),
	/** by post, the postal receipt is the proof */
	MAIL("邮寄送达"),
	/** the recipient refused; left at the residence in front of a witness */
	LEFT_AT_RESIDENCE("留置送达"),
	/** through another office or the recipient's unit */
	ENTRUSTED("委托送达"),
	/** to an electronic address the recipient agreed to */
	ELECTRONIC("电子送达"),
	/** recipient cannot be reached; public notice (at least 60 days, 行规36) */
	PUBLIC_NOTICE("公告送达");

	private final String label;

	ServiceMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
