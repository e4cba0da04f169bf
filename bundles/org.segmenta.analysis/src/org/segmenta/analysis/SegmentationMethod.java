/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segmenta.data.Column;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;

/**
 * A way of forming segments from data. Built-in methods and those of other plug-ins are contributed
 * through the {@code org.segmenta.analysis.analysers} extension point.
 */
public interface SegmentationMethod {

	/**
	 * Forms {@code k} segments.
	 *
	 * @param columns the basis columns, already chosen
	 * @throws DataException when the columns do not suit the method, naming the column
	 */
	ClusterResult cluster(Dataset data, List<String> columns, int k, ClusterSettings settings,
			IProgressMonitor monitor) throws DataException;

	/** Whether {@code column} can be a basis column of this method; used to pick default columns. */
	boolean accepts(Column column);

	/**
	 * Whether the method applies the dataset's {@linkplain Dataset#caseWeights() case weights}; a
	 * weighted dataset is refused by a method that would ignore them.
	 */
	default boolean appliesWeights() {
		return false;
	}
}
