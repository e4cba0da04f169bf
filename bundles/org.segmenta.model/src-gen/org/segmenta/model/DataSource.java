/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A source of data and insight about the audience.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.DataSource#getKind <em>Kind</em>}</li>
 *   <li>{@link org.segmenta.model.DataSource#getLocation <em>Location</em>}</li>
 *   <li>{@link org.segmenta.model.DataSource#getCollected <em>Collected</em>}</li>
 *   <li>{@link org.segmenta.model.DataSource#getRespondents <em>Respondents</em>}</li>
 *   <li>{@link org.segmenta.model.DataSource#getWeightVariable <em>Weight Variable</em>}</li>
 *   <li>{@link org.segmenta.model.DataSource#getIdVariable <em>Id Variable</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getDataSource()
 * @model
 * @generated
 */
public interface DataSource extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.DataSourceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.segmenta.model.DataSourceKind
	 * @see #setKind(DataSourceKind)
	 * @see org.segmenta.model.SegmentaPackage#getDataSource_Kind()
	 * @model
	 * @generated
	 */
	DataSourceKind getKind();

	/**
	 * Sets the value of the '{@link org.segmenta.model.DataSource#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.segmenta.model.DataSourceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DataSourceKind value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the data lives: a file relative to the model, or a system name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.segmenta.model.SegmentaPackage#getDataSource_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.segmenta.model.DataSource#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Collected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the data was collected or last extracted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Collected</em>' attribute.
	 * @see #setCollected(LocalDate)
	 * @see org.segmenta.model.SegmentaPackage#getDataSource_Collected()
	 * @model dataType="org.segmenta.model.LocalDate"
	 * @generated
	 */
	LocalDate getCollected();

	/**
	 * Sets the value of the '{@link org.segmenta.model.DataSource#getCollected <em>Collected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collected</em>' attribute.
	 * @see #getCollected()
	 * @generated
	 */
	void setCollected(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Respondents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of respondents or records.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Respondents</em>' attribute.
	 * @see #setRespondents(int)
	 * @see org.segmenta.model.SegmentaPackage#getDataSource_Respondents()
	 * @model
	 * @generated
	 */
	int getRespondents();

	/**
	 * Sets the value of the '{@link org.segmenta.model.DataSource#getRespondents <em>Respondents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Respondents</em>' attribute.
	 * @see #getRespondents()
	 * @generated
	 */
	void setRespondents(int value);

	/**
	 * Returns the value of the '<em><b>Weight Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column of the data that holds each person's case weight (such as a post-stratification weight), or none when the data are unweighted. Analyses of this source weight shares, means, indices and tests by it: the workbench, and the cluster and memberships commands given the model unless their --weight says otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight Variable</em>' attribute.
	 * @see #setWeightVariable(String)
	 * @see org.segmenta.model.SegmentaPackage#getDataSource_WeightVariable()
	 * @model
	 * @generated
	 */
	String getWeightVariable();

	/**
	 * Sets the value of the '{@link org.segmenta.model.DataSource#getWeightVariable <em>Weight Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Variable</em>' attribute.
	 * @see #getWeightVariable()
	 * @generated
	 */
	void setWeightVariable(String value);

	/**
	 * Returns the value of the '<em><b>Id Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column of the data that identifies each person (a respondent or customer id), or none. The cluster and memberships commands given the model write it beside each person's segment or memberships unless their --id says otherwise, so that a profile or typing tool joins them to the data by id rather than by row order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id Variable</em>' attribute.
	 * @see #setIdVariable(String)
	 * @see org.segmenta.model.SegmentaPackage#getDataSource_IdVariable()
	 * @model
	 * @generated
	 */
	String getIdVariable();

	/**
	 * Sets the value of the '{@link org.segmenta.model.DataSource#getIdVariable <em>Id Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Variable</em>' attribute.
	 * @see #getIdVariable()
	 * @generated
	 */
	void setIdVariable(String value);

} // DataSource
