package org.zhifa.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays out one legal document on A4 with margins after GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm):
 * the 发文机关 heading, the title, the 文号 right-aligned, the body as "label：value" paragraphs, the signature block
 * (issuing authority and the date in Chinese) with the seal area, and the 存根/回执 note at the foot. The CJK font is read
 * once and embedded (subset) in every PDF, so the document opens with the right characters anywhere.
 */
public class DocumentRenderer {

	private static final float MM = 72f / 25.4f;

	private final BaseFont font;

	/** Fails with a message naming the setting when the font file is missing or unreadable. */
	public DocumentRenderer(Path fontPath) {
		if (!Files.isReadable(fontPath)) {
			throw new IllegalStateException("找不到法律文书所需的中文字体文件 " + fontPath
					+ "：请安装 Debian 软件包 fonts-wqy-microhei，或用配置项 zhifa.document.font（环境变量 ZHIFA_DOCUMENT_FONT）指定一个 TrueType 字体");
		}
		String name = fontPath.getFileName().toString();
		try {
			// read into memory once: subsetting a file-backed font reads it unbuffered, byte by byte, on every render
			byte[] bytes = Files.readAllBytes(fontPath);
			font = BaseFont.createFont(name.toLowerCase().endsWith(".ttc") ? name + ",0" : name, BaseFont.IDENTITY_H,
					BaseFont.EMBEDDED, false, bytes, null);
		}
		catch (IOException | DocumentException ex) {
			throw new IllegalStateException("无法读取法律文书字体 " + fontPath + "（zhifa.document.font）：" + ex.getMessage(), ex);
		}
	}

	/** The embedded CJK font, shared with the dossier binder so the font file is read once. */
	public BaseFont font() {
		return font;
	}

	/** What goes on the page. {@code lines} are the filled body fields in template order. */
	public record Page(String documentId, String issuerName, String title, String number, @Nullable String caseLabel,
			@Nullable String correctionNote, List<Line> lines, String dateText, @Nullable String stubNote) {
	}

	public record Line(String label, String value) {
	}

	public byte[] render(Page page) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
		Document document = new Document(PageSize.A4, 28 * MM, 26 * MM, 37 * MM, 35 * MM);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.addTitle(page.title() + " " + page.number());
			document.addSubject(page.documentId());
			document.addCreator("Zhifa 执法办案平台");
			document.open();

			Font heading = new Font(font, 22, Font.BOLD);
			Font title = new Font(font, 22, Font.BOLD);
			Font body = new Font(font, 15);
			Font small = new Font(font, 10.5f);

			document.add(centered(page.issuerName(), heading, 0));
			Paragraph titleLine = centered(page.title(), title, 10);
			document.add(titleLine);
			Paragraph number = new Paragraph(page.number(), body);
			number.setAlignment(Element.ALIGN_RIGHT);
			number.setSpacingBefore(14);
			number.setSpacingAfter(16);
			document.add(number);
			if (page.correctionNote() != null) {
				document.add(bodyParagraph(page.correctionNote(), small, 0));
			}
			if (page.caseLabel() != null) {
				document.add(bodyParagraph("案件：" + page.caseLabel(), body, 0));
			}
			for (Line line : page.lines()) {
				Paragraph p = new Paragraph(28, "", body);
				p.add(new Chunk(line.label() + "：", new Font(font, 15, Font.BOLD)));
				p.add(new Chunk(line.value(), body));
				p.setFirstLineIndent(30);
				p.setSpacingAfter(4);
				document.add(p);
			}

			Paragraph signature = new Paragraph(30, page.issuerName() + "（印）\n" + page.dateText(), body);
			signature.setAlignment(Element.ALIGN_RIGHT);
			signature.setIndentationRight(18);
			signature.setSpacingBefore(48);
			document.add(signature);
			sealArea(writer.getDirectContent(), document.right() - 60, writer.getVerticalPosition(true) + 32);

			Paragraph foot = new Paragraph(16, (page.stubNote() == null ? "" : "注：" + page.stubNote() + "\n")
					+ "本文书经签发机关SM2电子签名，可在系统“文书验真”中核验。", small);
			foot.setSpacingBefore(36);
			document.add(foot);
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("法律文书排版失败：" + ex.getMessage(), ex);
		}
		return out.toByteArray();
	}

	/** The 印章 area: a dashed circle of 42 mm where the seal is applied, centred on the signature block. */
	private void sealArea(PdfContentByte canvas, float x, float y) {
		canvas.saveState();
		canvas.setRGBColorStroke(200, 40, 40);
		canvas.setLineWidth(0.8f);
		canvas.setLineDash(3, 3, 0);
		canvas.circle(x, y, 21 * MM);
		canvas.stroke();
		canvas.restoreState();
	}

	private static Paragraph centered(String text, Font font, float spacingBefore) {
		Paragraph p = new Paragraph(text, font);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setSpacingBefore(spacingBefore);
		return p;
	}

	private static Paragraph bodyParagraph(String text, Font font, float indent) {
		Paragraph p = new Paragraph(26, text, font);
		p.setIndentationLeft(indent);
		p.setSpacingAfter(4);
		return p;
	}
}
