package org.zhifa.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfImportedPage;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Binds one volume of a dossier into a single PDF: a cover, the table of contents (卷内文书目录) with each item's pages,
 * then every item's stored PDF page by page — copied, not re-rendered — and "第 N 页 共 M 页" stamped at the foot of every
 * page. The table of contents has a fixed number of rows per page so its length, and with it every page number, is known
 * before anything is written. Items are read one at a time ({@code content}) and the result goes to a stream, so memory
 * holds one item, not the volume.
 */
public class DossierBinder {

	/** Rows of the table of contents per page; the layout below is drawn for exactly this many. */
	public static final int TOC_ROWS = 25;

	private static final float LEFT = 50;
	private static final float RIGHT = 545;

	private final BaseFont font;

	public DossierBinder(BaseFont font) {
		this.font = font;
	}

	/** What the cover says. */
	public record Cover(String caseLabel, String volumeName, String unitName, String exportedAt, String exportedBy, int sequence,
			int itemCount) {
	}

	/**
	 * One line of the table of contents; {@code note} (e.g. which 文号 a correction corrects) is printed small under the
	 * title; {@code pages} is the item's own page count.
	 */
	public record Entry(String title, @Nullable String note, @Nullable String number, String issuedOn, int pages) {
	}

	/** Where each item landed: {@code firstPages[i]} is item i's first page in the bound volume; {@code pageCount} the total. */
	public record Bound(int pageCount, int[] firstPages) {
	}

	/** Pages before the first item: the cover and the table of contents. */
	public static int frontPages(int items) {
		return 1 + Math.max(1, (items + TOC_ROWS - 1) / TOC_ROWS);
	}

	/** The first page of every item, in order, given their page counts. */
	public static int[] firstPages(List<Entry> entries) {
		int[] first = new int[entries.size()];
		int next = frontPages(entries.size()) + 1;
		for (int i = 0; i < entries.size(); i++) {
			first[i] = next;
			next += entries.get(i).pages();
		}
		return first;
	}

	/** Writes the bound volume to {@code out}; {@code content.apply(i)} gives item i's stored PDF. */
	public Bound bind(Cover cover, List<Entry> entries, IntFunction<byte[]> content, OutputStream out) {
		int[] first = firstPages(entries);
		int total = frontPages(entries.size()) + entries.stream().mapToInt(Entry::pages).sum();
		Document document = new Document(PageSize.A4);
		try {
			PdfCopy copy = new PdfCopy(document, out);
			document.addTitle(cover.caseLabel() + " " + cover.volumeName());
			document.addCreator("Zhifa 执法办案平台 电子卷宗");
			document.open();
			int page = 0;
			PdfReader front = new PdfReader(frontMatter(cover, entries, first, total));
			for (int p = 1; p <= front.getNumberOfPages(); p++) {
				addStamped(copy, copy.getImportedPage(front, p), ++page, total);
			}
			copy.freeReader(front);
			front.close();
			for (int i = 0; i < entries.size(); i++) {
				PdfReader reader = new PdfReader(content.apply(i));
				if (reader.getNumberOfPages() != entries.get(i).pages()) {
					throw new IllegalStateException("卷宗材料“" + entries.get(i).title() + "”的页数在装订时发生变化");
				}
				for (int p = 1; p <= reader.getNumberOfPages(); p++) {
					addStamped(copy, copy.getImportedPage(reader, p), ++page, total);
				}
				copy.freeReader(reader);
				reader.close();
			}
			document.close();
			return new Bound(total, first);
		}
		catch (IOException | DocumentException ex) {
			throw new IllegalStateException("电子卷宗装订失败：" + ex.getMessage(), ex);
		}
	}

	/** The page count of a stored PDF. */
	public static int pageCount(byte[] pdf) {
		try {
			PdfReader reader = new PdfReader(pdf);
			try {
				return reader.getNumberOfPages();
			}
			finally {
				reader.close();
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("无法读取卷宗材料的PDF：" + ex.getMessage(), ex);
		}
	}

	private void addStamped(PdfCopy copy, PdfImportedPage imported, int page, int total) throws IOException, DocumentException {
		PdfCopy.PageStamp stamp = copy.createPageStamp(imported);
		PdfContentByte over = stamp.getOverContent();
		float width = imported.getWidth();
		ColumnText.showTextAligned(over, Element.ALIGN_CENTER, new Phrase("第 " + page + " 页 共 " + total + " 页", new Font(font, 10.5f)),
				width / 2, 22, 0);
		stamp.alterContents();
		copy.addPage(imported);
	}

	private byte[] frontMatter(Cover cover, List<Entry> entries, int[] first, int total) throws DocumentException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
		Document document = new Document(PageSize.A4);
		PdfWriter writer = PdfWriter.getInstance(document, bytes);
		document.open();
		PdfContentByte canvas = writer.getDirectContent();

		// cover
		text(canvas, "电子卷宗", 30, (LEFT + RIGHT) / 2, 680, Element.ALIGN_CENTER, 0);
		text(canvas, cover.volumeName(), 26, (LEFT + RIGHT) / 2, 620, Element.ALIGN_CENTER, 0);
		String[][] lines = { { "案件", cover.caseLabel() }, { "办案单位", cover.unitName() }, { "卷别", cover.volumeName() },
				{ "卷内材料", cover.itemCount() + " 件，共 " + total + " 页" }, { "导出时间", cover.exportedAt() },
				{ "导出人", cover.exportedBy() }, { "导出次序", "第 " + cover.sequence() + " 次导出" } };
		float y = 520;
		for (String[] line : lines) {
			text(canvas, line[0] + "：", 14, 110, y, Element.ALIGN_LEFT, 0);
			text(canvas, line[1], 14, 190, y, Element.ALIGN_LEFT, RIGHT - 190);
			y -= 32;
		}
		text(canvas, "本卷附卷宗清单（含每件材料及整卷PDF的SM3哈希，经办案单位SM2签名），可在系统“电子卷宗—核验”中核对。", 9.5f,
				(LEFT + RIGHT) / 2, 120, Element.ALIGN_CENTER, 0);

		// table of contents
		int pages = Math.max(1, (entries.size() + TOC_ROWS - 1) / TOC_ROWS);
		for (int p = 0; p < pages; p++) {
			document.newPage();
			canvas = writer.getDirectContent();
			text(canvas, "卷内文书目录", 20, (LEFT + RIGHT) / 2, 780, Element.ALIGN_CENTER, 0);
			text(canvas, cover.caseLabel() + "　" + cover.volumeName(), 10.5f, (LEFT + RIGHT) / 2, 756, Element.ALIGN_CENTER, RIGHT - LEFT);
			float row = 725;
			header(canvas, row);
			canvas.moveTo(LEFT, row - 7);
			canvas.lineTo(RIGHT, row - 7);
			canvas.stroke();
			for (int i = p * TOC_ROWS; i < Math.min(entries.size(), (p + 1) * TOC_ROWS); i++) {
				row -= 25;
				Entry e = entries.get(i);
				int last = first[i] + e.pages() - 1;
				text(canvas, String.valueOf(i + 1), 10.5f, LEFT + 12, row, Element.ALIGN_CENTER, 0);
				text(canvas, e.title(), 10.5f, LEFT + 30, e.note() == null ? row : row + 3, Element.ALIGN_LEFT, 150);
				if (e.note() != null) {
					text(canvas, e.note(), 7, LEFT + 30, row - 7, Element.ALIGN_LEFT, 152);
				}
				text(canvas, e.number() == null ? "" : e.number(), 10, LEFT + 185, row, Element.ALIGN_LEFT, 185);
				text(canvas, e.issuedOn(), 10, LEFT + 375, row, Element.ALIGN_LEFT, 70);
				text(canvas, first[i] == last ? String.valueOf(first[i]) : first[i] + "-" + last, 10.5f, RIGHT, row, Element.ALIGN_RIGHT, 0);
			}
		}
		document.close();
		return bytes.toByteArray();
	}

	private void header(PdfContentByte canvas, float row) {
		text(canvas, "序号", 10.5f, LEFT + 12, row, Element.ALIGN_CENTER, 0);
		text(canvas, "材料名称", 10.5f, LEFT + 30, row, Element.ALIGN_LEFT, 0);
		text(canvas, "文号", 10.5f, LEFT + 185, row, Element.ALIGN_LEFT, 0);
		text(canvas, "日期", 10.5f, LEFT + 375, row, Element.ALIGN_LEFT, 0);
		text(canvas, "页码", 10.5f, RIGHT, row, Element.ALIGN_RIGHT, 0);
	}

	/** One line of text; with {@code maxWidth > 0} shortened with … to fit, so a row never wraps and the layout holds. */
	private void text(PdfContentByte canvas, String value, float size, float x, float y, int align, float maxWidth) {
		String shown = value;
		if (maxWidth > 0 && font.getWidthPoint(shown, size) > maxWidth) {
			while (!shown.isEmpty() && font.getWidthPoint(shown + "…", size) > maxWidth) {
				shown = shown.substring(0, shown.length() - 1);
			}
			shown = shown + "…";
		}
		ColumnText.showTextAligned(canvas, align, new Phrase(shown, new Font(font, size)), x, y, 0);
	}
}
