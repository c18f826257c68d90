package org.zhifa.property;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;

/**
 * The printable label of an item (一物一码): a 100 × 60 mm PDF page with the QR code of the item's code — what the
 * store's scanner reads — and the code, description, case, measure, holder, seizure date and document in the CJK font the
 * legal documents embed ({@code zhifa.document.font}). Printing is audited.
 */
@Service
@Transactional(readOnly = true)
public class Labels {

	private static final float MM = 72f / 25.4f;
	private static final float TEXT_SIZE = 7.5f;
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

	private final PropertyAccess access;
	private final AuditTrail audit;
	private final BaseFont font;

	Labels(PropertyAccess access, AuditTrail audit, @Value("${zhifa.document.font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}") Path fontPath) {
		this.access = access;
		this.audit = audit;
		this.font = cjk(fontPath);
	}

	/** An instant as a Beijing-time minute, "2026-03-02 10:00". */
	static String beijing(Instant at) {
		return MINUTE.format(at);
	}

	private static BaseFont cjk(Path path) {
		String name = path.getFileName().toString();
		try {
			return BaseFont.createFont(name.toLowerCase().endsWith(".ttc") ? name + ",0" : name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
					Files.readAllBytes(path), null);
		}
		catch (IOException | DocumentException ex) {
			throw new IllegalStateException("无法读取涉案财物标签字体 " + path + "（zhifa.document.font）：" + ex.getMessage(), ex);
		}
	}

	@Transactional
	public byte[] label(UUID itemId) {
		PropertyItem item = access.read(itemId);
		byte[] pdf = render(item);
		audit.record(AuditRecord.of("property.label-printed", PropertyAccess.SUBJECT, item.id(), item.code() + " " + item.description() + "：打印标签"));
		return pdf;
	}

	byte[] render(PropertyItem item) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
		Document document = new Document(new Rectangle(100 * MM, 60 * MM), 0, 0, 0, 0);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.addTitle("涉案财物标签 " + item.code());
			document.addCreator("Zhifa 执法办案平台");
			document.open();
			PdfContentByte canvas = writer.getDirectContent();
			qr(canvas, item.code(), 4 * MM, 14 * MM, 38 * MM);
			text(canvas, item.code(), 4 * MM, 8 * MM, 9);
			text(canvas, "涉案财物标签", 46 * MM, 52 * MM, 11);
			float y = 46 * MM;
			for (String line : new String[] { "名称：" + item.description(), "数量：" + item.quantity().toPlainString() + item.quantityUnit(),
					"措施：" + item.measure().label() + " · " + item.category().label(), "持有人：" + item.holderName(),
					"时间：" + beijing(item.seizedAt()), "文书：" + item.documentNumber(), "案件：" + item.caseLabel() }) {
				for (String part : wrap(line, 51 * MM, TEXT_SIZE, 2)) {
					if (y < 3 * MM) {
						break;
					}
					text(canvas, part, 46 * MM, y, TEXT_SIZE);
					y -= 3.6f * MM;
				}
			}
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("涉案财物标签排版失败：" + ex.getMessage(), ex);
		}
		return out.toByteArray();
	}

	private void text(PdfContentByte canvas, String s, float x, float y, float size) {
		canvas.beginText();
		canvas.setFontAndSize(font, size);
		canvas.setTextMatrix(x, y);
		canvas.showText(s);
		canvas.endText();
	}

	/** The QR code of the text as filled squares, {@code size} points wide with its quiet zone. */
	static void qr(PdfContentByte canvas, String text, float x, float y, float size) {
		BitMatrix m;
		try {
			m = new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("二维码生成失败：" + ex.getMessage(), ex);
		}
		float cell = size / m.getWidth();
		canvas.saveState();
		canvas.setRGBColorFill(0, 0, 0);
		for (int row = 0; row < m.getHeight(); row++) {
			for (int col = 0; col < m.getWidth(); col++) {
				if (m.get(col, row)) {
					canvas.rectangle(x + col * cell, y + size - (row + 1) * cell, cell, cell);
				}
			}
		}
		canvas.fill();
		canvas.restoreState();
	}

	/** The text in lines no wider than {@code width} points, at most {@code max} lines (the last one cut with "…"). */
	private List<String> wrap(String s, float width, float size, int max) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		while (start < s.length() && lines.size() < max) {
			int end = start + 1;
			while (end < s.length() && font.getWidthPoint(s.substring(start, end + 1), size) <= width) {
				end++;
			}
			String line = s.substring(start, end);
			if (lines.size() == max - 1 && end < s.length()) {
				line = line.substring(0, Math.max(1, line.length() - 1)) + "…";
			}
			lines.add(line);
			start = end;
		}
		return lines;
	}

}
