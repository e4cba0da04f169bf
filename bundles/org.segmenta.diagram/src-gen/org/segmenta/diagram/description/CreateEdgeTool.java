/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Create Edge Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Connects two nodes: adds the target to the source's reference (relation-based mapping), or creates an edge element in the source (element-based mapping).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.description.CreateEdgeTool#getMapping <em>Mapping</em>}</li>
 * </ul>
 *
 * @see org.segmenta.diagram.description.DescriptionPackage#getCreateEdgeTool()
 * @model
 * @generated
 */
public interface CreateEdgeTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mapping of the created edge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(EdgeMapping)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getCreateEdgeTool_Mapping()
	 * @model
	 * @generated
	 */
	EdgeMapping getMapping();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.CreateEdgeTool#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(EdgeMapping value);

} // CreateEdgeTool
