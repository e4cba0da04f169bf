/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.segmenta.diagram.description.CreateEdgeTool;
import org.segmenta.diagram.description.CreateNodeTool;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.description.DirectEditTool;
import org.segmenta.diagram.description.EdgeMapping;
import org.segmenta.diagram.description.Filter;
import org.segmenta.diagram.description.Mapping;
import org.segmenta.diagram.description.NodeMapping;
import org.segmenta.diagram.description.Tool;

/**
 * Checks a diagram description against the metamodel before it is used: every class and feature an
 * expression names must exist, tools must point at references that can hold what they create, and
 * ids must be unique. Problems name the description, the mapping or tool, and the expression.
 */
public final class DescriptionChecker {

	private static final Pattern TEMPLATE_PATHS = Pattern.compile("\\{([^{}|]+)");

	private final EPackage metamodel;
	private final List<String> problems = new ArrayList<>();
	private String where;

	public DescriptionChecker(EPackage metamodel) {
		this.metamodel = metamodel;
	}

	/** @return the problems found, empty when the description is usable */
	public List<String> check(DiagramDescription description) {
		problems.clear();
		where = "diagram '" + description.getId() + "'";
		if (description.getId() == null || description.getId().isBlank()) {
			problems.add("a diagram description has no id");
		}
		EClass root = eClass(description.getRootClass(), "rootClass");
		Set<String> ids = new HashSet<>();
		List<NodeMapping> nodeMappings = new ArrayList<>();
		description.eAllContents().forEachRemaining(object -> {
			if (object instanceof NodeMapping mapping) {
				nodeMappings.add(mapping);
			}
			String id = object instanceof Mapping mapping ? mapping.getId()
					: object instanceof Tool tool ? tool.getId() : null;
			if (id != null && !ids.add(id)) {
				problems.add(where + ": the id '" + id + "' is used twice");
			}
		});
		for (NodeMapping mapping : description.getNodeMappings()) {
			checkNodeMapping(mapping, root);
		}
		for (EdgeMapping mapping : description.getEdgeMappings()) {
			checkEdgeMapping(mapping);
		}
		for (Tool tool : description.getTools()) {
			checkTool(tool);
		}
		for (Filter filter : description.getFilters()) {
			where = "filter '" + filter.getId() + "'";
			List<? extends Mapping> filtered = filter.getMappings().isEmpty() ? nodeMappings : filter.getMappings();
			for (Mapping mapping : filtered) {
				// a relation-based edge mapping names no class: its condition is checked when it runs
				EClass context = mapping instanceof EdgeMapping && mapping.getDomainClass() == null ? null
						: eClass(mapping.getDomainClass(), "domainClass");
				checkExpression(filter.getCondition(), context, false, true);
			}
		}
		return List.copyOf(problems);
	}

	private void checkNodeMapping(NodeMapping mapping, EClass context) {
		where = "node mapping '" + mapping.getId() + "'";
		EClass domain = eClass(mapping.getDomainClass(), "domainClass");
		checkPath(mapping.getSemanticCandidates(), context, "semanticCandidates");
		checkExpression(mapping.getLabelExpression(), domain, true, false);
		for (String detail : mapping.getDetailExpressions()) {
			checkExpression(detail, domain, true, false);
		}
		checkPath(mapping.getWidthExpression(), domain, "widthExpression");
		if (mapping.getStyle() != null) {
			checkPath(mapping.getStyle().getFillExpression(), domain, "fillExpression");
		}
		mapping.getConditionalStyles().forEach(style -> checkExpression(style.getCondition(), domain, false, true));
		for (NodeMapping child : mapping.getChildMappings()) {
			checkNodeMapping(child, domain);
		}
	}

	private void checkEdgeMapping(EdgeMapping mapping) {
		where = "edge mapping '" + mapping.getId() + "'";
		if (mapping.getSourceMappings().isEmpty() || mapping.getTargetMappings().isEmpty()) {
			problems.add(where + ": needs source and target mappings");
			return;
		}
		EClass source = eClass(mapping.getSourceMappings().get(0).getDomainClass(), "source domainClass");
		EClass styled = source;
		if (mapping.getSemanticCandidates() != null && !mapping.getSemanticCandidates().isBlank()) {
			checkPath(mapping.getSemanticCandidates(), source, "semanticCandidates");
			styled = eClass(mapping.getDomainClass(), "domainClass");
		}
		checkPath(mapping.getTargetExpression(), styled, "targetExpression");
		checkExpression(mapping.getLabelExpression(), styled, true, false);
		EClass conditionContext = styled;
		mapping.getConditionalStyles().forEach(style -> checkExpression(style.getCondition(), conditionContext, false, true));
	}

	private void checkTool(Tool tool) {
		where = "tool '" + tool.getId() + "'";
		if (tool instanceof CreateNodeTool create) {
			if (create.getMapping() == null) {
				problems.add(where + ": has no mapping");
				return;
			}
			EClass created = eClass(create.getMapping().getDomainClass(), "mapping's domainClass");
			List<EClass> containers = new ArrayList<>();
			if (create.getContainerMappings().isEmpty()) {
				containers.add(eClass(((DiagramDescription) tool.eContainer()).getRootClass(), "rootClass"));
			} else {
				create.getContainerMappings().forEach(mapping -> containers.add(eClass(mapping.getDomainClass(), "domainClass")));
			}
			for (EClass container : containers) {
				if (container == null || created == null) {
					continue;
				}
				EStructuralFeature feature = container.getEStructuralFeature(String.valueOf(create.getContainerFeature()));
				if (!(feature instanceof EReference reference) || !reference.isContainment()
						|| !reference.getEReferenceType().isSuperTypeOf(created)) {
					problems.add(where + ": " + container.getName() + " has no containment reference '"
							+ create.getContainerFeature() + "' that holds a " + created.getName());
				}
			}
		} else if (tool instanceof CreateEdgeTool create && create.getMapping() == null) {
			problems.add(where + ": has no mapping");
		} else if (tool instanceof DirectEditTool edit) {
			for (NodeMapping mapping : edit.getMappings()) {
				EClass domain = eClass(mapping.getDomainClass(), "domainClass");
				if (domain != null && !(domain.getEStructuralFeature(String.valueOf(edit.getFeature())) instanceof EAttribute)) {
					problems.add(where + ": " + domain.getName() + " has no attribute '" + edit.getFeature() + "'");
				}
			}
		}
	}

	private void checkExpression(String expression, EClass context, boolean template, boolean condition) {
		String syntax = Expressions.syntaxError(expression, template, condition);
		if (syntax != null) {
			problems.add(where + ": " + syntax);
			return;
		}
		if (expression == null || context == null) {
			return;
		}
		if (condition) {
			for (String path : Expressions.conditionPaths(expression)) {
				checkPath(path, context, "'" + expression + "'");
			}
			return;
		}
		Matcher matcher = TEMPLATE_PATHS.matcher(expression);
		while (matcher.find()) {
			checkPath(matcher.group(1).strip(), context, "'" + expression + "'");
		}
	}

	/** Follows {@code path} through the metamodel from {@code context}, naming the first unknown step. */
	private void checkPath(String path, EClass context, String what) {
		if (path == null || path.isBlank() || context == null) {
			return;
		}
		String syntax = Expressions.syntaxError(path, false, false);
		if (syntax != null) {
			problems.add(where + ": " + what + ": " + syntax);
			return;
		}
		EClass type = context;
		for (String step : path.strip().split("\\.")) {
			String name = step.strip();
			if (name.equals("self")) {
				continue;
			}
			if (name.startsWith("@") || name.startsWith("service:") || name.equals("eContainer")) {
				return; // typed at run time only
			}
			String featureName = name.endsWith("*") ? name.substring(0, name.length() - 1) : name;
			EStructuralFeature feature = type.getEStructuralFeature(featureName);
			if (feature == null) {
				problems.add(where + ": " + what + " '" + path + "': " + type.getName() + " has no feature '"
						+ featureName + "'");
				return;
			}
			if (!(feature.getEType() instanceof EClass next)) {
				return;
			}
			type = next;
		}
	}

	private EClass eClass(String name, String what) {
		EClassifier classifier = name == null ? null : metamodel.getEClassifier(name);
		if (classifier instanceof EClass eClass) {
			return eClass;
		}
		problems.add(where + ": " + what + " '" + name + "' is not a class of " + metamodel.getName());
		return null;
	}
}
