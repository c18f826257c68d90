package org.zhifa.document;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zhifa.document.internal.DocumentRenderer;
import org.zhifa.document.internal.Sm2;

/**
 * Time to render a typical one-page legal document (a 拘留证 with six body fields) to PDF with the embedded, subset CJK
 * font — the target is under 100 ms — and the same plus what issuing adds on the CPU: the SM3 hash and the SM2
 * signature. The font is read once, as in the application.
 * <p>
 * Run: {@code ./zhifa benchmark DocumentRenderBenchmark -f 1 -wi 3 -i 5}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@State(Scope.Benchmark)
public class DocumentRenderBenchmark {

	DocumentRenderer renderer;
	DocumentRenderer.Page page;
	Sm2.KeyPair key;

	@Setup
	public void setUp() {
		renderer = new DocumentRenderer(Path.of(System.getProperty("zhifa.document.font", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")));
		page = DocumentRendererTest.samplePage();
		key = Sm2.generate();
	}

	@Benchmark
	public byte[] render() {
		return renderer.render(page);
	}

	@Benchmark
	public byte[] renderHashAndSign() {
		byte[] pdf = renderer.render(page);
		Sm2.sm3Hex(pdf);
		return Sm2.sign(key.privateKey(), pdf);
	}
}
