/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.state.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.segmenta.diagram.state.DiagramNote;
import org.segmenta.diagram.state.DiagramStatePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram Note</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramNoteImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramNoteImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramNoteImpl#isFramed <em>Framed</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramNoteImpl#getAttachedTo <em>Attached To</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramNoteImpl extends MinimalEObjectImpl.Container implements DiagramNote {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #isFramed() <em>Framed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFramed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FRAMED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFramed() <em>Framed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFramed()
	 * @generated
	 * @ordered
	 */
	protected boolean framed = FRAMED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttachedTo() <em>Attached To</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachedTo()
	 * @generated
	 * @ordered
	 */
	protected EList<String> attachedTo;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramNoteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DiagramStatePackage.Literals.DIAGRAM_NOTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramStatePackage.DIAGRAM_NOTE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramStatePackage.DIAGRAM_NOTE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFramed() {
		return framed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFramed(boolean newFramed) {
		boolean oldFramed = framed;
		framed = newFramed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramStatePackage.DIAGRAM_NOTE__FRAMED, oldFramed, framed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAttachedTo() {
		if (attachedTo == null) {
			attachedTo = new EDataTypeUniqueEList<String>(String.class, this, DiagramStatePackage.DIAGRAM_NOTE__ATTACHED_TO);
		}
		return attachedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DiagramStatePackage.DIAGRAM_NOTE__ID:
				return getId();
			case DiagramStatePackage.DIAGRAM_NOTE__TEXT:
				return getText();
			case DiagramStatePackage.DIAGRAM_NOTE__FRAMED:
				return isFramed();
			case DiagramStatePackage.DIAGRAM_NOTE__ATTACHED_TO:
				return getAttachedTo();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DiagramStatePackage.DIAGRAM_NOTE__ID:
				setId((String)newValue);
				return;
			case DiagramStatePackage.DIAGRAM_NOTE__TEXT:
				setText((String)newValue);
				return;
			case DiagramStatePackage.DIAGRAM_NOTE__FRAMED:
				setFramed((Boolean)newValue);
				return;
			case DiagramStatePackage.DIAGRAM_NOTE__ATTACHED_TO:
				getAttachedTo().clear();
				getAttachedTo().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DiagramStatePackage.DIAGRAM_NOTE__ID:
				setId(ID_EDEFAULT);
				return;
			case DiagramStatePackage.DIAGRAM_NOTE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case DiagramStatePackage.DIAGRAM_NOTE__FRAMED:
				setFramed(FRAMED_EDEFAULT);
				return;
			case DiagramStatePackage.DIAGRAM_NOTE__ATTACHED_TO:
				getAttachedTo().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DiagramStatePackage.DIAGRAM_NOTE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case DiagramStatePackage.DIAGRAM_NOTE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case DiagramStatePackage.DIAGRAM_NOTE__FRAMED:
				return framed != FRAMED_EDEFAULT;
			case DiagramStatePackage.DIAGRAM_NOTE__ATTACHED_TO:
				return attachedTo != null && !attachedTo.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", text: ");
		result.append(text);
		result.append(", framed: ");
		result.append(framed);
		result.append(", attachedTo: ");
		result.append(attachedTo);
		result.append(')');
		return result.toString();
	}

} //DiagramNoteImpl
