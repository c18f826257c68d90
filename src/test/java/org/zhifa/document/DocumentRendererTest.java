package org.zhifa.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.zhifa.document.internal.DocumentRenderer;
import org.zhifa.document.internal.KeySeal;
import org.zhifa.document.internal.Sm2;

/** The renderer and the 国密 primitives on their own, without Spring. */
class DocumentRendererTest {

	static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

	static DocumentRenderer.Page samplePage() {
		return new DocumentRenderer.Page("00000000-0000-0000-0000-000000000001", "示范市公安局", "拘留证", "示公(刑)拘字〔2026〕00123号",
				"A3301000000002026030001 张三涉嫌盗窃案", null,
				List.of(new DocumentRenderer.Line("被拘留人", "张三"), new DocumentRenderer.Line("性别", "男"),
						new DocumentRenderer.Line("住址", "示范市东城区城关街道幸福路12号"),
						new DocumentRenderer.Line("涉嫌罪名", "盗窃罪"),
						new DocumentRenderer.Line("法律依据", "根据《中华人民共和国刑事诉讼法》第八十二条之规定"),
						new DocumentRenderer.Line("送往看守所", "示范市看守所")),
				"二〇二六年三月二日", "本证副本交看守所。");
	}

	@Test
	void renderedPdfCarriesTheChineseTitleNumberAndDate() throws Exception {
		byte[] pdf = new DocumentRenderer(FONT).render(samplePage());
		PdfReader reader = new PdfReader(pdf);
		String text = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(reader.getNumberOfPages()).isEqualTo(1);
		assertThat(text).contains("拘留证", "示公(刑)拘字〔2026〕00123号", "示范市公安局", "被拘留人", "张三", "二〇二六年三月二日");
		assertThat(reader.getInfo().get("Subject")).isEqualTo("00000000-0000-0000-0000-000000000001");
	}

	@Test
	void missingFontStopsTheStartWithTheSettingNamed() {
		assertThatThrownBy(() -> new DocumentRenderer(Path.of("/nonexistent/font.ttc"))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("zhifa.document.font").hasMessageContaining("fonts-wqy-microhei");
	}

	@Test
	void missingKeySecretStopsTheStartWithTheSettingNamed() {
		assertThatThrownBy(() -> new KeySeal("")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("zhifa.document.key-secret");
		assertThatThrownBy(() -> new KeySeal("short")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void sealedPrivateKeyOpensOnlyForItsUnitAndSecret() {
		var unit = java.util.UUID.randomUUID();
		byte[] sealed = new KeySeal("a-secret-of-enough-length").seal(unit, new byte[] { 1, 2, 3 });
		assertThat(new KeySeal("a-secret-of-enough-length").open(unit, sealed)).containsExactly(1, 2, 3);
		assertThatThrownBy(() -> new KeySeal("another-secret-of-length").open(unit, sealed)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new KeySeal("a-secret-of-enough-length").open(java.util.UUID.randomUUID(), sealed))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void sm2SignatureFailsForAChangedByteOrAnotherKey() {
		Sm2.KeyPair pair = Sm2.generate();
		byte[] message = "示公(刑)拘字〔2026〕00123号".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] signature = Sm2.sign(pair.privateKey(), message);
		assertThat(Sm2.verify(pair.publicKey(), message, signature)).isTrue();
		byte[] changed = message.clone();
		changed[3] ^= 1;
		assertThat(Sm2.verify(pair.publicKey(), changed, signature)).isFalse();
		assertThat(Sm2.verify(Sm2.generate().publicKey(), message, signature)).isFalse();
		// GB/T 32905 test vector: SM3("abc")
		assertThat(Sm2.sm3Hex("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
			.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}
}
