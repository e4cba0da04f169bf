/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.internal;

import java.awt.Font;
import java.util.List;

import org.segmenta.diagram.NodeAppearance;
import org.segmenta.diagram.description.NodeShape;

/**
 * Where text goes inside a node, shared by the sizing of nodes and every renderer so that text
 * always fits: padding, the header band of cards and containers, and line spacing.
 */
public final class NodeGeometry {

	public static final double PADDING_X = 12;
	public static final double PADDING_Y = 8;
	/** Detail lines wrap at this width in cards, and at {@link #WRAP_WIDTH} in other nodes. */
	public static final double CARD_WRAP_WIDTH = 250;
	public static final double WRAP_WIDTH = 190;
	public static final int MAX_DETAIL_LINES = 2;

	private NodeGeometry() {
	}

	public static Font labelFont(NodeAppearance appearance) {
		return TextMetrics.font(appearance.fontSize(), appearance.bold());
	}

	public static Font detailFont(NodeAppearance appearance) {
		return TextMetrics.font(Math.max(9, appearance.fontSize() - 2), false);
	}

	/** Whether the label sits in a header band at the top (cards, containers) rather than centred. */
	public static boolean hasHeader(NodeAppearance appearance, boolean container) {
		return container || appearance.shape() == NodeShape.CARD;
	}

	/** The height of the header band. */
	public static double headerHeight(NodeAppearance appearance) {
		return TextMetrics.lineHeight(labelFont(appearance)) + 2 * PADDING_Y;
	}

	/** The font of a list node's compartment headings. */
	public static Font compartmentFont() {
		return TextMetrics.font(10, true);
	}

	/** The height of a compartment heading in a list node. */
	public static double compartmentHeadingHeight() {
		return TextMetrics.lineHeight(compartmentFont()) + 4;
	}

	/** The size that fits the label and detail lines (without children). */
	public static double[] textSize(NodeAppearance appearance, String label, List<String> details) {
		Font labelFont = labelFont(appearance);
		Font detailFont = detailFont(appearance);
		double width = TextMetrics.width(label, labelFont);
		for (String line : details) {
			width = Math.max(width, TextMetrics.width(line, detailFont));
		}
		double height = TextMetrics.lineHeight(labelFont) + details.size() * TextMetrics.lineHeight(detailFont);
		double extraX = appearance.shape() == NodeShape.ELLIPSE ? 1.4 : 1;
		double extraY = appearance.shape() == NodeShape.CARD && !details.isEmpty() ? 3 * PADDING_Y : 2 * PADDING_Y;
		return new double[] { Math.ceil(width * extraX + 2 * PADDING_X), Math.ceil(height + extraY) };
	}
}
