/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Create Node Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Creates an element of the mapping's domain class in a container element and shows it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.description.CreateNodeTool#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.CreateNodeTool#getContainerMappings <em>Container Mappings</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.CreateNodeTool#getContainerFeature <em>Container Feature</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.CreateNodeTool#getInitialName <em>Initial Name</em>}</li>
 * </ul>
 *
 * @see org.segmenta.diagram.description.DescriptionPackage#getCreateNodeTool()
 * @model
 * @generated
 */
public interface CreateNodeTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mapping of the created node; its domain class is instantiated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(NodeMapping)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getCreateNodeTool_Mapping()
	 * @model
	 * @generated
	 */
	NodeMapping getMapping();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.CreateNodeTool#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(NodeMapping value);

	/**
	 * Returns the value of the '<em><b>Container Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.segmenta.diagram.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The nodes the user may create it in; empty means the diagram's root element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Container Mappings</em>' reference list.
	 * @see org.segmenta.diagram.description.DescriptionPackage#getCreateNodeTool_ContainerMappings()
	 * @model
	 * @generated
	 */
	EList<NodeMapping> getContainerMappings();

	/**
	 * Returns the value of the '<em><b>Container Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The containment reference of the container element that receives the new element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Container Feature</em>' attribute.
	 * @see #setContainerFeature(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getCreateNodeTool_ContainerFeature()
	 * @model
	 * @generated
	 */
	String getContainerFeature();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.CreateNodeTool#getContainerFeature <em>Container Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container Feature</em>' attribute.
	 * @see #getContainerFeature()
	 * @generated
	 */
	void setContainerFeature(String value);

	/**
	 * Returns the value of the '<em><b>Initial Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the new element; a number is appended when the name is taken.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial Name</em>' attribute.
	 * @see #setInitialName(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getCreateNodeTool_InitialName()
	 * @model
	 * @generated
	 */
	String getInitialName();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.CreateNodeTool#getInitialName <em>Initial Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Name</em>' attribute.
	 * @see #getInitialName()
	 * @generated
	 */
	void setInitialName(String value);

} // CreateNodeTool
