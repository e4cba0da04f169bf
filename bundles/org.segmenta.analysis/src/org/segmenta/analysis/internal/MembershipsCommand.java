/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.analysis.AssignmentsFile;
import org.segmenta.analysis.CommunityMemberships;
import org.segmenta.analysis.MembershipWriter;
import org.segmenta.cli.Arguments;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.UsageException;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.AtomicFiles;
import org.segmenta.model.persistence.CsvCells;

/**
 * {@code ./segmenta memberships DATA --communities "NAME=item1,item2>=4;..." --out DIR [--model FILE]}:
 * value-community memberships with their overlap, in {@code memberships.json} and
 * {@code memberships.csv}; with a model, whose value-community ids the names are, also into the model.
 */
public class MembershipsCommand implements Command {

	@Override
	public int execute(CommandContext context) throws UsageException {
		Arguments parsed = Arguments.parse(context.arguments(), DataArguments.withDataOptions("communities", "min-answered", "out", "model"), Set.of());
		double minAnswered = minAnswered(parsed);
		Path dataFile = context.resolve(parsed.requireSinglePositional("DATA file"));
		Path model = parsed.option("model").isPresent() ? context.resolve(parsed.option("model").get()) : null;
		Project project = DataArguments.model(parsed, context);
		// the model's data source of this file names the weight and id unless --weight and --id do
		Arguments arguments = DataArguments.withModelDefaults(parsed, project, dataFile, context.err());
		List<CommunityMemberships.Community> communities = communities(arguments.option("communities")
				.orElseThrow(() -> new UsageException("missing --communities \"NAME=item1,item2>=4;...\"")));
		Path out = context.resolve(arguments.option("out").orElseThrow(() -> new UsageException("missing --out DIR")));
		SubMonitor progress = SubMonitor.convert(context.progress(), "Memberships in " + dataFile.getFileName(), 3);
		Dataset data = DataArguments.read(dataFile, arguments, context.err(), progress.split(2));
		try {
			CommunityMemberships memberships = CommunityMemberships.of(data, communities, minAnswered);
			AssignmentsFile.Ids ids = DataArguments.ids(data, arguments);
			// the model first: an unknown community id must stop the run before anything is written
			if (project != null) {
				MembershipWriter.write(project, memberships, data, model);
			}
			AtomicFiles.writeString(out.resolve("memberships.json"),
					ResultJson.write(json(memberships, data, arguments.option("min-answered").isPresent() ? minAnswered : null)));
			AtomicFiles.write(out.resolve("memberships.csv"), stream -> {
				Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
				writer.write(ids == null ? "row" : "row," + CsvCells.field(ids.name()));
				for (CommunityMemberships.Community community : communities) {
					writer.write("," + CsvCells.field(community.name()));
				}
				writer.write('\n');
				for (int row = 0; row < data.rowCount(); row++) {
					writer.write(Integer.toString(row + 1));
					if (ids != null) {
						writer.write("," + CsvCells.field(ids.values().apply(row)));
					}
					for (int c = 0; c < communities.size(); c++) {
						writer.write(memberships.isMember(c, row) ? ",1" : ",0");
					}
					writer.write('\n');
				}
				writer.flush();
			});
			for (int c = 0; c < communities.size(); c++) {
				context.out().printf(Locale.ROOT, "%-30s %6d members (%.1f%%%s)%n", communities.get(c).name(),
						memberships.count(c), 100.0 * memberships.share(c), memberships.weighted() ? " weighted" : "");
			}
			context.out().printf(Locale.ROOT, "members answered at least %s of their community's items%s%n",
					NumberFormat.getPercentInstance(Locale.ROOT).format(minAnswered), DataArguments.weightNote(data));
			return ExitCode.OK;
		} catch (DataException e) {
			throw new UsageException(e.getMessage(), e);
		} catch (IOException e) {
			throw new UsageException("cannot write the memberships to " + out + ": " + e.getMessage(), e);
		}
	}

	static List<CommunityMemberships.Community> communities(String text) throws UsageException {
		List<CommunityMemberships.Community> communities = new ArrayList<>();
		for (String definition : text.split(";")) {
			if (definition.isBlank()) {
				continue;
			}
			int equals = definition.indexOf('=');
			int atLeast = definition.lastIndexOf(">=");
			if (equals <= 0 || atLeast < equals) {
				throw new UsageException("--communities expects NAME=item1,item2>=THRESHOLD; got '" + definition + "'");
			}
			try {
				communities.add(new CommunityMemberships.Community(definition.substring(0, equals).strip(),
						DataArguments.list(definition.substring(equals + 1, atLeast)),
						Double.parseDouble(definition.substring(atLeast + 2).strip())));
			} catch (NumberFormatException e) {
				throw new UsageException("the threshold in '" + definition + "' is not a number", e);
			}
		}
		if (communities.isEmpty()) {
			throw new UsageException("--communities names no community");
		}
		return communities;
	}

	private static double minAnswered(Arguments arguments) throws UsageException {
		String text = arguments.option("min-answered").orElse(Double.toString(CommunityMemberships.DEFAULT_MIN_ANSWERED));
		try {
			double share = Double.parseDouble(text.strip());
			if (share >= 0 && share <= 1) {
				return share;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--min-answered expects a share of the items from 0 to 1, such as 0.5; got " + text);
	}

	/** The JSON; {@code minAnswered} is named when it was chosen, the default being documented. */
	private static Map<String, Object> json(CommunityMemberships memberships, Dataset data, Double minAnswered) {
		int rows = data.rowCount();
		List<CommunityMemberships.Community> communities = memberships.communities();
		List<Object> list = new ArrayList<>();
		List<Object> counts = new ArrayList<>();
		List<Object> jaccard = new ArrayList<>();
		List<Object> weightedCounts = new ArrayList<>();
		for (int a = 0; a < communities.size(); a++) {
			Map<String, Object> community = new LinkedHashMap<>();
			community.put("name", communities.get(a).name());
			community.put("items", communities.get(a).items());
			community.put("threshold", communities.get(a).threshold());
			community.put("members", memberships.count(a));
			if (memberships.weighted()) {
				community.put("weightedMembers", memberships.weightedCount(a));
			}
			community.put("share", memberships.share(a));
			list.add(community);
			int[] countRow = new int[communities.size()];
			double[] jaccardRow = new double[communities.size()];
			double[] weightedRow = new double[communities.size()];
			for (int b = 0; b < communities.size(); b++) {
				countRow[b] = memberships.shared(a, b);
				jaccardRow[b] = memberships.jaccard(a, b);
				weightedRow[b] = memberships.weightedShared(a, b);
			}
			counts.add(countRow);
			jaccard.add(jaccardRow);
			weightedCounts.add(weightedRow);
		}
		Map<String, Object> json = new LinkedHashMap<>();
		if (memberships.weighted()) {
			json.put("weight", DataArguments.weight(data));
		}
		json.put("rows", rows);
		json.put("rule", "member when the mean of the answered items reaches the threshold");
		if (minAnswered != null) {
			json.put("minAnswered", minAnswered);
		}
		json.put("communities", list);
		json.put("inNone", memberships.inNone());
		json.put("overlapCounts", counts);
		if (memberships.weighted()) {
			json.put("overlapWeighted", weightedCounts);
		}
		json.put("overlapJaccard", jaccard);
		return json;
	}
}
