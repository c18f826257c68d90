package org.zhifa.shared;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Set;

/**
 * 公民身份号码 under GB 11643-1999: six digits of the registered region (address code), eight of the birth date, three
 * of the sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character (0–9 or X). {@link #parse}
 * checks all three and says in Chinese what is wrong; the 15-digit numbers issued before 1999 are not accepted (they
 * were replaced by law, 居民身份证法 2004).
 */
public record CitizenId(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final String CHECK = "10X98765432";
	/** Province-level prefixes of GB/T 2260, plus 81/82/83 of the residence permits for 港澳台 residents. */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
			"35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71",
			"81", "82", "83");
	private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);
	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
	/** Age of criminal and administrative majority (刑法第十七条; 治安管理处罚法第十二条): under 18 is a minor. */
	private static final int MAJORITY = 18;

	public CitizenId {
		if (!isWellFormed(value)) {
			throw new IllegalArgumentException("not a valid 公民身份号码: " + value);
		}
	}

	/**
	 * Parses a number as typed (lower-case x accepted, spaces around ignored), or explains in {@link InvalidInput} on
	 * {@code field} why it is not one, as of {@code today} (a birth date after today is refused).
	 */
	public static CitizenId parse(String field, String text, LocalDate today) {
		String v = text.strip().toUpperCase(Locale.ROOT);
		String problem = problem(v, today);
		if (problem != null) {
			throw new InvalidInput(field, problem);
		}
		return new CitizenId(v);
	}

	/** Why the text is not a valid number, or {@code null} when it is one. */
	public static @org.jspecify.annotations.Nullable String problem(String v, LocalDate today) {
		if (!v.matches("[0-9]{17}[0-9X]")) {
			return "公民身份号码须为18位：17位数字加1位校验码（数字或X）";
		}
		if (!PROVINCES.contains(v.substring(0, 2))) {
			return "公民身份号码的地址码无效：" + v.substring(0, 6);
		}
		LocalDate birth;
		try {
			birth = LocalDate.parse(v.substring(6, 14), BIRTH);
		}
		catch (DateTimeParseException e) {
			return "公民身份号码中的出生日期无效：" + v.substring(6, 14);
		}
		if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
			return "公民身份号码中的出生日期不合理：" + birth;
		}
		if (v.charAt(17) != checkCharacter(v)) {
			return "公民身份号码校验码错误，请核对";
		}
		return null;
	}

	private static boolean isWellFormed(String v) {
		return problem(v, LocalDate.MAX) == null;
	}

	/** The check character for the first 17 digits. */
	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	public LocalDate birthDate() {
		return LocalDate.parse(value.substring(6, 14), BIRTH);
	}

	public boolean male() {
		return (value.charAt(16) - '0') % 2 == 1;
	}

	public String regionCode() {
		return value.substring(0, 6);
	}

	/** Full years of age on a day. */
	public int ageOn(LocalDate day) {
		return Period.between(birthDate(), day).getYears();
	}

	/** Under 18 on that day (未成年人). */
	public boolean minorOn(LocalDate day) {
		return ageOn(day) < MAJORITY;
	}

	/** The number with the birth date and sequence masked, for lists and public pages: 110101********123X → 1101**********123X. */
	public String masked() {
		return value.substring(0, 4) + "**********" + value.substring(14);
	}

	@Override
	public String toString() {
		return masked();
	}
}
