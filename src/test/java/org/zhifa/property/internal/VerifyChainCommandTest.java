package org.zhifa.property.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.audit.Sm3Chain;
import org.zhifa.property.ChainEvent;
import org.zhifa.property.ChainExport;

import tools.jackson.databind.json.JsonMapper;

/** The verifier command on export files written to disk: a good chain passes, a changed byte of an event fails naming it. */
class VerifyChainCommandTest {

	@TempDir
	Path dir;

	@Test
	void anIntactExportPassesAndAChangedEventFailsAtItsSequence() throws Exception {
		List<ChainEvent> events = new ArrayList<>();
		String prev = Sm3Chain.GENESIS;
		String[] kinds = { "registered", "checked-in", "loan-requested", "loan-approved", "checked-out", "returned" };
		for (int i = 0; i < kinds.length; i++) {
			ChainEvent e = ChainEvent.linked("CW202600000001", i + 1, kinds[i], UUID.randomUUID(), "张三", UUID.randomUUID(),
					Instant.parse("2026-03-02T02:00:00.123456Z").plusSeconds(60L * i), i == 0 ? null : "电子物证库 E-01（柜）", "城公（刑）扣字〔2026〕12号",
					"{\"step\":" + i + ",\"note\":\"含 | 和 = 的说明\"}", prev);
			events.add(e);
			prev = e.hash();
		}
		ChainExport export = new ChainExport(ChainEvent.FORMAT, Instant.now(), "测试", null,
				List.of(new ChainExport.Item("CW202600000001", "手机", "测试案件", events.size(), prev, events)));
		JsonMapper json = JsonMapper.builder().build();
		Path good = dir.resolve("good.json");
		Files.writeString(good, json.writeValueAsString(export));
		assertThat(run(good.toString())).startsWith("0|").contains("通过  CW202600000001：6 条");

		Path bad = dir.resolve("bad.json");
		Files.writeString(bad, Files.readString(good).replaceFirst("\"loan-approved\"", "\"loan-rejected\""));
		assertThat(run(bad.toString())).startsWith("1|").contains("自第 4 条起不可信");

		Path garbage = dir.resolve("garbage.json");
		Files.writeString(garbage, "{not json");
		assertThat(run(garbage.toString())).startsWith("2|");
	}

	private static String run(String file) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
		int code = VerifyChainCommand.run(new String[] { file }, ps, ps);
		return code + "|" + out.toString(StandardCharsets.UTF_8);
	}
}
