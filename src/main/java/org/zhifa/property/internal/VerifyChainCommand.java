package org.zhifa.property.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.zhifa.property.ChainCheck;
import org.zhifa.property.ChainExport;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./zhifa verify-chain file.json}: verifies a custody-chain export with nothing but the file — no server, no
 * database (docs/property-chain.md). Prints one line per item and exits 0 when every chain holds, 1 at any break, 2 when
 * the file cannot be read.
 */
public final class VerifyChainCommand {

	private VerifyChainCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 1) {
			err.println("用法：./zhifa verify-chain 导出文件.json");
			return 2;
		}
		ChainExport export;
		try {
			export = JsonMapper.builder().build().readValue(Files.readAllBytes(Path.of(args[0])), ChainExport.class);
		}
		catch (java.io.IOException | JacksonException ex) {
			err.println("无法读取导出文件 " + args[0] + "：" + ex.getMessage());
			return 2;
		}
		List<ChainCheck> checks = export.verify();
		boolean valid = true;
		for (ChainCheck c : checks) {
			if (c.valid()) {
				out.println("通过  " + c.itemCode() + "：" + c.checkedEvents() + " 条流转记录完整");
			}
			else {
				valid = false;
				out.println("失败  " + c.itemCode() + "：自第 " + c.firstBadSeq() + " 条起不可信 — " + c.reason());
			}
		}
		out.println((valid ? "校验通过" : "校验未通过") + "：共 " + checks.size() + " 件财物（格式 " + export.format() + "，导出于 " + export.exportedAt()
				+ "，导出人 " + export.exportedBy() + "）");
		return valid ? 0 : 1;
	}
}
