package org.zhifa.calendar;

/** How sure the rule's legal content is (the marks of docs/legal-facts.md); P and U are shown as 待核实. */
public enum Certainty {

	/** Verified in a full-text copy of the regulation. */
	V("已核实"),
	/** Seen only in an excerpt; article number or details may be off. */
	P("待核实"),
	/** Not verified; an assumption. */
	U("待核实");

	private final String label;

	Certainty(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean needsVerification() {
		return this != V;
	}
}
