package script

// kind is our own small enumeration of the grammar's node types (the
// javascript and typescript grammars number their symbols differently; both
// map onto these by name). Named nodes we do not care about are kOther;
// anonymous tokens other than the operators below are dropped by the walk.
type kind uint8

const (
	kDrop kind = iota // anonymous token we do not keep
	kOther
	kError

	kProgram
	kExprStmt
	kLexicalDecl
	kVarDecl
	kDeclarator
	kReturn
	kThrow
	kBlock
	kIf
	kElse
	kFor
	kForIn
	kWhile
	kDo
	kTry
	kCatch
	kFinally
	kSwitchCase
	kExport

	kCall
	kNew
	kMember
	kSubscript
	kIdent
	kPropIdent
	kShorthandProp
	kShorthandPattern
	kThis
	kString
	kStringFragment
	kEscape
	kTemplate
	kTemplateSubst
	kObject
	kPair
	kMethodDef
	kObjectPattern
	kPairPattern
	kObjectAssignPattern
	kArguments
	kFuncDecl
	kFuncExpr
	kArrow
	kGenFunc
	kGenFuncDecl
	kClassBody
	kField
	kParams
	kParen
	kAwait
	kUnary
	kBinary
	kAssign
	kAugAssign
	kTernary
	kComment
	kNumber
	kTrue
	kFalse
	kArray
	kTSWrap // as_expression, non_null_expression, satisfies_expression, type_assertion
	kComputedName
	kSequence
	kSpread
	kRegex
	kRegexPattern
	kPrivateProp
	kImport
	kImportSpec
	kNamespaceImport
	kTypeNode // type annotations/arguments: never contain runtime code we follow
	kLabeled  // labeled_statement: `outer: for (…)`; a fix keeps the label with its statement

	// kept anonymous tokens
	kNot       // !
	kEqStrict  // ===
	kNeStrict  // !==
	kEq        // ==
	kNe        // !=
	kAndAnd    // &&
	kOrOr      // ||
	kNullish   // ??
	kLt        // <
	kGt        // >
	kLe        // <=
	kGe        // >=
	kMinus     // -
	kPlus      // +
	kEqAssign  // =
	kTypeofTok // typeof

	kCount
)

var namedKinds = map[string]kind{
	"ERROR":                                 kError,
	"program":                               kProgram,
	"expression_statement":                  kExprStmt,
	"labeled_statement":                     kLabeled,
	"lexical_declaration":                   kLexicalDecl,
	"variable_declaration":                  kVarDecl,
	"variable_declarator":                   kDeclarator,
	"return_statement":                      kReturn,
	"throw_statement":                       kThrow,
	"statement_block":                       kBlock,
	"if_statement":                          kIf,
	"else_clause":                           kElse,
	"for_statement":                         kFor,
	"for_in_statement":                      kForIn,
	"while_statement":                       kWhile,
	"do_statement":                          kDo,
	"try_statement":                         kTry,
	"catch_clause":                          kCatch,
	"finally_clause":                        kFinally,
	"switch_case":                           kSwitchCase,
	"switch_default":                        kSwitchCase,
	"export_statement":                      kExport,
	"call_expression":                       kCall,
	"new_expression":                        kNew,
	"member_expression":                     kMember,
	"subscript_expression":                  kSubscript,
	"identifier":                            kIdent,
	"property_identifier":                   kPropIdent,
	"shorthand_property_identifier":         kShorthandProp,
	"shorthand_property_identifier_pattern": kShorthandPattern,
	"this":                                  kThis,
	"string":                                kString,
	"string_fragment":                       kStringFragment,
	"escape_sequence":                       kEscape,
	"template_string":                       kTemplate,
	"template_substitution":                 kTemplateSubst,
	"object":                                kObject,
	"pair":                                  kPair,
	"method_definition":                     kMethodDef,
	"object_pattern":                        kObjectPattern,
	"pair_pattern":                          kPairPattern,
	"object_assignment_pattern":             kObjectAssignPattern,
	"arguments":                             kArguments,
	"function_declaration":                  kFuncDecl,
	"function_expression":                   kFuncExpr,
	"function":                              kFuncExpr, // older grammars
	"arrow_function":                        kArrow,
	"generator_function":                    kGenFunc,
	"generator_function_declaration":        kGenFuncDecl,
	"class_body":                            kClassBody,
	"field_definition":                      kField,
	"public_field_definition":               kField,
	"formal_parameters":                     kParams,
	"parenthesized_expression":              kParen,
	"await_expression":                      kAwait,
	"unary_expression":                      kUnary,
	"binary_expression":                     kBinary,
	"assignment_expression":                 kAssign,
	"augmented_assignment_expression":       kAugAssign,
	"ternary_expression":                    kTernary,
	"comment":                               kComment,
	"html_comment":                          kComment,
	"number":                                kNumber,
	"true":                                  kTrue,
	"false":                                 kFalse,
	"array":                                 kArray,
	"as_expression":                         kTSWrap,
	"non_null_expression":                   kTSWrap,
	"satisfies_expression":                  kTSWrap,
	"type_assertion":                        kTSWrap,
	"computed_property_name":                kComputedName,
	"sequence_expression":                   kSequence,
	"spread_element":                        kSpread,
	"regex":                                 kRegex,
	"regex_pattern":                         kRegexPattern,
	"private_property_identifier":           kPrivateProp,
	"import_statement":                      kImport,
	"import_specifier":                      kImportSpec,
	"namespace_import":                      kNamespaceImport,
	"type_annotation":                       kTypeNode,
	"type_arguments":                        kTypeNode,
	"type_parameters":                       kTypeNode,
}

var tokenKinds = map[string]kind{
	"!":      kNot,
	"===":    kEqStrict,
	"!==":    kNeStrict,
	"==":     kEq,
	"!=":     kNe,
	"&&":     kAndAnd,
	"||":     kOrOr,
	"??":     kNullish,
	"<":      kLt,
	">":      kGt,
	"<=":     kLe,
	">=":     kGe,
	"-":      kMinus,
	"+":      kPlus,
	"=":      kEqAssign,
	"typeof": kTypeofTok,
}

// kindOf maps a grammar symbol's name and named-ness to our kind.
func kindOf(name string, named bool) kind {
	if named {
		if k, ok := namedKinds[name]; ok {
			return k
		}
		return kOther
	}
	if k, ok := tokenKinds[name]; ok {
		return k
	}
	return kDrop
}

func (k kind) isFunc() bool {
	switch k {
	case kFuncDecl, kFuncExpr, kArrow, kGenFunc, kGenFuncDecl, kMethodDef:
		return true
	}
	return false
}

func (k kind) isFuncValue() bool {
	switch k {
	case kFuncExpr, kArrow, kGenFunc:
		return true
	}
	return false
}

func (k kind) isStatementUnit() bool {
	switch k {
	case kExprStmt, kLexicalDecl, kVarDecl, kReturn:
		return true
	}
	return false
}
