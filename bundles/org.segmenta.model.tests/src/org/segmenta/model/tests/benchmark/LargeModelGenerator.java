/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.tests.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.segmenta.model.DataSource;
import org.segmenta.model.DataSourceKind;
import org.segmenta.model.Insight;
import org.segmenta.model.NamedElement;
import org.segmenta.model.Persona;
import org.segmenta.model.ProfileEntry;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.Segmentation;
import org.segmenta.model.Value;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.Variable;
import org.segmenta.model.VariableKind;

/**
 * Generates a large, realistically shaped project with exactly the requested number of elements
 * (the project included): segments with profiles, personas, communities, insights, cross-references.
 */
public final class LargeModelGenerator {

	private static final SegmentaFactory FACTORY = SegmentaFactory.eINSTANCE;

	private final Random random;
	private final int target;
	private int count;

	private LargeModelGenerator(int target, long seed) {
		this.target = target;
		this.random = new Random(seed);
	}

	public static Project generate(int elements, long seed) {
		if (elements < 20) {
			throw new IllegalArgumentException("at least 20 elements, got " + elements);
		}
		return new LargeModelGenerator(elements, seed).build();
	}

	private Project build() {
		Project project = FACTORY.createProject();
		named(project, "project", "Generated project Ærøskøbing–Jyväskylä");
		List<Variable> variables = new ArrayList<>();
		List<Value> values = new ArrayList<>();
		List<Segment> segments = new ArrayList<>();
		DataSource source = FACTORY.createDataSource();
		named(source, "ds", "Survey");
		source.setKind(DataSourceKind.SURVEY);
		source.setCollected(LocalDate.of(2026, 3, 1));
		project.getDataSources().add(source);
		for (int i = 0; i < 40; i++) {
			Variable variable = FACTORY.createVariable();
			named(variable, "var", "Item " + i);
			variable.setKind(VariableKind.get(i % 4));
			variable.setColumn("q" + i);
			project.getVariables().add(variable);
			variables.add(variable);
			Value value = FACTORY.createValue();
			named(value, "val", "Value " + i);
			project.getValues().add(value);
			values.add(value);
		}
		// a fifth of the elements are people-facing content, the rest is analysis output
		while (count < target) {
			int round = count;
			Segmentation segmentation = FACTORY.createSegmentation();
			named(segmentation, "sgn", "Segmentation " + round);
			segmentation.getBasisVariables().addAll(variables.subList(0, 8));
			project.getSegmentations().add(segmentation);
			for (int s = 0; s < 8 && count < target; s++) {
				Segment segment = FACTORY.createSegment();
				named(segment, "seg", "Segment " + round + "." + s + " – Østerbro");
				segment.setShare(random.nextDouble());
				segment.setSize(random.nextInt(5000));
				segment.getValues().add(values.get(random.nextInt(values.size())));
				segmentation.getSegments().add(segment);
				segments.add(segment);
				for (int p = 0; p < 30 && count < target; p++) {
					ProfileEntry entry = FACTORY.createProfileEntry();
					count++;
					entry.setVariable(variables.get(p));
					entry.setLevel(Integer.toString(p % 5));
					entry.setSegmentValue(random.nextDouble());
					entry.setTotalValue(random.nextDouble());
					segment.getProfile().add(entry);
				}
			}
			if (count < target) {
				Persona persona = FACTORY.createPersona();
				named(persona, "per", "Päivi Mäkelä " + round);
				persona.setNarrative("Lives in Århus, commutes to Malmö, reads about æøå.");
				persona.getGoals().add("Grow professionally");
				persona.getSegments().add(segments.get(segments.size() - 1));
				project.getPersonas().add(persona);
			}
			if (count < target) {
				ValueCommunity community = FACTORY.createValueCommunity();
				named(community, "vc", "Community " + round);
				community.setStatement("Those of us who value " + round);
				community.getValues().add(values.get(random.nextInt(values.size())));
				community.getSegments().add(segments.get(random.nextInt(segments.size())));
				project.getValueCommunities().add(community);
			}
			if (count < target) {
				Insight insight = FACTORY.createInsight();
				named(insight, "ins", "Insight " + round);
				insight.setDate(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)));
				insight.setSource(source);
				insight.getConcerns().add(segments.get(random.nextInt(segments.size())));
				project.getInsights().add(insight);
			}
		}
		return project;
	}

	private void named(NamedElement element, String prefix, String name) {
		count++;
		element.setId(prefix + "-" + count);
		element.setName(name);
	}
}
