/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** The text paragraphs of a deck, slide by slide, as PowerPoint shows them. */
final class DeckParagraphs {

	private DeckParagraphs() {
	}

	static List<String> of(Path pptx) throws IOException {
		try (InputStream in = Files.newInputStream(pptx); XMLSlideShow deck = new XMLSlideShow(in)) {
			List<String> paragraphs = new ArrayList<>();
			for (XSLFSlide slide : deck.getSlides()) {
				for (XSLFShape shape : slide.getShapes()) {
					if (shape instanceof XSLFTextShape textShape) {
						textShape.getTextParagraphs().forEach(p -> paragraphs.add(p.getText()));
					}
				}
			}
			return paragraphs;
		}
	}
}
