package org.zhifa.cases;

import org.jspecify.annotations.Nullable;

/**
 * A party to add or the new details of one.
 *
 * @param citizenId 公民身份号码 as typed; {@code null} only for a suspect whose identity is unknown (身份不明)
 */
public record NewParty(PartyRole role, String name, @Nullable String citizenId) {
}
