package org.zhifa.cases;

import org.zhifa.intake.CaseKind;

/**
 * One entry of the offence catalogue (案由).
 *
 * @param certainty how sure the cited article is: P well known, U 待核实 (see docs/legal-facts.md)
 */
public record Offence(String code, String name, CaseKind kind, String legalBasis, String certainty) {
}
