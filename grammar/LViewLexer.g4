// Lexer for .lview files.
//
// Four kinds of text live in one file, so the lexer has modes:
//   default  declarations: namespace, record, view, context, event, info
//   HTML     the body of `template { ... }`: text, tags, comments, `{...}` blocks
//   TAG      inside `<name ...>`: attribute names and values
//   ATTR_DQ / ATTR_SQ  inside a quoted attribute value: text mixed with `{expr}`
//   EXPR     inside `{...}`: a small typed expression language
//   SPEC     after the `:` that starts an fmt format spec, up to the closing `}`
//
// Every mode ends with a catch-all token so that the lexer itself never reports
// an error: the parser sees a BAD_CHAR token and lviewc words the diagnostic.
lexer grammar LViewLexer;

@lexer::members {
  // '?' seen in the current {...} expression and not yet matched by a ':'.
  // A ':' that no '?' claims starts the format spec (design §1: `{ok ? x : y:.2f}`).
  int open_questions_ = 0;
}

// ---------------------------------------------------------------- declarations
NAMESPACE : 'namespace';
RECORD    : 'record';
VIEW      : 'view';
CONTEXT   : 'context';
EVENT     : 'event';
INFO      : 'info';
TEMPLATE_OPEN : 'template' [ \t\r\n]* '{' -> pushMode(HTML);
TEMPLATE  : 'template';
TRUE      : 'true';
FALSE     : 'false';

LBRACE : '{';
RBRACE : '}';
LPAREN : '(';
RPAREN : ')';
LBRACK : '[';
RBRACK : ']';
SEMI   : ';';
COLON  : ':';
COMMA  : ',';
DOT    : '.';
ASSIGN : '=';
LT     : '<';
GT     : '>';
MINUS  : '-';

FLOAT  : DIGITS '.' DIGITS EXPONENT? | DIGITS EXPONENT;
INT    : DIGITS;
STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])*;
IDENT  : [a-zA-Z_] [a-zA-Z0-9_]*;

WS            : [ \t\r\n]+ -> skip;
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN);
// A comment still open at the end of the file is caught by lviewc (parse.cpp),
// which looks for BLOCK_COMMENT / HTML_COMMENT tokens without their closer.
BLOCK_COMMENT : '/*' .*? ('*/' | EOF) -> channel(HIDDEN);
BAD_CHAR      : .;

fragment DIGITS   : [0-9]+;
fragment EXPONENT : [eE] [+-]? [0-9]+;
fragment SP       : [ \t\r\n];
fragment NAME     : [a-zA-Z] [a-zA-Z0-9_:.-]*;

// ---------------------------------------------------------------- template body
mode HTML;
HTML_COMMENT   : '<!--' .*? ('-->' | EOF);
CLOSE_TAG      : '</' SP* NAME SP* '>';
BAD_CLOSE_TAG  : '</' SP* NAME? SP*;
TAG_OPEN       : '<' NAME -> pushMode(TAG);
IF_OPEN        : '{' SP* '#if' {open_questions_ = 0;} -> pushMode(EXPR);
ELSE_IF_OPEN   : '{' SP* ':else' SP+ 'if' {open_questions_ = 0;} -> pushMode(EXPR);
ELSE_TAG       : '{' SP* ':else' SP* '}';
END_IF         : '{' SP* '/if' SP* '}';
FOR_OPEN       : '{' SP* '#for' {open_questions_ = 0;} -> pushMode(EXPR);
END_FOR        : '{' SP* '/for' SP* '}';
RAW_OPEN       : '{' SP* '@html' {open_questions_ = 0;} -> pushMode(EXPR);
// A block sigil followed by a word lviewc does not know, such as `{#iff` or `{:elsif`.
BAD_BLOCK      : '{' SP* [#:/@] [a-zA-Z_]* {open_questions_ = 0;} -> pushMode(EXPR);
EXPR_OPEN      : '{' {open_questions_ = 0;} -> pushMode(EXPR);
TEMPLATE_CLOSE : '}' -> popMode;
TEXT           : ~[<{}]+;
LT_TEXT        : '<' -> type(TEXT);

// ---------------------------------------------------------------- inside a tag
mode TAG;
TAG_WS         : [ \t\r\n]+ -> skip;
ATTR_NAME      : [a-zA-Z_:@] [a-zA-Z0-9_:.@-]*;
ATTR_EQ        : '=';
DQ_OPEN        : '"' -> pushMode(ATTR_DQ);
SQ_OPEN        : '\'' -> pushMode(ATTR_SQ);
TAG_EXPR_OPEN  : '{' {open_questions_ = 0;} -> type(EXPR_OPEN), pushMode(EXPR);
UNQUOTED_VALUE : ~[ \t\r\n"'=<>`{}/]+;
TAG_END        : '>' -> popMode;
TAG_SELF_CLOSE : '/>' -> popMode;
TAG_BAD_CHAR   : . -> type(BAD_CHAR);

mode ATTR_DQ;
DQ_TEXT        : ~["{}]+ -> type(ATTR_TEXT);
DQ_EXPR_OPEN   : '{' {open_questions_ = 0;} -> type(EXPR_OPEN), pushMode(EXPR);
DQ_CLOSE       : '"' -> popMode;
DQ_BAD_CHAR    : '}' -> type(BAD_CHAR);

mode ATTR_SQ;
ATTR_TEXT      : ~['{}]+;
SQ_EXPR_OPEN   : '{' {open_questions_ = 0;} -> type(EXPR_OPEN), pushMode(EXPR);
SQ_CLOSE       : '\'' -> popMode;
SQ_BAD_CHAR    : '}' -> type(BAD_CHAR);

// ---------------------------------------------------------------- expressions
mode EXPR;
E_WS           : [ \t\r\n]+ -> skip;
E_LINE_COMMENT : '//' ~[\r\n]* -> type(LINE_COMMENT), channel(HIDDEN);
E_BLOCK_COMMENT: '/*' .*? ('*/' | EOF) -> type(BLOCK_COMMENT), channel(HIDDEN);
EXPR_CLOSE     : '}' -> popMode;
QUESTION       : '?' {++open_questions_;};
SPEC_COLON     : ':' {open_questions_ == 0}? -> mode(SPEC);
E_COLON        : ':' {--open_questions_;} -> type(COLON);
IN             : 'in';
E_TRUE         : 'true' -> type(TRUE);
E_FALSE        : 'false' -> type(FALSE);
AND            : '&&';
OR             : '||';
EQ             : '==';
NE             : '!=';
LE             : '<=';
GE             : '>=';
E_LT           : '<' -> type(LT);
E_GT           : '>' -> type(GT);
NOT            : '!';
PLUS           : '+';
E_MINUS        : '-' -> type(MINUS);
STAR           : '*';
SLASH          : '/';
PERCENT        : '%';
E_LPAREN       : '(' -> type(LPAREN);
E_RPAREN       : ')' -> type(RPAREN);
E_LBRACK       : '[' -> type(LBRACK);
E_RBRACK       : ']' -> type(RBRACK);
E_COMMA        : ',' -> type(COMMA);
E_DOT          : '.' -> type(DOT);
E_FLOAT        : (DIGITS '.' DIGITS EXPONENT? | DIGITS EXPONENT) -> type(FLOAT);
E_INT          : DIGITS -> type(INT);
E_STRING       : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' -> type(STRING);
E_UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* -> type(UNTERMINATED_STRING);
E_IDENT        : [a-zA-Z_] [a-zA-Z0-9_]* -> type(IDENT);
E_LBRACE       : '{' -> type(BAD_CHAR);
E_BAD_CHAR     : . -> type(BAD_CHAR);

mode SPEC;
SPEC_TEXT      : ~[}]+;
SPEC_CLOSE     : '}' -> type(EXPR_CLOSE), popMode;
