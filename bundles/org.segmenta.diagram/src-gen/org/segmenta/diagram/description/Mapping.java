/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.description;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What turns model elements into diagram elements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.description.Mapping#getId <em>Id</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.Mapping#getLabel <em>Label</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.Mapping#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.Mapping#getSemanticCandidates <em>Semantic Candidates</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.Mapping#getLayer <em>Layer</em>}</li>
 * </ul>
 *
 * @see org.segmenta.diagram.description.DescriptionPackage#getMapping()
 * @model abstract="true"
 * @generated
 */
public interface Mapping extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The identifier, unique within the description; part of the diagram element ids.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getMapping_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.Mapping#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the mapping, shown in the palette and in messages.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getMapping_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.Mapping#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the EClass whose instances this mapping shows; candidates of other classes are ignored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getMapping_DomainClass()
	 * @model
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.Mapping#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The expression that yields the elements to show. The expression is a path of feature names separated by dots, evaluated on the context element (see DiagramDescription). For node mappings the context is the diagram root or the parent node's element; for element-based edge mappings it is the source node's element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Semantic Candidates</em>' attribute.
	 * @see #setSemanticCandidates(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getMapping_SemanticCandidates()
	 * @model
	 * @generated
	 */
	String getSemanticCandidates();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.Mapping#getSemanticCandidates <em>Semantic Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Candidates</em>' attribute.
	 * @see #getSemanticCandidates()
	 * @generated
	 */
	void setSemanticCandidates(String value);

	/**
	 * Returns the value of the '<em><b>Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layer this mapping belongs to; none means always shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layer</em>' reference.
	 * @see #setLayer(Layer)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getMapping_Layer()
	 * @model
	 * @generated
	 */
	Layer getLayer();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.Mapping#getLayer <em>Layer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer</em>' reference.
	 * @see #getLayer()
	 * @generated
	 */
	void setLayer(Layer value);

} // Mapping
