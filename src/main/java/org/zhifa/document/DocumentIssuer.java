package org.zhifa.document;

import java.util.UUID;

/**
 * How a unit appears on the documents it issues: the 发文机关 printed as heading and signature, and the abbreviation
 * that opens its 文号 (示公 in 示公(刑)拘字〔2026〕00123号).
 *
 * @param customized false while the defaults derived from the unit tree apply (nothing stored yet)
 * @param version 0 while not customized; optimistic lock of the stored settings otherwise
 */
public record DocumentIssuer(UUID unitId, String unitName, String abbreviation, String issuerName, boolean customized, long version) {
}
