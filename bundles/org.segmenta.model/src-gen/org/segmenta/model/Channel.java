/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A channel through which the audience is reached.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.Channel#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getChannel()
 * @model
 * @generated
 */
public interface Channel extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.ChannelKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.segmenta.model.ChannelKind
	 * @see #setKind(ChannelKind)
	 * @see org.segmenta.model.SegmentaPackage#getChannel_Kind()
	 * @model
	 * @generated
	 */
	ChannelKind getKind();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Channel#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.segmenta.model.ChannelKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ChannelKind value);

} // Channel
