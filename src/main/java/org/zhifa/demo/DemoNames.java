package org.zhifa.demo;

/** Fictional names for the demo roster: surnames × given names, never repeating within the first 400. */
final class DemoNames {

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱",
			"高", "林", "何", "郭", "马", "罗" };
	private static final String[] GIVEN = { "建国", "志强", "海燕", "晓明", "立新", "丽华", "振华", "文静", "国栋", "春梅", "伟",
			"敏", "磊", "静怡", "浩然", "子涵", "思远", "雨桐", "建军", "红霞" };

	private DemoNames() {
	}

	static String at(int index) {
		return SURNAMES[index % SURNAMES.length] + GIVEN[(index / SURNAMES.length + index * 7) % GIVEN.length];
	}
}
