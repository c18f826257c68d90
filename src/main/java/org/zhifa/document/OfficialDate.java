package org.zhifa.document;

import java.time.LocalDate;

/**
 * A date as official documents write it: the year digit by digit with 〇, month and day in Chinese numerals —
 * 2026-03-02 is 二〇二六年三月二日, 2026-12-31 is 二〇二六年十二月三十一日.
 */
public final class OfficialDate {

	private static final String DIGITS = "〇一二三四五六七八九";

	private OfficialDate() {
	}

	public static String of(LocalDate date) {
		StringBuilder text = new StringBuilder();
		String.valueOf(date.getYear()).chars().forEach(c -> text.append(DIGITS.charAt(c - '0')));
		return text.append('年').append(upToThirtyOne(date.getMonthValue())).append('月')
			.append(upToThirtyOne(date.getDayOfMonth())).append('日').toString();
	}

	/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 31 → 三十一. */
	private static String upToThirtyOne(int n) {
		int tens = n / 10;
		int ones = n % 10;
		String head = tens == 0 ? "" : (tens == 1 ? "十" : DIGITS.charAt(tens) + "十");
		return head + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
	}
}
