/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.description;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Declarative descriptions of Segmenta's diagram kinds: mappings, styles, tools, layers and filters as data.
 * <!-- end-model-doc -->
 * @see org.segmenta.diagram.description.DescriptionFactory
 * @model kind="package"
 * @generated
 */
public interface DescriptionPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "description";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.segmenta.org/diagram/description/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "description";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DescriptionPackage eINSTANCE = org.segmenta.diagram.description.impl.DescriptionPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.impl.DiagramDescriptionImpl
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getDiagramDescription()
	 * @generated
	 */
	int DIAGRAM_DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DOCUMENTATION = 2;

	/**
	 * The feature id for the '<em><b>Root Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__ROOT_CLASS = 3;

	/**
	 * The feature id for the '<em><b>Layout Algorithm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LAYOUT_ALGORITHM = 4;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DIRECTION = 5;

	/**
	 * The feature id for the '<em><b>Spacing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__SPACING = 6;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__COLUMNS = 7;

	/**
	 * The feature id for the '<em><b>Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__NODE_MAPPINGS = 8;

	/**
	 * The feature id for the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__EDGE_MAPPINGS = 9;

	/**
	 * The feature id for the '<em><b>Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__TOOLS = 10;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LAYERS = 11;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__FILTERS = 12;

	/**
	 * The number of structural features of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.impl.MappingImpl <em>Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.impl.MappingImpl
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getMapping()
	 * @generated
	 */
	int MAPPING = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__DOMAIN_CLASS = 2;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__SEMANTIC_CANDIDATES = 3;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__LAYER = 4;

	/**
	 * The number of structural features of the '<em>Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.impl.NodeMappingImpl
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getNodeMapping()
	 * @generated
	 */
	int NODE_MAPPING = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__ID = MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL = MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOMAIN_CLASS = MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__SEMANTIC_CANDIDATES = MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LAYER = MAPPING__LAYER;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL_EXPRESSION = MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Detail Expressions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DETAIL_EXPRESSIONS = MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Width Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__WIDTH_EXPRESSION = MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__STYLE = MAPPING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__CONDITIONAL_STYLES = MAPPING_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Child Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__CHILD_MAPPINGS = MAPPING_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Children Presentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__CHILDREN_PRESENTATION = MAPPING_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_FEATURE_COUNT = MAPPING_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_OPERATION_COUNT = MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.impl.EdgeMappingImpl
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getEdgeMapping()
	 * @generated
	 */
	int EDGE_MAPPING = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__ID = MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL = MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__DOMAIN_CLASS = MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SEMANTIC_CANDIDATES = MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LAYER = MAPPING__LAYER;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_MAPPINGS = MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_MAPPINGS = MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_EXPRESSION = MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL_EXPRESSION = MAPPING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__STYLE = MAPPING_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__CONDITIONAL_STYLES = MAPPING_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Reversed In Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__REVERSED_IN_LAYOUT = MAPPING_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_FEATURE_COUNT = MAPPING_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_OPERATION_COUNT = MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.impl.NodeStyleImpl <em>Node Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.impl.NodeStyleImpl
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getNodeStyle()
	 * @generated
	 */
	int NODE_STYLE = 4;

	/**
	 * The feature id for the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__SHAPE = 0;

	/**
	 * The feature id for the '<em><b>Fill Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__FILL_COLOUR = 1;

	/**
	 * The feature id for the '<em><b>Fill Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__FILL_EXPRESSION = 2;

	/**
	 * The feature id for the '<em><b>Border Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BORDER_COLOUR = 3;

	/**
	 * The feature id for the '<em><b>Label Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_COLOUR = 4;

	/**
	 * The feature id for the '<em><b>Border Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BORDER_WIDTH = 5;

	/**
	 * The feature id for the '<em><b>Font Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__FONT_SIZE = 6;

	/**
	 * The feature id for the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BOLD = 7;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__WIDTH = 8;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__HEIGHT = 9;

	/**
	 * The number of structural features of the '<em>Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.impl.ConditionalNodeStyleImpl <em>Conditional Node Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.impl.ConditionalNodeStyleImpl
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getConditionalNodeStyle()
	 * @generated
	 */
	int CONDITIONAL_NODE_STYLE = 5;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE__CONDITION = 0;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE__STYLE = 1;

	/**
	 * The number of structural features of the '<em>Conditional Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Conditional Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.impl.EdgeStyleImpl <em>Edge Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.impl.EdgeStyleImpl
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getEdgeStyle()
	 * @generated
	 */
	int EDGE_STYLE = 6;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__COLOUR = 0;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__WIDTH = 1;

	/**
	 * The feature id for the '<em><b>Line Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LINE_STYLE = 2;

	/**
	 * The feature id for the '<em><b>Source Arrow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__SOURCE_ARROW = 3;

	/**
	 * The feature id for the '<em><b>Target Arrow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__TARGET_ARROW = 4;

	/**
	 * The number of structural features of the '<em>Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.impl.ConditionalEdgeStyleImpl <em>Conditional Edge Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.impl.ConditionalEdgeStyleImpl
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getConditionalEdgeStyle()
	 * @generated
	 */
	int CONDITIONAL_EDGE_STYLE = 7;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EDGE_STYLE__CONDITION = 0;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EDGE_STYLE__STYLE = 1;

	/**
	 * The number of structural features of the '<em>Conditional Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EDGE_STYLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Conditional Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_EDGE_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.impl.ToolImpl <em>Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.impl.ToolImpl
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getTool()
	 * @generated
	 */
	int TOOL = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__ICON = 2;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__LAYER = 3;

	/**
	 * The number of structural features of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.impl.CreateNodeToolImpl <em>Create Node Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.impl.CreateNodeToolImpl
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getCreateNodeTool()
	 * @generated
	 */
	int CREATE_NODE_TOOL = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__LAYER = TOOL__LAYER;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Container Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__CONTAINER_MAPPINGS = TOOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Container Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__CONTAINER_FEATURE = TOOL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Initial Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL__INITIAL_NAME = TOOL_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Create Node Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Create Node Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_NODE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.impl.CreateEdgeToolImpl <em>Create Edge Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.impl.CreateEdgeToolImpl
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getCreateEdgeTool()
	 * @generated
	 */
	int CREATE_EDGE_TOOL = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__LAYER = TOOL__LAYER;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Create Edge Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Create Edge Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_EDGE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.impl.DeleteToolImpl
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getDeleteTool()
	 * @generated
	 */
	int DELETE_TOOL = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__LAYER = TOOL__LAYER;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.impl.DirectEditToolImpl <em>Direct Edit Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.impl.DirectEditToolImpl
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getDirectEditTool()
	 * @generated
	 */
	int DIRECT_EDIT_TOOL = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__LAYER = TOOL__LAYER;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__FEATURE = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Direct Edit Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Direct Edit Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.impl.LayerImpl
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ACTIVE_BY_DEFAULT = 2;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.impl.FilterImpl <em>Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.impl.FilterImpl
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getFilter()
	 * @generated
	 */
	int FILTER = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__CONDITION = 2;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__MAPPINGS = 3;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__ACTIVE_BY_DEFAULT = 4;

	/**
	 * The number of structural features of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.LayoutAlgorithm <em>Layout Algorithm</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.LayoutAlgorithm
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getLayoutAlgorithm()
	 * @generated
	 */
	int LAYOUT_ALGORITHM = 15;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.LayoutDirection <em>Layout Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.LayoutDirection
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getLayoutDirection()
	 * @generated
	 */
	int LAYOUT_DIRECTION = 16;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.NodeShape <em>Node Shape</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.NodeShape
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getNodeShape()
	 * @generated
	 */
	int NODE_SHAPE = 17;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.ChildrenPresentation <em>Children Presentation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.ChildrenPresentation
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getChildrenPresentation()
	 * @generated
	 */
	int CHILDREN_PRESENTATION = 18;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.LineStyle <em>Line Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.LineStyle
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getLineStyle()
	 * @generated
	 */
	int LINE_STYLE = 19;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.description.ArrowStyle <em>Arrow Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.description.ArrowStyle
	 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getArrowStyle()
	 * @generated
	 */
	int ARROW_STYLE = 20;


	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.description.DiagramDescription <em>Diagram Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Description</em>'.
	 * @see org.segmenta.diagram.description.DiagramDescription
	 * @generated
	 */
	EClass getDiagramDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.DiagramDescription#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.segmenta.diagram.description.DiagramDescription#getId()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.DiagramDescription#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.segmenta.diagram.description.DiagramDescription#getLabel()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.DiagramDescription#getDocumentation <em>Documentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Documentation</em>'.
	 * @see org.segmenta.diagram.description.DiagramDescription#getDocumentation()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Documentation();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.DiagramDescription#getRootClass <em>Root Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root Class</em>'.
	 * @see org.segmenta.diagram.description.DiagramDescription#getRootClass()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_RootClass();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.DiagramDescription#getLayoutAlgorithm <em>Layout Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layout Algorithm</em>'.
	 * @see org.segmenta.diagram.description.DiagramDescription#getLayoutAlgorithm()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_LayoutAlgorithm();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.DiagramDescription#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.segmenta.diagram.description.DiagramDescription#getDirection()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.DiagramDescription#getSpacing <em>Spacing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spacing</em>'.
	 * @see org.segmenta.diagram.description.DiagramDescription#getSpacing()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Spacing();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.DiagramDescription#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Columns</em>'.
	 * @see org.segmenta.diagram.description.DiagramDescription#getColumns()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Columns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.diagram.description.DiagramDescription#getNodeMappings <em>Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Node Mappings</em>'.
	 * @see org.segmenta.diagram.description.DiagramDescription#getNodeMappings()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_NodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.diagram.description.DiagramDescription#getEdgeMappings <em>Edge Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edge Mappings</em>'.
	 * @see org.segmenta.diagram.description.DiagramDescription#getEdgeMappings()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_EdgeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.diagram.description.DiagramDescription#getTools <em>Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tools</em>'.
	 * @see org.segmenta.diagram.description.DiagramDescription#getTools()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_Tools();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.diagram.description.DiagramDescription#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.segmenta.diagram.description.DiagramDescription#getLayers()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_Layers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.diagram.description.DiagramDescription#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filters</em>'.
	 * @see org.segmenta.diagram.description.DiagramDescription#getFilters()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_Filters();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.description.Mapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mapping</em>'.
	 * @see org.segmenta.diagram.description.Mapping
	 * @generated
	 */
	EClass getMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.Mapping#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.segmenta.diagram.description.Mapping#getId()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.Mapping#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.segmenta.diagram.description.Mapping#getLabel()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.Mapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.segmenta.diagram.description.Mapping#getDomainClass()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.Mapping#getSemanticCandidates <em>Semantic Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Semantic Candidates</em>'.
	 * @see org.segmenta.diagram.description.Mapping#getSemanticCandidates()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_SemanticCandidates();

	/**
	 * Returns the meta object for the reference '{@link org.segmenta.diagram.description.Mapping#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Layer</em>'.
	 * @see org.segmenta.diagram.description.Mapping#getLayer()
	 * @see #getMapping()
	 * @generated
	 */
	EReference getMapping_Layer();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.description.NodeMapping <em>Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Mapping</em>'.
	 * @see org.segmenta.diagram.description.NodeMapping
	 * @generated
	 */
	EClass getNodeMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.NodeMapping#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.segmenta.diagram.description.NodeMapping#getLabelExpression()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EAttribute getNodeMapping_LabelExpression();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.diagram.description.NodeMapping#getDetailExpressions <em>Detail Expressions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Detail Expressions</em>'.
	 * @see org.segmenta.diagram.description.NodeMapping#getDetailExpressions()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EAttribute getNodeMapping_DetailExpressions();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.NodeMapping#getWidthExpression <em>Width Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width Expression</em>'.
	 * @see org.segmenta.diagram.description.NodeMapping#getWidthExpression()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EAttribute getNodeMapping_WidthExpression();

	/**
	 * Returns the meta object for the containment reference '{@link org.segmenta.diagram.description.NodeMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.segmenta.diagram.description.NodeMapping#getStyle()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EReference getNodeMapping_Style();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.diagram.description.NodeMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.segmenta.diagram.description.NodeMapping#getConditionalStyles()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EReference getNodeMapping_ConditionalStyles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.diagram.description.NodeMapping#getChildMappings <em>Child Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Child Mappings</em>'.
	 * @see org.segmenta.diagram.description.NodeMapping#getChildMappings()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EReference getNodeMapping_ChildMappings();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.NodeMapping#getChildrenPresentation <em>Children Presentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Children Presentation</em>'.
	 * @see org.segmenta.diagram.description.NodeMapping#getChildrenPresentation()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EAttribute getNodeMapping_ChildrenPresentation();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.description.EdgeMapping <em>Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Mapping</em>'.
	 * @see org.segmenta.diagram.description.EdgeMapping
	 * @generated
	 */
	EClass getEdgeMapping();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.diagram.description.EdgeMapping#getSourceMappings <em>Source Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Source Mappings</em>'.
	 * @see org.segmenta.diagram.description.EdgeMapping#getSourceMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_SourceMappings();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.diagram.description.EdgeMapping#getTargetMappings <em>Target Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Mappings</em>'.
	 * @see org.segmenta.diagram.description.EdgeMapping#getTargetMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_TargetMappings();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.EdgeMapping#getTargetExpression <em>Target Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Expression</em>'.
	 * @see org.segmenta.diagram.description.EdgeMapping#getTargetExpression()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_TargetExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.EdgeMapping#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.segmenta.diagram.description.EdgeMapping#getLabelExpression()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_LabelExpression();

	/**
	 * Returns the meta object for the containment reference '{@link org.segmenta.diagram.description.EdgeMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.segmenta.diagram.description.EdgeMapping#getStyle()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_Style();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.diagram.description.EdgeMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.segmenta.diagram.description.EdgeMapping#getConditionalStyles()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_ConditionalStyles();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.EdgeMapping#isReversedInLayout <em>Reversed In Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reversed In Layout</em>'.
	 * @see org.segmenta.diagram.description.EdgeMapping#isReversedInLayout()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_ReversedInLayout();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.description.NodeStyle <em>Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Style</em>'.
	 * @see org.segmenta.diagram.description.NodeStyle
	 * @generated
	 */
	EClass getNodeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.NodeStyle#getShape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shape</em>'.
	 * @see org.segmenta.diagram.description.NodeStyle#getShape()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Shape();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.NodeStyle#getFillColour <em>Fill Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fill Colour</em>'.
	 * @see org.segmenta.diagram.description.NodeStyle#getFillColour()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_FillColour();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.NodeStyle#getFillExpression <em>Fill Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fill Expression</em>'.
	 * @see org.segmenta.diagram.description.NodeStyle#getFillExpression()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_FillExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.NodeStyle#getBorderColour <em>Border Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Colour</em>'.
	 * @see org.segmenta.diagram.description.NodeStyle#getBorderColour()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BorderColour();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.NodeStyle#getLabelColour <em>Label Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Colour</em>'.
	 * @see org.segmenta.diagram.description.NodeStyle#getLabelColour()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_LabelColour();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.NodeStyle#getBorderWidth <em>Border Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Width</em>'.
	 * @see org.segmenta.diagram.description.NodeStyle#getBorderWidth()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BorderWidth();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.NodeStyle#getFontSize <em>Font Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Font Size</em>'.
	 * @see org.segmenta.diagram.description.NodeStyle#getFontSize()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_FontSize();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.NodeStyle#isBold <em>Bold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bold</em>'.
	 * @see org.segmenta.diagram.description.NodeStyle#isBold()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Bold();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.NodeStyle#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.segmenta.diagram.description.NodeStyle#getWidth()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.NodeStyle#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.segmenta.diagram.description.NodeStyle#getHeight()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Height();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.description.ConditionalNodeStyle <em>Conditional Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Node Style</em>'.
	 * @see org.segmenta.diagram.description.ConditionalNodeStyle
	 * @generated
	 */
	EClass getConditionalNodeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.ConditionalNodeStyle#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.segmenta.diagram.description.ConditionalNodeStyle#getCondition()
	 * @see #getConditionalNodeStyle()
	 * @generated
	 */
	EAttribute getConditionalNodeStyle_Condition();

	/**
	 * Returns the meta object for the containment reference '{@link org.segmenta.diagram.description.ConditionalNodeStyle#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.segmenta.diagram.description.ConditionalNodeStyle#getStyle()
	 * @see #getConditionalNodeStyle()
	 * @generated
	 */
	EReference getConditionalNodeStyle_Style();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.description.EdgeStyle <em>Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Style</em>'.
	 * @see org.segmenta.diagram.description.EdgeStyle
	 * @generated
	 */
	EClass getEdgeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.EdgeStyle#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.segmenta.diagram.description.EdgeStyle#getColour()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_Colour();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.EdgeStyle#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.segmenta.diagram.description.EdgeStyle#getWidth()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.EdgeStyle#getLineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Style</em>'.
	 * @see org.segmenta.diagram.description.EdgeStyle#getLineStyle()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_LineStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.EdgeStyle#getSourceArrow <em>Source Arrow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Arrow</em>'.
	 * @see org.segmenta.diagram.description.EdgeStyle#getSourceArrow()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_SourceArrow();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.EdgeStyle#getTargetArrow <em>Target Arrow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Arrow</em>'.
	 * @see org.segmenta.diagram.description.EdgeStyle#getTargetArrow()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_TargetArrow();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.description.ConditionalEdgeStyle <em>Conditional Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Edge Style</em>'.
	 * @see org.segmenta.diagram.description.ConditionalEdgeStyle
	 * @generated
	 */
	EClass getConditionalEdgeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.ConditionalEdgeStyle#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.segmenta.diagram.description.ConditionalEdgeStyle#getCondition()
	 * @see #getConditionalEdgeStyle()
	 * @generated
	 */
	EAttribute getConditionalEdgeStyle_Condition();

	/**
	 * Returns the meta object for the containment reference '{@link org.segmenta.diagram.description.ConditionalEdgeStyle#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.segmenta.diagram.description.ConditionalEdgeStyle#getStyle()
	 * @see #getConditionalEdgeStyle()
	 * @generated
	 */
	EReference getConditionalEdgeStyle_Style();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.description.Tool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tool</em>'.
	 * @see org.segmenta.diagram.description.Tool
	 * @generated
	 */
	EClass getTool();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.Tool#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.segmenta.diagram.description.Tool#getId()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.Tool#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.segmenta.diagram.description.Tool#getLabel()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.Tool#getIcon <em>Icon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon</em>'.
	 * @see org.segmenta.diagram.description.Tool#getIcon()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_Icon();

	/**
	 * Returns the meta object for the reference '{@link org.segmenta.diagram.description.Tool#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Layer</em>'.
	 * @see org.segmenta.diagram.description.Tool#getLayer()
	 * @see #getTool()
	 * @generated
	 */
	EReference getTool_Layer();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.description.CreateNodeTool <em>Create Node Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Create Node Tool</em>'.
	 * @see org.segmenta.diagram.description.CreateNodeTool
	 * @generated
	 */
	EClass getCreateNodeTool();

	/**
	 * Returns the meta object for the reference '{@link org.segmenta.diagram.description.CreateNodeTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.segmenta.diagram.description.CreateNodeTool#getMapping()
	 * @see #getCreateNodeTool()
	 * @generated
	 */
	EReference getCreateNodeTool_Mapping();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.diagram.description.CreateNodeTool#getContainerMappings <em>Container Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Container Mappings</em>'.
	 * @see org.segmenta.diagram.description.CreateNodeTool#getContainerMappings()
	 * @see #getCreateNodeTool()
	 * @generated
	 */
	EReference getCreateNodeTool_ContainerMappings();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.CreateNodeTool#getContainerFeature <em>Container Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Container Feature</em>'.
	 * @see org.segmenta.diagram.description.CreateNodeTool#getContainerFeature()
	 * @see #getCreateNodeTool()
	 * @generated
	 */
	EAttribute getCreateNodeTool_ContainerFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.CreateNodeTool#getInitialName <em>Initial Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Name</em>'.
	 * @see org.segmenta.diagram.description.CreateNodeTool#getInitialName()
	 * @see #getCreateNodeTool()
	 * @generated
	 */
	EAttribute getCreateNodeTool_InitialName();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.description.CreateEdgeTool <em>Create Edge Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Create Edge Tool</em>'.
	 * @see org.segmenta.diagram.description.CreateEdgeTool
	 * @generated
	 */
	EClass getCreateEdgeTool();

	/**
	 * Returns the meta object for the reference '{@link org.segmenta.diagram.description.CreateEdgeTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.segmenta.diagram.description.CreateEdgeTool#getMapping()
	 * @see #getCreateEdgeTool()
	 * @generated
	 */
	EReference getCreateEdgeTool_Mapping();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.description.DeleteTool <em>Delete Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delete Tool</em>'.
	 * @see org.segmenta.diagram.description.DeleteTool
	 * @generated
	 */
	EClass getDeleteTool();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.diagram.description.DeleteTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.segmenta.diagram.description.DeleteTool#getMappings()
	 * @see #getDeleteTool()
	 * @generated
	 */
	EReference getDeleteTool_Mappings();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.description.DirectEditTool <em>Direct Edit Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Direct Edit Tool</em>'.
	 * @see org.segmenta.diagram.description.DirectEditTool
	 * @generated
	 */
	EClass getDirectEditTool();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.diagram.description.DirectEditTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.segmenta.diagram.description.DirectEditTool#getMappings()
	 * @see #getDirectEditTool()
	 * @generated
	 */
	EReference getDirectEditTool_Mappings();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.DirectEditTool#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature</em>'.
	 * @see org.segmenta.diagram.description.DirectEditTool#getFeature()
	 * @see #getDirectEditTool()
	 * @generated
	 */
	EAttribute getDirectEditTool_Feature();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.description.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.segmenta.diagram.description.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.Layer#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.segmenta.diagram.description.Layer#getId()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.Layer#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.segmenta.diagram.description.Layer#getLabel()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.Layer#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.segmenta.diagram.description.Layer#isActiveByDefault()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_ActiveByDefault();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.description.Filter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Filter</em>'.
	 * @see org.segmenta.diagram.description.Filter
	 * @generated
	 */
	EClass getFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.Filter#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.segmenta.diagram.description.Filter#getId()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.Filter#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.segmenta.diagram.description.Filter#getLabel()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.Filter#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.segmenta.diagram.description.Filter#getCondition()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_Condition();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.diagram.description.Filter#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.segmenta.diagram.description.Filter#getMappings()
	 * @see #getFilter()
	 * @generated
	 */
	EReference getFilter_Mappings();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.description.Filter#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.segmenta.diagram.description.Filter#isActiveByDefault()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_ActiveByDefault();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.diagram.description.LayoutAlgorithm <em>Layout Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layout Algorithm</em>'.
	 * @see org.segmenta.diagram.description.LayoutAlgorithm
	 * @generated
	 */
	EEnum getLayoutAlgorithm();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.diagram.description.LayoutDirection <em>Layout Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layout Direction</em>'.
	 * @see org.segmenta.diagram.description.LayoutDirection
	 * @generated
	 */
	EEnum getLayoutDirection();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.diagram.description.NodeShape <em>Node Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node Shape</em>'.
	 * @see org.segmenta.diagram.description.NodeShape
	 * @generated
	 */
	EEnum getNodeShape();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.diagram.description.ChildrenPresentation <em>Children Presentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Children Presentation</em>'.
	 * @see org.segmenta.diagram.description.ChildrenPresentation
	 * @generated
	 */
	EEnum getChildrenPresentation();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.diagram.description.LineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Line Style</em>'.
	 * @see org.segmenta.diagram.description.LineStyle
	 * @generated
	 */
	EEnum getLineStyle();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.diagram.description.ArrowStyle <em>Arrow Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Arrow Style</em>'.
	 * @see org.segmenta.diagram.description.ArrowStyle
	 * @generated
	 */
	EEnum getArrowStyle();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DescriptionFactory getDescriptionFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.impl.DiagramDescriptionImpl
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getDiagramDescription()
		 * @generated
		 */
		EClass DIAGRAM_DESCRIPTION = eINSTANCE.getDiagramDescription();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__ID = eINSTANCE.getDiagramDescription_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__LABEL = eINSTANCE.getDiagramDescription_Label();

		/**
		 * The meta object literal for the '<em><b>Documentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__DOCUMENTATION = eINSTANCE.getDiagramDescription_Documentation();

		/**
		 * The meta object literal for the '<em><b>Root Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__ROOT_CLASS = eINSTANCE.getDiagramDescription_RootClass();

		/**
		 * The meta object literal for the '<em><b>Layout Algorithm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__LAYOUT_ALGORITHM = eINSTANCE.getDiagramDescription_LayoutAlgorithm();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__DIRECTION = eINSTANCE.getDiagramDescription_Direction();

		/**
		 * The meta object literal for the '<em><b>Spacing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__SPACING = eINSTANCE.getDiagramDescription_Spacing();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__COLUMNS = eINSTANCE.getDiagramDescription_Columns();

		/**
		 * The meta object literal for the '<em><b>Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__NODE_MAPPINGS = eINSTANCE.getDiagramDescription_NodeMappings();

		/**
		 * The meta object literal for the '<em><b>Edge Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__EDGE_MAPPINGS = eINSTANCE.getDiagramDescription_EdgeMappings();

		/**
		 * The meta object literal for the '<em><b>Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__TOOLS = eINSTANCE.getDiagramDescription_Tools();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__LAYERS = eINSTANCE.getDiagramDescription_Layers();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__FILTERS = eINSTANCE.getDiagramDescription_Filters();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.impl.MappingImpl <em>Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.impl.MappingImpl
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getMapping()
		 * @generated
		 */
		EClass MAPPING = eINSTANCE.getMapping();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__ID = eINSTANCE.getMapping_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__LABEL = eINSTANCE.getMapping_Label();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__DOMAIN_CLASS = eINSTANCE.getMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Semantic Candidates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__SEMANTIC_CANDIDATES = eINSTANCE.getMapping_SemanticCandidates();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAPPING__LAYER = eINSTANCE.getMapping_Layer();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.impl.NodeMappingImpl
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getNodeMapping()
		 * @generated
		 */
		EClass NODE_MAPPING = eINSTANCE.getNodeMapping();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_MAPPING__LABEL_EXPRESSION = eINSTANCE.getNodeMapping_LabelExpression();

		/**
		 * The meta object literal for the '<em><b>Detail Expressions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_MAPPING__DETAIL_EXPRESSIONS = eINSTANCE.getNodeMapping_DetailExpressions();

		/**
		 * The meta object literal for the '<em><b>Width Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_MAPPING__WIDTH_EXPRESSION = eINSTANCE.getNodeMapping_WidthExpression();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_MAPPING__STYLE = eINSTANCE.getNodeMapping_Style();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getNodeMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '<em><b>Child Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_MAPPING__CHILD_MAPPINGS = eINSTANCE.getNodeMapping_ChildMappings();

		/**
		 * The meta object literal for the '<em><b>Children Presentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_MAPPING__CHILDREN_PRESENTATION = eINSTANCE.getNodeMapping_ChildrenPresentation();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.impl.EdgeMappingImpl
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getEdgeMapping()
		 * @generated
		 */
		EClass EDGE_MAPPING = eINSTANCE.getEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Source Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__SOURCE_MAPPINGS = eINSTANCE.getEdgeMapping_SourceMappings();

		/**
		 * The meta object literal for the '<em><b>Target Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__TARGET_MAPPINGS = eINSTANCE.getEdgeMapping_TargetMappings();

		/**
		 * The meta object literal for the '<em><b>Target Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__TARGET_EXPRESSION = eINSTANCE.getEdgeMapping_TargetExpression();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__LABEL_EXPRESSION = eINSTANCE.getEdgeMapping_LabelExpression();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__STYLE = eINSTANCE.getEdgeMapping_Style();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getEdgeMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '<em><b>Reversed In Layout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__REVERSED_IN_LAYOUT = eINSTANCE.getEdgeMapping_ReversedInLayout();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.impl.NodeStyleImpl <em>Node Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.impl.NodeStyleImpl
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getNodeStyle()
		 * @generated
		 */
		EClass NODE_STYLE = eINSTANCE.getNodeStyle();

		/**
		 * The meta object literal for the '<em><b>Shape</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__SHAPE = eINSTANCE.getNodeStyle_Shape();

		/**
		 * The meta object literal for the '<em><b>Fill Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__FILL_COLOUR = eINSTANCE.getNodeStyle_FillColour();

		/**
		 * The meta object literal for the '<em><b>Fill Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__FILL_EXPRESSION = eINSTANCE.getNodeStyle_FillExpression();

		/**
		 * The meta object literal for the '<em><b>Border Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BORDER_COLOUR = eINSTANCE.getNodeStyle_BorderColour();

		/**
		 * The meta object literal for the '<em><b>Label Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__LABEL_COLOUR = eINSTANCE.getNodeStyle_LabelColour();

		/**
		 * The meta object literal for the '<em><b>Border Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BORDER_WIDTH = eINSTANCE.getNodeStyle_BorderWidth();

		/**
		 * The meta object literal for the '<em><b>Font Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__FONT_SIZE = eINSTANCE.getNodeStyle_FontSize();

		/**
		 * The meta object literal for the '<em><b>Bold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BOLD = eINSTANCE.getNodeStyle_Bold();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__WIDTH = eINSTANCE.getNodeStyle_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__HEIGHT = eINSTANCE.getNodeStyle_Height();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.impl.ConditionalNodeStyleImpl <em>Conditional Node Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.impl.ConditionalNodeStyleImpl
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getConditionalNodeStyle()
		 * @generated
		 */
		EClass CONDITIONAL_NODE_STYLE = eINSTANCE.getConditionalNodeStyle();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONAL_NODE_STYLE__CONDITION = eINSTANCE.getConditionalNodeStyle_Condition();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_NODE_STYLE__STYLE = eINSTANCE.getConditionalNodeStyle_Style();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.impl.EdgeStyleImpl <em>Edge Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.impl.EdgeStyleImpl
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getEdgeStyle()
		 * @generated
		 */
		EClass EDGE_STYLE = eINSTANCE.getEdgeStyle();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__COLOUR = eINSTANCE.getEdgeStyle_Colour();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__WIDTH = eINSTANCE.getEdgeStyle_Width();

		/**
		 * The meta object literal for the '<em><b>Line Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__LINE_STYLE = eINSTANCE.getEdgeStyle_LineStyle();

		/**
		 * The meta object literal for the '<em><b>Source Arrow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__SOURCE_ARROW = eINSTANCE.getEdgeStyle_SourceArrow();

		/**
		 * The meta object literal for the '<em><b>Target Arrow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__TARGET_ARROW = eINSTANCE.getEdgeStyle_TargetArrow();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.impl.ConditionalEdgeStyleImpl <em>Conditional Edge Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.impl.ConditionalEdgeStyleImpl
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getConditionalEdgeStyle()
		 * @generated
		 */
		EClass CONDITIONAL_EDGE_STYLE = eINSTANCE.getConditionalEdgeStyle();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONAL_EDGE_STYLE__CONDITION = eINSTANCE.getConditionalEdgeStyle_Condition();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_EDGE_STYLE__STYLE = eINSTANCE.getConditionalEdgeStyle_Style();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.impl.ToolImpl <em>Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.impl.ToolImpl
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getTool()
		 * @generated
		 */
		EClass TOOL = eINSTANCE.getTool();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__ID = eINSTANCE.getTool_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__LABEL = eINSTANCE.getTool_Label();

		/**
		 * The meta object literal for the '<em><b>Icon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__ICON = eINSTANCE.getTool_Icon();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOOL__LAYER = eINSTANCE.getTool_Layer();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.impl.CreateNodeToolImpl <em>Create Node Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.impl.CreateNodeToolImpl
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getCreateNodeTool()
		 * @generated
		 */
		EClass CREATE_NODE_TOOL = eINSTANCE.getCreateNodeTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CREATE_NODE_TOOL__MAPPING = eINSTANCE.getCreateNodeTool_Mapping();

		/**
		 * The meta object literal for the '<em><b>Container Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CREATE_NODE_TOOL__CONTAINER_MAPPINGS = eINSTANCE.getCreateNodeTool_ContainerMappings();

		/**
		 * The meta object literal for the '<em><b>Container Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_NODE_TOOL__CONTAINER_FEATURE = eINSTANCE.getCreateNodeTool_ContainerFeature();

		/**
		 * The meta object literal for the '<em><b>Initial Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_NODE_TOOL__INITIAL_NAME = eINSTANCE.getCreateNodeTool_InitialName();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.impl.CreateEdgeToolImpl <em>Create Edge Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.impl.CreateEdgeToolImpl
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getCreateEdgeTool()
		 * @generated
		 */
		EClass CREATE_EDGE_TOOL = eINSTANCE.getCreateEdgeTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CREATE_EDGE_TOOL__MAPPING = eINSTANCE.getCreateEdgeTool_Mapping();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.impl.DeleteToolImpl
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getDeleteTool()
		 * @generated
		 */
		EClass DELETE_TOOL = eINSTANCE.getDeleteTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELETE_TOOL__MAPPINGS = eINSTANCE.getDeleteTool_Mappings();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.impl.DirectEditToolImpl <em>Direct Edit Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.impl.DirectEditToolImpl
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getDirectEditTool()
		 * @generated
		 */
		EClass DIRECT_EDIT_TOOL = eINSTANCE.getDirectEditTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECT_EDIT_TOOL__MAPPINGS = eINSTANCE.getDirectEditTool_Mappings();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_EDIT_TOOL__FEATURE = eINSTANCE.getDirectEditTool_Feature();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.impl.LayerImpl
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ID = eINSTANCE.getLayer_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__LABEL = eINSTANCE.getLayer_Label();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ACTIVE_BY_DEFAULT = eINSTANCE.getLayer_ActiveByDefault();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.impl.FilterImpl <em>Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.impl.FilterImpl
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getFilter()
		 * @generated
		 */
		EClass FILTER = eINSTANCE.getFilter();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__ID = eINSTANCE.getFilter_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__LABEL = eINSTANCE.getFilter_Label();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__CONDITION = eINSTANCE.getFilter_Condition();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILTER__MAPPINGS = eINSTANCE.getFilter_Mappings();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__ACTIVE_BY_DEFAULT = eINSTANCE.getFilter_ActiveByDefault();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.LayoutAlgorithm <em>Layout Algorithm</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.LayoutAlgorithm
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getLayoutAlgorithm()
		 * @generated
		 */
		EEnum LAYOUT_ALGORITHM = eINSTANCE.getLayoutAlgorithm();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.LayoutDirection <em>Layout Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.LayoutDirection
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getLayoutDirection()
		 * @generated
		 */
		EEnum LAYOUT_DIRECTION = eINSTANCE.getLayoutDirection();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.NodeShape <em>Node Shape</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.NodeShape
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getNodeShape()
		 * @generated
		 */
		EEnum NODE_SHAPE = eINSTANCE.getNodeShape();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.ChildrenPresentation <em>Children Presentation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.ChildrenPresentation
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getChildrenPresentation()
		 * @generated
		 */
		EEnum CHILDREN_PRESENTATION = eINSTANCE.getChildrenPresentation();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.LineStyle <em>Line Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.LineStyle
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getLineStyle()
		 * @generated
		 */
		EEnum LINE_STYLE = eINSTANCE.getLineStyle();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.description.ArrowStyle <em>Arrow Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.description.ArrowStyle
		 * @see org.segmenta.diagram.description.impl.DescriptionPackageImpl#getArrowStyle()
		 * @generated
		 */
		EEnum ARROW_STYLE = eINSTANCE.getArrowStyle();

	}

} //DescriptionPackage
