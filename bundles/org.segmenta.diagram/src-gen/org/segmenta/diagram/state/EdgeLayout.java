/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.state;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Layout</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The route of one edge in diagram coordinates: its start, bend and end points.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.state.EdgeLayout#getEdge <em>Edge</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.EdgeLayout#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see org.segmenta.diagram.state.DiagramStatePackage#getEdgeLayout()
 * @model
 * @generated
 */
public interface EdgeLayout extends EObject {
	/**
	 * Returns the value of the '<em><b>Edge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the diagram edge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edge</em>' attribute.
	 * @see #setEdge(String)
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getEdgeLayout_Edge()
	 * @model
	 * @generated
	 */
	String getEdge();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.state.EdgeLayout#getEdge <em>Edge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edge</em>' attribute.
	 * @see #getEdge()
	 * @generated
	 */
	void setEdge(String value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The points as x1, y1, x2, y2, ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' attribute list.
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getEdgeLayout_Points()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getPoints();

} // EdgeLayout
