/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.ReportExporter;
import org.segmenta.report.ReportFigure;
import org.segmenta.report.ReportFindings;
import org.segmenta.report.ReportInput;
import org.segmenta.report.ReportLanguage;
import org.segmenta.report.internal.PdfExporter;
import org.segmenta.report.internal.PptxExporter;
import org.segmenta.report.internal.ReportContributions;
import org.segmenta.tests.support.Examples;

/**
 * The diagrams and charts in the files people read: in the PDF as vector graphics whose text is
 * text, never under 6 pt, each diagram captioned with its kind and root, a wide one on landscape
 * pages; in the deck on titled slides, in their own proportions, sharp, their text at 9 pt or more.
 */
class FiguresInDeliverablesTest {

	private static final String ROOT = "Nordfag member segmentation 2026";
	/** Segments added to the primary segmentation for a wide segment tree. */
	private static final int ADDED_SEGMENTS = 20;
	private static final List<String> CAPTIONS = List.of("Segment tree: " + ROOT, "Persona board: " + ROOT,
			"Value-community map: " + ROOT, "Buying-centre map: " + ROOT);

	@Test
	void theExamplePdfDrawsEveryFigureAsVectorsWithReadableCaptionedText() throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		Pdf pdf = Pdf.read(export(new PdfExporter(), input(project, Examples.model(), null)));
		for (String caption : CAPTIONS) {
			assertTrue(pdf.text.contains(caption), caption);
		}
		assertEquals(0, pdf.images, "no chart or diagram is an image");
		assertTrue(pdf.forms >= 4 + 4, "the four diagrams and the charts are forms: " + pdf.forms);
		// labels drawn inside the figures are text: a buying-centre participant, a segment, a chart title
		for (String label : List.of("Henrik Brinkhøj", "Balance Seekers", "Curious Specialists")) {
			assertTrue(pdf.figureText.contains(label.replace(" ", "")), label + " in " + pdf.figureText);
		}
		assertTrue(pdf.smallest >= 6 - 0.01, "the smallest text is " + pdf.smallest + " pt");
		assertTrue(pdf.figureSmallest >= 6 - 0.01, "the smallest figure text is " + pdf.figureSmallest + " pt");
	}

	@Test
	void theDanishPdfCaptionsTheDiagramsInDanish() throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		Pdf pdf = Pdf.read(export(new PdfExporter(), input(project, Examples.model(), ReportLanguage.of("da"))));
		for (String caption : List.of("Segmenttræ: ", "Personatavle: ", "Værdifællesskabskort: ", "Købscenterkort: ")) {
			assertTrue(pdf.text.contains(caption + ROOT), caption);
		}
	}

	/** More segments: the segment tree is far wider than tall, too wide for a portrait page. */
	@Test
	void aWideDiagramGetsLandscapePagesOfItsOwnAndKeepsItsTextReadable(@TempDir Path folder) throws Exception {
		Path model = wideModel(folder);
		Project project = SegmentationFiles.load(model);
		Pdf pdf = Pdf.read(export(new PdfExporter(), input(project, model, null)));
		assertTrue(pdf.landscapeCaptions.stream().anyMatch(caption -> caption.startsWith("Segment tree: " + ROOT)),
				"the segment tree is on a landscape page: " + pdf.landscapeCaptions);
		assertTrue(pdf.figureText.contains("Åland" + (ADDED_SEGMENTS - 1)), "the last segment's label is text");
		assertTrue(pdf.smallest >= 6 - 0.01, "the smallest text is " + pdf.smallest + " pt");
		assertEquals(0, pdf.images);
	}

	@Test
	void theDeckTitlesEveryDiagramSlideAndKeepsItsPicturesSharpInProportion(@TempDir Path folder) throws Exception {
		for (Path model : List.of(Examples.model(), wideModel(folder))) {
			Project project = SegmentationFiles.load(model);
			ReportInput input = input(project, model, null);
			byte[] deck = export(new PptxExporter(), input);
			ReportFigure tree = input.figures(ReportFigure.Place.SEGMENTATIONS).get(0);
			try (XMLSlideShow slides = new XMLSlideShow(new ByteArrayInputStream(deck))) {
				List<String> titles = new ArrayList<>();
				int treeSlides = 0;
				boolean treeNamed = false;
				for (XSLFSlide slide : slides.getSlides()) {
					String title = title(slide);
					boolean diagram = CAPTIONS.stream().anyMatch(title::startsWith);
					if (diagram) {
						titles.add(title);
					}
					treeNamed |= title.startsWith(CAPTIONS.get(0)) && slide.getShapes().stream()
							.anyMatch(shape -> shape instanceof XSLFTextShape text && text.getText().contains(" would take "));
					for (XSLFShape shape : slide.getShapes()) {
						if (shape instanceof XSLFPictureShape picture) {
							checkPicture(picture, model + " slide " + slide.getSlideNumber());
							if (title.startsWith(CAPTIONS.get(0))) {
								treeSlides++;
								checkReadable(tree, picture, title);
							}
						}
					}
				}
				for (String caption : CAPTIONS) {
					assertTrue(titles.stream().anyMatch(title -> title.startsWith(caption)), caption + " in " + titles);
				}
				// at 9 pt the tree's text needs its width times 9 / its smallest text, over 888 points a slide;
				// a tree that would take more slides than a report gives one figure is named instead
				double readableWidth = tree.figure().width() * 9 / tree.figure().smallestText();
				if (treeSlides == 0) {
					assertTrue(treeNamed && readableWidth / 888 > 1, model + ": neither drawn nor named");
				} else {
					assertTrue(treeSlides >= Math.ceil(readableWidth / 888 - 0.01), model + ": " + treeSlides + " slides");
				}
			}
		}
	}

	/** A picture keeps its image's proportions and has at least two pixels a point. */
	private static void checkPicture(XSLFPictureShape picture, String where) {
		Rectangle2D anchor = picture.getAnchor();
		Dimension pixels = picture.getPictureData().getImageDimensionInPixels();
		double ratio = anchor.getWidth() / anchor.getHeight();
		double imageRatio = (double) pixels.width / pixels.height;
		assertEquals(imageRatio, ratio, imageRatio * 0.01, where + ": not stretched");
		assertTrue(pixels.width / anchor.getWidth() >= 1.99, where + ": " + pixels.width + " pixels over "
				+ anchor.getWidth() + " points");
	}

	/** A picture of the whole {@code figure} is drawn large enough for its smallest text to be 9 pt. */
	private static void checkReadable(ReportFigure figure, XSLFPictureShape picture, String title) {
		if (!title.contains("(part ")) {
			double scale = picture.getAnchor().getWidth() / figure.figure().width();
			assertTrue(scale * figure.figure().smallestText() >= 9 - 0.01, title + ": scale " + scale);
		}
	}

	private static String title(XSLFSlide slide) {
		for (XSLFShape shape : slide.getShapes()) {
			if (shape instanceof XSLFTextShape text && !text.getText().isBlank()) {
				return text.getText().strip();
			}
		}
		return "";
	}

	private static Path wideModel(Path folder) throws IOException {
		Project project = SegmentationFiles.load(Examples.model());
		for (int i = 0; i < ADDED_SEGMENTS; i++) {
			Segment segment = SegmentaFactory.eINSTANCE.createSegment();
			segment.setId("wide-" + i);
			segment.setName("Åland " + i);
			project.getPrimarySegmentation().getSegments().add(segment);
		}
		Path model = folder.resolve("wide.segmentation");
		SegmentationFiles.save(project, model);
		return model;
	}

	private static ReportInput input(Project project, Path model, ReportLanguage language) throws IOException {
		List<ReportFigure> figures = ReportContributions.getDefault().figures(project, model, Assertions::fail);
		return language == null ? ReportInput.of(project, model, ReportFindings.NONE, figures)
				: ReportInput.of(project, model, ReportFindings.NONE, figures, language);
	}

	private static byte[] export(ReportExporter exporter, ReportInput input) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		exporter.export(input, name -> bytes, new NullProgressMonitor());
		return bytes.toByteArray();
	}

	/** What a PDF holds: its text, the text drawn inside forms (the figures), sizes and XObjects. */
	private static final class Pdf extends PDFTextStripper {
		final StringBuilder figureTextBuilder = new StringBuilder();
		String text;
		String figureText;
		double smallest = Double.POSITIVE_INFINITY;
		double figureSmallest = Double.POSITIVE_INFINITY;
		int images;
		int forms;
		final List<String> landscapeCaptions = new ArrayList<>();
		private int formDepth;

		static Pdf read(byte[] bytes) throws IOException {
			Pdf pdf = new Pdf();
			try (PDDocument document = Loader.loadPDF(bytes)) {
				pdf.text = pdf.getText(document);
				pdf.figureText = pdf.figureTextBuilder.toString();
				for (PDPage page : document.getPages()) {
					pdf.count(page.getResources());
					if (page.getMediaBox().getWidth() > page.getMediaBox().getHeight()) {
						PDFTextStripper stripper = new PDFTextStripper();
						int index = document.getPages().indexOf(page) + 1;
						stripper.setStartPage(index);
						stripper.setEndPage(index);
						String text = stripper.getText(document);
						text.lines().filter(line -> CAPTIONS.stream().anyMatch(c -> line.startsWith(c.substring(0, 8))))
								.forEach(pdf.landscapeCaptions::add);
					}
				}
			}
			return pdf;
		}

		private Pdf() throws IOException {
		}

		private void count(PDResources resources) throws IOException {
			if (resources == null) {
				return;
			}
			for (COSName name : resources.getXObjectNames()) {
				PDXObject object = resources.getXObject(name);
				if (object instanceof PDImageXObject) {
					images++;
				} else if (object instanceof PDFormXObject form) {
					forms++;
					count(form.getResources());
				}
			}
		}

		@Override
		public void showForm(PDFormXObject form) throws IOException {
			formDepth++;
			try {
				super.showForm(form);
			} finally {
				formDepth--;
			}
		}

		@Override
		protected void processTextPosition(TextPosition text) {
			super.processTextPosition(text);
			if (text.getUnicode().isBlank()) {
				return; // a figure's labels are compared without their spaces
			}
			// the size on the page: the font size times the text and transformation matrices' scale
			double size = Math.min(text.getXScale(), text.getYScale());
			smallest = Math.min(smallest, size);
			if (formDepth > 0) {
				figureSmallest = Math.min(figureSmallest, size);
				figureTextBuilder.append(text.getUnicode());
			}
		}

	}
}
