/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.segmenta.model.persistence.AtomicFiles;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A laid-out diagram in ELK's JSON graph format
 * (https://eclipse.dev/elk/documentation/tooldevelopers/graphdatastructure/jsonformat.html), so
 * other tools can draw it: nested {@code children} with {@code id}, {@code x}, {@code y},
 * {@code width}, {@code height} and {@code labels}; {@code edges} with {@code sources},
 * {@code targets} and one section each ({@code startPoint}, {@code bendPoints}, {@code endPoint}).
 * Every coordinate is absolute, from the diagram's origin, which the root says with ELK's
 * {@code org.eclipse.elk.json.shapeCoords} and {@code edgeCoords} set to {@code ROOT}; all edges sit
 * on the root. Nodes and edges carry the model element's id as the property {@code segmenta.element}.
 */
public final class DiagramJson {

	private static final String ELEMENT = "segmenta.element";

	private DiagramJson() {
	}

	/** The diagram as an ELK JSON graph whose root is named {@code rootId}. */
	public static JsonObject graph(DiagramGraph graph, String rootId) {
		Bounds extent = graph.extent(0);
		JsonObject root = box(rootId, extent);
		JsonObject options = new JsonObject();
		options.addProperty("org.eclipse.elk.json.shapeCoords", "ROOT");
		options.addProperty("org.eclipse.elk.json.edgeCoords", "ROOT");
		root.add("layoutOptions", options);
		root.add("children", children(graph.roots()));
		JsonArray edges = new JsonArray();
		for (DiagramEdge edge : graph.edges()) {
			edges.add(edge(edge));
		}
		root.add("edges", edges);
		return root;
	}

	/** Writes the graph to {@code file} atomically, in UTF-8. */
	public static void write(DiagramGraph graph, String rootId, Path file) throws IOException {
		String text = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(graph(graph, rootId)) + "\n";
		AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static JsonArray children(List<DiagramNode> nodes) {
		JsonArray children = new JsonArray();
		for (DiagramNode node : nodes) {
			JsonObject child = box(node.id(), node.absoluteBounds());
			JsonArray labels = new JsonArray();
			labels.add(label(node.label()));
			for (String detail : node.details()) {
				labels.add(label(detail));
			}
			child.add("labels", labels);
			child.add("properties", element(DiagramGraphBuilder.elementKey(node.element())));
			if (!node.children().isEmpty()) {
				child.add("children", children(node.children()));
			}
			children.add(child);
		}
		return children;
	}

	private static JsonObject edge(DiagramEdge edge) {
		JsonObject json = new JsonObject();
		json.addProperty("id", edge.id());
		json.add("sources", single(edge.source().id()));
		json.add("targets", single(edge.target().id()));
		List<Point> route = edge.route();
		if (route.size() >= 2) {
			JsonObject section = new JsonObject();
			section.addProperty("id", edge.id() + "#section");
			section.add("startPoint", point(route.get(0)));
			JsonArray bends = new JsonArray();
			route.subList(1, route.size() - 1).forEach(bend -> bends.add(point(bend)));
			section.add("bendPoints", bends);
			section.add("endPoint", point(route.get(route.size() - 1)));
			JsonArray sections = new JsonArray();
			sections.add(section);
			json.add("sections", sections);
		}
		Bounds labelBounds = edge.labelBounds();
		if (labelBounds != null) {
			JsonObject label = box(edge.id() + "#label", labelBounds);
			label.addProperty("text", edge.label());
			JsonArray labels = new JsonArray();
			labels.add(label);
			json.add("labels", labels);
		}
		if (edge.element() != null) {
			json.add("properties", element(DiagramGraphBuilder.elementKey(edge.element())));
		}
		return json;
	}

	private static JsonObject box(String id, Bounds bounds) {
		JsonObject box = new JsonObject();
		box.addProperty("id", id);
		box.addProperty("x", bounds.x());
		box.addProperty("y", bounds.y());
		box.addProperty("width", bounds.width());
		box.addProperty("height", bounds.height());
		return box;
	}

	private static JsonObject label(String text) {
		JsonObject label = new JsonObject();
		label.addProperty("text", text);
		return label;
	}

	private static JsonObject element(String id) {
		JsonObject properties = new JsonObject();
		properties.addProperty(ELEMENT, id);
		return properties;
	}

	private static JsonObject point(Point point) {
		JsonObject json = new JsonObject();
		json.addProperty("x", point.x());
		json.addProperty("y", point.y());
		return json;
	}

	private static JsonArray single(String id) {
		JsonArray array = new JsonArray();
		array.add(id);
		return array;
	}
}
