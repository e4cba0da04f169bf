/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.awt.Color;
import java.util.List;

import org.segmenta.report.ChartPalette;
import org.segmenta.report.ReportChart;
import org.segmenta.report.ReportFonts;
import org.segmenta.report.ReportLanguage;

/**
 * The report as one self-contained HTML page: embedded style sheet, charts as inline SVG, no
 * scripts and no external requests, with a table of contents built from the sections.
 */
final class HtmlDocument implements ReportDocument {

	private static final String STYLE = """
			:root { --text: #222; --muted: #5f6b76; --rule: #d9dee3; --accent: #3E6A8A; --band: #f4f6f8; }
			* { box-sizing: border-box; }
			body { font-family: '%s', 'Segoe UI', Helvetica, Arial, sans-serif; color: var(--text); margin: 0;
			  line-height: 1.5; font-size: 15px; background: #fff; }
			main { max-width: 980px; margin: 0 auto; padding: 24px 32px 64px; }
			header.cover { background: var(--accent); color: #fff; padding: 40px 32px 28px; }
			header.cover > div { max-width: 916px; margin: 0 auto; }
			header.cover h1 { margin: 0 0 4px; font-size: 34px; line-height: 1.2; }
			header.cover p { margin: 0 0 16px; font-size: 18px; opacity: .92; }
			header.cover dl { margin: 0; }
			header.cover dl.facts dt { color: #cfdce6; }
			header.cover dl.facts dd { color: #fff; }
			nav.toc { border: 1px solid var(--rule); border-radius: 6px; padding: 12px 20px; margin: 24px 0; background: var(--band); }
			nav.toc h2 { font-size: 15px; margin: 0 0 6px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); border: 0; padding: 0; }
			nav.toc ol { margin: 0; padding-left: 20px; columns: 2; column-gap: 32px; }
			nav.toc ol ol { columns: 1; font-size: 14px; }
			nav.toc a { color: var(--text); text-decoration: none; }
			nav.toc a:hover { text-decoration: underline; }
			h2 { font-size: 26px; margin: 48px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--accent); }
			h3 { font-size: 20px; margin: 32px 0 8px; }
			h4 { font-size: 17px; margin: 24px 0 6px; color: var(--muted); }
			p.statement { font-size: 18px; font-style: italic; color: var(--accent); margin: 4px 0 12px; }
			dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0 16px; }
			dl.facts dt { font-weight: 600; color: var(--muted); }
			dl.facts dd { margin: 0; }
			.list-caption { font-weight: 600; margin: 12px 0 2px; }
			ul { margin: 0 0 8px; padding-left: 22px; }
			table { border-collapse: collapse; width: 100%%; margin: 8px 0 20px; font-size: 14px; }
			th { text-align: left; background: var(--band); border-bottom: 2px solid var(--rule); padding: 6px 8px; }
			td { border-bottom: 1px solid var(--rule); padding: 5px 8px; vertical-align: top; }
			td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
			tr.detail td:first-child { padding-left: 24px; color: var(--muted); }
			figure.chart { margin: 16px 0 24px; }
			figure.chart svg { width: 100%%; height: auto; display: block; }
			figure.chart figcaption { font-size: 13px; color: var(--muted); }
			section.card { border: 1px solid var(--rule); border-left: 6px solid var(--card-accent, var(--accent));
			  border-radius: 6px; padding: 12px 20px 8px; margin: 16px 0 24px; background: #fcfcfd; break-inside: avoid; }
			section.card h4.card-title { color: var(--text); font-size: 19px; margin: 0; }
			section.card p.card-subtitle { color: var(--muted); margin: 0 0 8px; }
			blockquote { margin: 8px 0 12px; padding: 4px 16px; border-left: 3px solid var(--rule); font-style: italic; font-size: 16px; }
			div.segment-cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 12px 0 20px; }
			section.segment-card { border-top: 6px solid var(--card-accent); background: #f7f9fa; border-radius: 4px; padding: 8px 12px; font-size: 14px; }
			section.segment-card h4 { margin: 4px 0; color: var(--card-accent); }
			section.segment-card p.share { font-size: 22px; font-weight: 700; margin: 0; }
			section.segment-card p.statement { font-style: italic; font-size: 14px; margin: 8px 0; }
			section.segment-card ul { padding-left: 16px; margin: 6px 0; }
			section.segment-card p.persona { font-weight: 600; margin-bottom: 0; }
			section.segment-card blockquote { font-size: 13px; padding: 2px 8px; }
			p.notice { background: #fff8e6; border: 1px solid #f0d9a0; border-radius: 6px; padding: 10px 14px; }
			@media (max-width: 640px) { main { padding: 12px 16px 48px; } nav.toc ol { columns: 1; }
			  table { display: block; overflow-x: auto; } header.cover { padding: 28px 16px 20px; } }
			@media print { header.cover { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
			  nav.toc { display: none; } h2 { break-before: page; } }
			""".formatted(ReportFonts.FAMILY);

	private final ReportLanguage language;
	private final StringBuilder body = new StringBuilder(256 * 1024);
	private final StringBuilder toc = new StringBuilder();
	private String title = "";
	private String cover = "";
	private int openTocLevel;
	private int sections;

	HtmlDocument(ReportLanguage language) {
		this.language = language;
	}

	@Override
	public void cover(String title, String subtitle, List<Fact> facts) {
		this.title = title;
		StringBuilder html = new StringBuilder("<header class=\"cover\"><div><h1>").append(escape(title)).append("</h1>");
		if (!subtitle.isBlank()) {
			html.append("<p>").append(escape(subtitle)).append("</p>");
		}
		html.append(factList(facts)).append("</div></header>\n");
		cover = html.toString();
	}

	@Override
	public void section(int level, String anchor, String title) {
		String id = anchor.isBlank() ? "section-" + sections : anchor;
		sections++;
		int heading = level + 1;
		body.append("<h").append(heading).append(" id=\"").append(escape(id)).append("\">").append(escape(title))
				.append("</h").append(heading).append(">\n");
		if (level <= 2) {
			tocEntry(level, id, title);
		}
	}

	private void tocEntry(int level, String id, String title) {
		if (level > openTocLevel) {
			toc.append("<ol>");
		} else {
			toc.append("</li>");
			if (level < openTocLevel) {
				toc.append("</ol></li>");
			}
		}
		openTocLevel = level;
		toc.append("<li><a href=\"#").append(escape(id)).append("\">").append(escape(title)).append("</a>");
	}

	@Override
	public void paragraph(String text) {
		body.append("<p>").append(escape(text)).append("</p>\n");
	}

	@Override
	public void statement(String text) {
		body.append("<p class=\"statement\">").append(escape(text)).append("</p>\n");
	}

	@Override
	public void facts(List<Fact> facts) {
		body.append(factList(facts));
	}

	private static String factList(List<Fact> facts) {
		if (facts.isEmpty()) {
			return "";
		}
		StringBuilder html = new StringBuilder("<dl class=\"facts\">");
		for (Fact fact : facts) {
			html.append("<dt>").append(escape(fact.label())).append("</dt><dd>").append(escape(fact.value()))
					.append("</dd>");
		}
		return html.append("</dl>\n").toString();
	}

	@Override
	public void list(String caption, List<String> items) {
		body.append("<p class=\"list-caption\">").append(escape(caption)).append("</p><ul>");
		for (String item : items) {
			body.append("<li>").append(escape(item)).append("</li>");
		}
		body.append("</ul>\n");
	}

	@Override
	public void table(Table table) {
		body.append("<table><thead><tr>");
		for (int c = 0; c < table.header().size(); c++) {
			body.append(table.numeric().contains(c) ? "<th class=\"num\">" : "<th>").append(escape(table.header().get(c)))
					.append("</th>");
		}
		body.append("</tr></thead><tbody>\n");
		for (List<String> row : table.rows()) {
			boolean detail = !row.isEmpty() && row.get(0).startsWith(Table.INDENT);
			body.append(detail ? "<tr class=\"detail\">" : "<tr>");
			for (int c = 0; c < row.size(); c++) {
				String cell = c == 0 ? row.get(c).replace(Table.INDENT, "") : row.get(c);
				body.append(table.numeric().contains(c) ? "<td class=\"num\">" : "<td>").append(escape(cell))
						.append("</td>");
			}
			body.append("</tr>\n");
		}
		body.append("</tbody></table>\n");
	}

	@Override
	public void chart(ReportChart chart) {
		body.append("<figure class=\"chart\" role=\"img\" aria-label=\"").append(escape(chart.title())).append("\">")
				.append(chart.svg()).append("</figure>\n");
	}

	@Override
	public void figure(ReportChart figure, String caption) {
		body.append("<figure class=\"chart diagram\"><div role=\"img\" aria-label=\"").append(escape(caption))
				.append("\">").append(figure.svg()).append("</div><figcaption>").append(escape(caption))
				.append("</figcaption></figure>\n");
	}

	@Override
	public void beginCard(String anchor, String title, String subtitle, Color accent) {
		body.append("<section class=\"card persona\" id=\"").append(escape(anchor)).append("\" style=\"--card-accent: ")
				.append(ChartPalette.css(accent)).append("\"><h4 class=\"card-title\">").append(escape(title))
				.append("</h4>");
		if (!subtitle.isBlank()) {
			body.append("<p class=\"card-subtitle\">").append(escape(subtitle)).append("</p>");
		}
		body.append('\n');
	}

	@Override
	public void endCard() {
		body.append("</section>\n");
	}

	@Override
	public void segmentCards(SegmentCards cards) {
		body.append("<div class=\"segment-cards\">");
		for (SegmentCards.Card card : cards.cards()) {
			body.append("<section class=\"segment-card\" style=\"--card-accent: ").append(ChartPalette.css(card.colour()))
					.append("\"><h4>").append(escape(card.name())).append("</h4><p class=\"share\">")
					.append(escape(card.share())).append("</p><p class=\"card-subtitle\">").append(escape(card.size()))
					.append("</p>");
			if (!card.statement().isEmpty()) {
				body.append("<p class=\"statement\">").append(escape(card.statement())).append("</p>");
			}
			body.append("<ul>");
			card.traits().forEach(trait -> body.append("<li>").append(escape(trait)).append("</li>"));
			body.append("</ul>");
			if (!card.persona().isEmpty()) {
				body.append("<p class=\"persona\">").append(escape(card.persona())).append("</p>");
				if (!card.quote().isEmpty()) {
					body.append("<blockquote>“").append(escape(card.quote())).append("”</blockquote>");
				}
			}
			body.append("</section>");
		}
		body.append("</div>\n");
		if (!cards.base().isEmpty()) {
			paragraph(cards.base());
		}
	}

	@Override
	public void quote(String text) {
		body.append("<blockquote>“").append(escape(text)).append("”</blockquote>\n");
	}

	@Override
	public void notice(String text) {
		body.append("<p class=\"notice\">").append(escape(text)).append("</p>\n");
	}

	/** The whole page. */
	String html() {
		StringBuilder contents = new StringBuilder(toc);
		if (openTocLevel > 0) {
			contents.append("</li>");
			for (int level = openTocLevel; level > 1; level--) {
				contents.append("</ol></li>");
			}
			contents.append("</ol>");
		}
		return "<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
				// forbid every external request, even if a model text smuggled markup past the escaping
				+ "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
				+ "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + cover
				+ "<main>\n<nav class=\"toc\"><h2>" + escape(language.text("contents")) + "</h2>" + contents + "</nav>\n" + body + "</main>\n</body>\n</html>\n";
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
