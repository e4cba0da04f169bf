/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;
import org.segmenta.report.ChartPalette;
import org.segmenta.report.ReportChart;
import org.segmenta.report.ReportFonts;
import org.segmenta.report.ReportLanguage;
import org.segmenta.report.ReportLimits;

/**
 * The report as an A4 PDF with PDFBox: text set in the bundled DejaVu Sans (embedded as a subset),
 * charts and diagrams as vector graphics in the same font, none of their text under
 * {@link #MINIMUM_TEXT}, a table of contents after the cover, chapters on new pages, bookmarks for
 * chapters and sections, and page numbers.
 */
final class PdfDocument implements ReportDocument, AutoCloseable {

	private static final float MARGIN = 56;
	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
	private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
	private static final float BOTTOM = MARGIN + 20; // room for the page number
	private static final float BODY = 10;
	/** The smallest text a figure may be drawn with, in points. */
	static final float MINIMUM_TEXT = 6;
	/** Points per layout unit of a chart or diagram where the page leaves room (an 800-unit chart fills the width). */
	private static final double FIGURE_SCALE = 0.62;
	private static final float CAPTION = 9;
	private static final float LEADING = 1.38f;
	private static final Color TEXT = new Color(0x222222);
	private static final Color MUTED = new Color(0x5F6B76);
	private static final Color ACCENT = new Color(0x3E6A8A);
	private static final Color RULE = new Color(0xD9DEE3);
	private static final Color BAND = new Color(0xF4F6F8);

	/** A chapter or section for the table of contents, with the index of its page. */
	private record TocEntry(int level, String title, int page) {
	}

	private final ReportLanguage language;
	private final PDDocument pdf = new PDDocument();
	private final List<TocEntry> toc = new ArrayList<>();
	private PDPage tocPage;
	private final PDType0Font regular;
	private final PDType0Font bold;
	private final PDType0Font italic;
	private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();
	private final PDDocumentOutline outline = new PDDocumentOutline();
	private PDOutlineItem chapter;
	private PDPage page;
	private PDPageContentStream content;
	private float y;
	private String title = "";

	PdfDocument(ReportLanguage language) throws IOException {
		this.language = language;
		pdf.getDocumentCatalog().setLanguage(language.tag());
		regular = load(ReportFonts.Face.REGULAR);
		bold = load(ReportFonts.Face.BOLD);
		italic = load(ReportFonts.Face.ITALIC);
		pdf.getDocumentCatalog().setDocumentOutline(outline);
	}

	private PDType0Font load(ReportFonts.Face face) throws IOException {
		try (InputStream stream = ReportFonts.open(face)) {
			return PDType0Font.load(pdf, stream, true);
		}
	}

	@Override
	public void cover(String title, String subtitle, List<Fact> facts) {
		this.title = title;
		newPage();
		fill(0, PDRectangle.A4.getHeight() - 300, PDRectangle.A4.getWidth(), 300, ACCENT);
		y = PDRectangle.A4.getHeight() - 120;
		for (String line : wrap(title, bold, 26, WIDTH)) {
			text(line, bold, 26, Color.WHITE, MARGIN);
			y -= 26 * 1.25f;
		}
		y -= 6;
		for (String line : wrap(subtitle, regular, 14, WIDTH)) {
			text(line, regular, 14, Color.WHITE, MARGIN);
			y -= 14 * LEADING;
		}
		y = PDRectangle.A4.getHeight() - 340;
		facts(facts);
		// the table of contents is written on this page once the pages of the sections are known
		newPage();
		tocPage = page;
	}

	@Override
	public void section(int level, String anchor, String title) {
		float size = switch (level) {
			case 1 -> 20;
			case 2 -> 15;
			default -> 12.5f;
		};
		if (level == 1) {
			newPage();
		} else {
			space(size * 1.2f);
			ensure(size * 4); // never a heading alone at the foot of a page
		}
		List<String> lines = wrap(title, bold, size, WIDTH);
		for (String line : lines) {
			y -= size;
			text(line, bold, size, level == 1 ? ACCENT : TEXT, MARGIN);
			y -= size * 0.35f;
		}
		if (level == 1) {
			fill(MARGIN, y - 2, WIDTH, 1.5f, ACCENT);
			y -= 10;
		} else {
			y -= 4;
		}
		bookmark(level, title);
		if (level <= 2) {
			toc.add(new TocEntry(level, title, pdf.getNumberOfPages() - 1));
		}
	}

	/** The contents: chapters and their sections with page numbers, only the chapters if both do not fit. */
	private void writeContents() throws IOException {
		if (tocPage == null) {
			return;
		}
		float available = TOP - BOTTOM - 60;
		List<TocEntry> entries = toc.size() * 15f <= available ? toc
				: toc.stream().filter(entry -> entry.level() == 1).toList();
		try (PDPageContentStream stream = new PDPageContentStream(pdf, tocPage, PDPageContentStream.AppendMode.APPEND,
				true, true)) {
			content = stream;
			y = TOP - 20;
			text(language.text("contents"), bold, 20, ACCENT, MARGIN);
			y -= 7;
			fill(MARGIN, y - 2, WIDTH, 1.5f, ACCENT);
			y -= 22;
			for (TocEntry entry : entries) {
				if (y < BOTTOM) {
					break;
				}
				boolean chapter = entry.level() == 1;
				PDType0Font font = chapter ? bold : regular;
				float size = chapter ? 10.5f : 9.5f;
				float x = chapter ? MARGIN : MARGIN + 16;
				String number = Integer.toString(entry.page() + 1);
				float numberWidth = width(number, font, size);
				List<String> title = wrap(entry.title(), font, size, WIDTH - (x - MARGIN) - numberWidth - 24);
				text(title.get(0), font, size, chapter ? TEXT : MUTED, x);
				text(number, font, size, chapter ? TEXT : MUTED, MARGIN + WIDTH - numberWidth);
				y -= chapter ? 16 : 14;
			}
		}
		content = null;
	}

	private void bookmark(int level, String title) {
		PDOutlineItem item = new PDOutlineItem();
		item.setTitle(title);
		item.setDestination(page);
		if (level == 1 || chapter == null) {
			outline.addLast(item);
			chapter = item;
		} else if (level == 2) {
			chapter.addLast(item);
		}
	}

	@Override
	public void paragraph(String text) {
		lines(text, regular, BODY, TEXT, MARGIN, WIDTH);
		y -= BODY * 0.6f;
	}

	@Override
	public void statement(String text) {
		lines(text, italic, 12, ACCENT, MARGIN, WIDTH);
		y -= 6;
	}

	@Override
	public void facts(List<Fact> facts) {
		float labelWidth = 130;
		for (Fact fact : facts) {
			List<String> values = wrap(fact.value(), regular, BODY, WIDTH - labelWidth);
			// long labels wrap in their column rather than run into the value
			List<String> labels = wrap(fact.label(), bold, BODY - 0.5f, labelWidth - 8);
			ensure(Math.max(values.size(), labels.size()) * BODY * LEADING);
			float top = y;
			lines(fact.label(), bold, BODY - 0.5f, MUTED, MARGIN, labelWidth - 8);
			float belowLabel = y;
			y = top;
			lines(fact.value(), regular, BODY, TEXT, MARGIN + labelWidth, WIDTH - labelWidth);
			y = Math.min(y, belowLabel);
		}
		y -= BODY * 0.6f;
	}

	@Override
	public void list(String caption, List<String> items) {
		ensure(BODY * LEADING * 2);
		lines(caption, bold, BODY, TEXT, MARGIN, WIDTH);
		for (String item : items) {
			List<String> wrapped = wrap(item, regular, BODY, WIDTH - 14);
			ensure(wrapped.size() * BODY * LEADING);
			float top = y;
			y -= BODY;
			text("•", regular, BODY, MUTED, MARGIN + 3);
			y = top;
			lines(item, regular, BODY, TEXT, MARGIN + 14, WIDTH - 14);
		}
		y -= BODY * 0.6f;
	}

	@Override
	public void table(Table table) {
		float size = 8.5f;
		float padding = 3;
		float[] widths = columnWidths(table, size);
		row(table.header(), widths, bold, size, padding, table, true);
		for (List<String> row : table.rows()) {
			row(row, widths, regular, size, padding, table, false);
		}
		y -= 10;
	}

	private void row(List<String> cells, float[] widths, PDType0Font font, float size, float padding, Table table,
			boolean header) {
		List<List<String>> wrapped = new ArrayList<>();
		int lines = 1;
		for (int c = 0; c < cells.size(); c++) {
			boolean detail = c == 0 && cells.get(c).startsWith(Table.INDENT);
			String cell = cells.get(c).replace(Table.INDENT, "");
			List<String> cellLines = wrap(cell, font, size, widths[c] - 2 * padding - (detail ? 10 : 0));
			wrapped.add(cellLines);
			lines = Math.max(lines, cellLines.size());
		}
		float height = lines * size * LEADING + 2 * padding;
		if (y - height < BOTTOM) {
			newPage();
			if (!header) { // repeat the header on the new page
				row(table.header(), widths, bold, size, padding, table, true);
			}
		}
		if (header) {
			fill(MARGIN, y - height, WIDTH, height, BAND);
		}
		float x = MARGIN;
		for (int c = 0; c < wrapped.size(); c++) {
			boolean detail = c == 0 && cells.get(c).startsWith(Table.INDENT);
			float lineY = y - padding;
			for (String line : wrapped.get(c)) {
				float lineX = x + padding + (detail ? 10 : 0);
				if (table.numeric().contains(c)) {
					lineX = x + widths[c] - padding - width(line, font, size);
				}
				float saved = y;
				y = lineY - size;
				text(line, font, size, detail ? MUTED : TEXT, lineX);
				y = saved;
				lineY -= size * LEADING;
			}
			x += widths[c];
		}
		y -= height;
		fill(MARGIN, y, WIDTH, header ? 1f : 0.5f, RULE);
	}

	/** Widths in proportion to each column's longest word and typical length, filling the text width. */
	private float[] columnWidths(Table table, float size) {
		int columns = table.header().size();
		float[] natural = new float[columns];
		float[] minimum = new float[columns];
		List<List<String>> all = new ArrayList<>(table.rows());
		all.add(table.header());
		for (List<String> row : all) {
			for (int c = 0; c < columns && c < row.size(); c++) {
				String cell = row.get(c).replace(Table.INDENT, "  ");
				natural[c] = Math.max(natural[c], Math.min(width(cell, regular, size), 260));
				for (String word : cell.split("\\s+")) {
					minimum[c] = Math.max(minimum[c], Math.min(width(word, bold, size) + 8, 120));
				}
			}
		}
		float total = 0;
		float least = 0;
		for (int c = 0; c < columns; c++) {
			natural[c] = Math.max(natural[c] + 8, minimum[c]);
			total += natural[c];
			least += minimum[c];
		}
		float[] widths = new float[columns];
		for (int c = 0; c < columns; c++) {
			// every column keeps room for its longest word (a number such as "30,0 %" is one) where the
			// page allows, and shares the rest by its natural width
			widths[c] = least <= WIDTH && total > least
					? minimum[c] + (natural[c] - minimum[c]) / (total - least) * (WIDTH - least)
					: natural[c] / total * WIDTH;
		}
		return widths;
	}

	@Override
	public void chart(ReportChart chart) {
		figure(chart, null);
	}

	/**
	 * The figure as vector graphics (its text stays text): in the flow of the page at its wanted
	 * scale; on a page of its own where that would shrink it (landscape when it is wider than tall);
	 * split over several such pages where even a page of its own would set its text below
	 * {@link #MINIMUM_TEXT}.
	 */
	@Override
	public void figure(ReportChart figure, String caption) {
		float captionHeight = caption == null ? 0 : captionHeight(caption, WIDTH);
		double wanted = FigureFit.wanted(figure, MINIMUM_TEXT, FIGURE_SCALE);
		FigureFit inFlow = FigureFit.of(figure, MINIMUM_TEXT, FIGURE_SCALE, WIDTH, TOP - BOTTOM - 14 - captionHeight);
		if (inFlow.whole() && inFlow.scale() >= 0.9 * wanted) {
			FigureFit.Part whole = inFlow.parts().get(0);
			float height = (float) inFlow.height(whole);
			ensure(height + 14 + captionHeight);
			float width = (float) inFlow.width(whole);
			y -= height;
			place(form(figure, Set.of()), figure, whole.scale(), whole.region(), MARGIN + (WIDTH - width) / 2, y);
			y -= 4;
			caption(caption, MARGIN, WIDTH);
			y -= 10;
			return;
		}
		PDRectangle size = figure.width() > figure.height() ? new PDRectangle(PDRectangle.A4.getHeight(),
				PDRectangle.A4.getWidth()) : PDRectangle.A4;
		float width = size.getWidth() - 2 * MARGIN;
		float captionLines = caption == null ? 0 : captionHeight(caption + " (00/00)", width);
		FigureFit own = FigureFit.of(figure, MINIMUM_TEXT, FIGURE_SCALE, width,
				size.getHeight() - MARGIN - BOTTOM - 14 - captionLines);
		String name = caption == null ? figure.title() : caption;
		int parts = own.parts().size();
		if (parts > ReportLimits.FIGURE_PARTS) {
			notice(language.text("limits.figureParts", name, language.count(parts), language.count(ReportLimits.FIGURE_PARTS)));
			return;
		}
		// parts that draw the same elements (pieces of one region) share one form
		Map<Set<String>, PDFormXObject> forms = new HashMap<>();
		for (int i = 0; i < parts; i++) {
			FigureFit.Part part = own.parts().get(i);
			newPage(size);
			float height = (float) own.height(part);
			y -= height;
			PDFormXObject form = forms.computeIfAbsent(part.shows(), shows -> form(figure, shows));
			place(form, figure, part.scale(), part.region(), MARGIN + (width - (float) own.width(part)) / 2, y);
			y -= 4;
			caption(own.whole() ? caption : own.caption(name, i, language), MARGIN, width);
		}
		// what follows goes on a new portrait page
		try {
			closeContent();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		page = null;
	}

	private PDFormXObject form(ReportChart figure, Set<String> shows) {
		try {
			return FigureText.draw(pdf, figure, shows, regular, bold, italic);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Draws {@code region} (layout units) of {@code figure}'s form at {@code scale} with its lower
	 * left corner at ({@code left}, {@code bottom}), clipped to the region.
	 */
	private void place(PDFormXObject form, ReportChart figure, double scale, Rectangle2D region, float left,
			float bottom) {
		try {
			float s = (float) scale;
			content.saveGraphicsState();
			content.addRect(left, bottom, (float) region.getWidth() * s, (float) region.getHeight() * s);
			content.clip();
			// the form's y axis points up from the figure's bottom edge
			float formBottom = (float) (figure.height() - region.getMaxY());
			content.transform(new Matrix(s, 0, 0, s, left - (float) region.getX() * s, bottom - formBottom * s));
			content.drawForm(form);
			content.restoreGraphicsState();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private float captionHeight(String caption, float width) {
		return wrap(caption, italic, CAPTION, width).size() * CAPTION * LEADING + 4;
	}

	private void caption(String caption, float x, float width) {
		if (caption != null) {
			lines(caption, italic, CAPTION, MUTED, x, width);
		}
	}

	@Override
	public void beginCard(String anchor, String title, String subtitle, Color accent) {
		space(10);
		ensure(120);
		float top = y;
		y -= 14;
		text(title, bold, 14, TEXT, MARGIN + 12);
		y -= 6;
		if (!subtitle.isBlank()) {
			lines(subtitle, regular, 9, MUTED, MARGIN + 12, WIDTH - 12);
		}
		fill(MARGIN, y, 5, top - y, accent);
		y -= 4;
	}

	@Override
	public void endCard() {
		fill(MARGIN, y, WIDTH, 0.75f, RULE);
		y -= 12;
	}

	/** The cards in up to three columns, in rows that share the page below the heading. */
	@Override
	public void segmentCards(SegmentCards cards) {
		if (!cards.base().isEmpty()) {
			// above the cards, which take the rest of the page
			paragraph(cards.base());
		}
		int count = cards.cards().size();
		int columns = Math.min(3, count);
		int rows = (count + columns - 1) / columns;
		float gap = 12;
		float width = (WIDTH - (columns - 1) * gap) / columns;
		float height = (y - BOTTOM - (rows - 1) * gap) / rows;
		float top = y;
		for (int i = 0; i < count; i++) {
			SegmentCards.Card card = cards.cards().get(i);
			float x = MARGIN + (i % columns) * (width + gap);
			float cardTop = top - (i / columns) * (height + gap);
			fill(x, cardTop - height, width, height, BAND);
			fill(x, cardTop - 5, width, 5, card.colour());
			y = cardTop - 10;
			float bottom = cardTop - height + 6;
			float inner = width - 16;
			x += 8;
			cardLines(card.name(), bold, 11.5f, card.colour().darker(), x, inner, bottom);
			cardLines(card.share(), bold, 16, card.colour().darker(), x, inner, bottom);
			cardLines(card.size(), regular, 8.5f, MUTED, x, inner, bottom);
			y -= 4;
			cardLines(card.statement(), italic, 9, TEXT, x, inner, bottom);
			y -= 4;
			for (String trait : card.traits()) {
				cardLines("• " + trait, regular, 8, TEXT, x, inner, bottom);
			}
			if (!card.persona().isEmpty()) {
				y -= 4;
				cardLines(card.persona(), bold, 9, TEXT, x, inner, bottom);
				cardLines(card.quote().isEmpty() ? "" : "“" + card.quote() + "”", italic, 8, MUTED, x, inner, bottom);
			}
		}
		y = top - rows * height - (rows - 1) * gap;
	}

	/** Lines inside a card, as many as fit above {@code bottom}. */
	private void cardLines(String text, PDType0Font font, float size, Color colour, float x, float width, float bottom) {
		if (text.isEmpty()) {
			return;
		}
		for (String line : wrap(text, font, size, width)) {
			if (y - size * LEADING < bottom) {
				return;
			}
			y -= size;
			text(line, font, size, colour, x);
			y -= size * (LEADING - 1);
		}
	}

	@Override
	public void quote(String text) {
		lines("“" + text + "”", italic, 11, TEXT, MARGIN + 12, WIDTH - 12);
		y -= 6;
	}

	@Override
	public void notice(String text) {
		List<String> wrapped = wrap(text, italic, BODY, WIDTH - 16);
		float height = wrapped.size() * BODY * LEADING + 12;
		ensure(height);
		fill(MARGIN, y - height, WIDTH, height, new Color(0xFFF8E6));
		y -= 6;
		lines(text, italic, BODY, TEXT, MARGIN + 8, WIDTH - 16);
		y -= 12;
	}

	/** Numbers the pages, sets the document information and writes the PDF. */
	void save(OutputStream out) throws IOException {
		closeContent();
		writeContents();
		int pages = pdf.getNumberOfPages();
		for (int i = 1; i < pages; i++) { // the cover has no number
			PDPage numbered = pdf.getPage(i);
			try (PDPageContentStream footer = new PDPageContentStream(pdf, numbered, PDPageContentStream.AppendMode.APPEND,
					true, true)) {
				content = footer;
				y = MARGIN - 4;
				text(title, regular, 8, MUTED, MARGIN);
				String number = (i + 1) + " / " + pages;
				float right = numbered.getMediaBox().getWidth() - MARGIN; // landscape pages are wider
				text(number, regular, 8, MUTED, right - width(number, regular, 8));
			}
		}
		content = null;
		PDDocumentInformation information = pdf.getDocumentInformation();
		information.setTitle(title);
		information.setCreator("Segmenta");
		pdf.save(out);
	}

	@Override
	public void close() throws IOException {
		closeContent();
		pdf.close();
	}

	private void newPage() {
		newPage(PDRectangle.A4);
	}

	private void newPage(PDRectangle size) {
		try {
			closeContent();
			page = new PDPage(size);
			pdf.addPage(page);
			content = new PDPageContentStream(pdf, page);
			y = size.getHeight() - MARGIN;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void closeContent() throws IOException {
		if (content != null) {
			content.close();
			content = null;
		}
	}

	private void ensure(float height) {
		if (page == null || y - height < BOTTOM) {
			newPage();
		}
	}

	private void space(float height) {
		if (y < TOP) {
			y -= height;
		}
	}

	/** Writes {@code text} wrapped to {@code width}, moving down line by line. */
	private void lines(String text, PDType0Font font, float size, Color colour, float x, float width) {
		for (String line : wrap(text, font, size, width)) {
			ensure(size * LEADING);
			y -= size;
			text(line, font, size, colour, x);
			y -= size * (LEADING - 1);
		}
	}

	/** Writes one line with its baseline at the current y. */
	private void text(String line, PDType0Font font, float size, Color colour, float x) {
		try {
			content.beginText();
			content.setFont(font, size);
			content.setNonStrokingColor(colour);
			content.newLineAtOffset(x, y);
			content.showText(printable(line, font));
			content.endText();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void fill(float x, float bottom, float width, float height, Color colour) {
		try {
			content.setNonStrokingColor(colour);
			content.addRect(x, bottom, width, height);
			content.fill();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private List<String> wrap(String text, PDType0Font font, float size, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\\R")) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (width(candidate, font, size) <= width || line.isEmpty()) {
					line.setLength(0);
					line.append(candidate);
				} else {
					lines.add(line.toString());
					line.setLength(0);
					line.append(word);
				}
				// a word longer than the line is broken by characters
				while (width(line.toString(), font, size) > width && line.length() > 1) {
					int cut = line.length() - 1;
					while (cut > 1 && width(line.substring(0, cut), font, size) > width) {
						cut--;
					}
					lines.add(line.substring(0, cut));
					line.delete(0, cut);
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private float width(String text, PDType0Font font, float size) {
		try {
			return font.getStringWidth(printable(text, font)) / 1000 * size;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code text} with characters the font has no glyph for (and control characters) replaced. */
	private String printable(String text, PDType0Font font) {
		Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
		StringBuilder printable = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			boolean ok = codePoint >= 0x20 && known.computeIfAbsent(codePoint, c -> {
				try {
					font.encode(Character.toString(c));
					return true;
				} catch (IllegalArgumentException | IOException e) {
					return false;
				}
			});
			printable.append(ok ? Character.toString(codePoint) : codePoint == '\t' ? " " : "?");
		});
		return printable.toString();
	}
}
