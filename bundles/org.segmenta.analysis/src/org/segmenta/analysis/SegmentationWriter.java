/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.segmenta.data.Column;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.TextColumn;
import org.segmenta.model.ProfileEntry;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.Segmentation;
import org.segmenta.model.Variable;
import org.segmenta.model.persistence.AtomicFiles;
import org.segmenta.model.persistence.SegmentationFiles;

/**
 * Puts a result into a model: segments with sizes, shares and profiles against the total for every
 * variable of the project whose column is in the data. When the data are weighted, the shares and
 * profiles are weighted and the segmentation records its base (the weight column and the weighted
 * total; the unweighted n is the sum of the sizes). The assignments of the rows go to a CSV file
 * beside the model, referenced by {@link Segmentation#getAssignmentsLocation()}, never into the
 * model itself, so the model stays small however large the data.
 */
public final class SegmentationWriter {

	private SegmentationWriter() {
	}

	/**
	 * Replaces the segments of {@code segmentation} (and every reference to them) with those of
	 * {@code result}, writes the assignments beside {@code modelFile} and saves the project there,
	 * as one change: both files are written to temporary files, the assignments are moved to a name
	 * no file has, then the model; the assignments file the model named before is removed once the
	 * new model is in place. A failure or a kill at any point leaves a model that names a complete
	 * assignments file that matches it.
	 *
	 * @param method a description of how the result was obtained, for the segmentation's method
	 */
	public static void write(Project project, Segmentation segmentation, Dataset data, ClusterResult result,
			String method, Path modelFile) throws IOException, DataException {
		List<Segment> segments = createSegments(project, segmentation, data, result);
		double[] weights = data.caseWeights().orElse(null);
		String previous = segmentation.getAssignmentsLocation();
		Path previousFile = generatedAssignments(segmentation, modelFile);
		String assignments = assignmentsFileName(modelFile, segmentation);
		Path assignmentsFile = modelFile.resolveSibling(assignments);
		// deleting also removes the references to the old segments (personas, communities), so the
		// model stays loadable
		for (Segment old : List.copyOf(segmentation.getSegments())) {
			EcoreUtil.delete(old, true);
		}
		segmentation.getSegments().addAll(segments);
		segmentation.setMethod(method);
		// an unweighted run leaves both unset, so its model is written as before the base was recorded
		segmentation.setWeightedBy(weights == null ? null : data.weightColumn().get());
		segmentation.setWeightedTotal(weights == null ? 0 : round(Arrays.stream(result.weightedSizes(weights)).sum(), 6));
		segmentation.setAssignmentsLocation(assignments);
		try {
			AtomicFiles.writeAll(List.of(
					new AtomicFiles.Pending(assignmentsFile,
							AssignmentsFile.content(result.labels(), segment -> segments.get(segment).getId())),
					SegmentationFiles.pendingSave(project, modelFile)));
		} catch (IOException e) {
			// the model on disk is the old one, which never named the new file
			Files.deleteIfExists(assignmentsFile);
			segmentation.setAssignmentsLocation(previous);
			throw e;
		}
		if (previousFile != null && !previousFile.equals(assignmentsFile)) {
			Files.deleteIfExists(previousFile);
		}
	}

	/**
	 * {@code MODEL-SEGMENTATIONID-assignments.csv} beside the model, or, when a file has that name
	 * (the one the model names now), {@code MODEL-SEGMENTATIONID-assignments-2.csv} and so on.
	 */
	static String assignmentsFileName(Path modelFile, Segmentation segmentation) {
		String stem = assignmentsStem(modelFile, segmentation);
		String name = stem + ".csv";
		for (int n = 2; Files.exists(modelFile.resolveSibling(name), LinkOption.NOFOLLOW_LINKS); n++) {
			name = stem + "-" + n + ".csv";
		}
		return name;
	}

	private static String assignmentsStem(Path modelFile, Segmentation segmentation) {
		String model = modelFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		return model + "-" + segmentation.getId() + "-assignments";
	}

	/**
	 * The assignments file the segmentation names now when an earlier run wrote it (a name of
	 * {@link #assignmentsFileName} beside the model), else {@code null}: files of the user's own
	 * naming, and anything outside the project, are never removed.
	 */
	private static Path generatedAssignments(Segmentation segmentation, Path modelFile) {
		String location = segmentation.getAssignmentsLocation();
		String stem = assignmentsStem(modelFile, segmentation);
		if (location == null || !location.strip().matches(Pattern.quote(stem) + "(-\\d+)?\\.csv")) {
			return null;
		}
		return modelFile.resolveSibling(location.strip());
	}

	static List<Segment> createSegments(Project project, Segmentation segmentation, Dataset data,
			ClusterResult result) throws DataException {
		int[] sizes = result.sizes();
		// the share of a weighted run is of the weighted base; the size stays a count of people
		Optional<double[]> weights = data.caseWeights();
		double[] shareBases = weights.isPresent() ? result.weightedSizes(weights.get()) : toDoubles(sizes);
		double total = Arrays.stream(shareBases).sum();
		List<Segment> segments = new ArrayList<>();
		for (int s = 0; s < result.k(); s++) {
			Segment segment = SegmentaFactory.eINSTANCE.createSegment();
			segment.setId(segmentation.getId() + "-" + (s + 1));
			segment.setName("Segment " + (s + 1));
			segment.setSize(sizes[s]);
			segment.setShare(total == 0 ? 0 : shareBases[s] / total);
			segments.add(segment);
		}
		List<Variable> profiled = new ArrayList<>();
		List<Column> columns = new ArrayList<>();
		for (Variable variable : project.getVariables()) {
			Column column = variable.getColumn() == null ? null : find(data, variable.getColumn());
			if (column == null || column.isAllMissing()) {
				continue;
			}
			profiled.add(variable);
			columns.add(data.column(column.name()));
		}
		// weighted as the data are, like the profile command; all variables in one pass over the rows
		List<VariableProfile> profiles = Profiler.profile(columns, result.labels(), result.k(),
				data.caseWeightColumn().orElse(null));
		for (int v = 0; v < profiled.size(); v++) {
			for (int s = 0; s < result.k(); s++) {
				addEntries(segments.get(s), profiled.get(v), profiles.get(v), s);
			}
		}
		return segments;
	}

	private static Column find(Dataset data, String name) {
		return data.columns().stream().filter(column -> column.name().equals(name)
				&& !(column instanceof TextColumn)).findFirst().orElse(null);
	}

	private static void addEntries(Segment segment, Variable variable, VariableProfile profile, int s) {
		if (profile instanceof NumericProfile numeric) {
			segment.getProfile().add(entry(variable, null, numeric.means()[s], numeric.totalMean()));
		} else if (profile instanceof CategoricalProfile categorical) {
			for (int level = 0; level < categorical.levels().size(); level++) {
				segment.getProfile().add(entry(variable, categorical.levels().get(level),
						categorical.segmentShare(s, level), categorical.totalShare(level)));
			}
		}
	}

	private static ProfileEntry entry(Variable variable, String level, double segmentValue, double totalValue) {
		ProfileEntry entry = SegmentaFactory.eINSTANCE.createProfileEntry();
		entry.setVariable(variable);
		entry.setLevel(level);
		entry.setSegmentValue(round(segmentValue));
		entry.setTotalValue(round(totalValue));
		return entry;
	}

	private static double[] toDoubles(int[] values) {
		return Arrays.stream(values).asDoubleStream().toArray();
	}

	/** Four decimals: what a profile table shows, without binary noise in the file. */
	private static double round(double value) {
		return round(value, 4);
	}

	private static double round(double value, int decimals) {
		return Double.isFinite(value) ? Double.parseDouble(String.format(Locale.ROOT, "%." + decimals + "f", value)) : 0;
	}
}
