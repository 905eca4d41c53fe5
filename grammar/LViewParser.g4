// Parser for .lview files. Tokens and modes: LViewLexer.g4.
//
// The template is parsed as a flat list of items (open tag, close tag, text,
// `{expr}`, `{#if}`, `{/if}`, ...). Nesting of tags and blocks is checked by
// lviewc's AST builder, which can then say "</div> closes <span> opened at 4:3"
// instead of a generic parse error.
parser grammar LViewParser;

options { tokenVocab = LViewLexer; }

file          : namespaceDecl? topDecl* EOF;
namespaceDecl : NAMESPACE qualifiedName SEMI;
qualifiedName : IDENT (DOT IDENT)*;
topDecl       : recordDecl | viewDecl;

recordDecl    : RECORD IDENT LBRACE fieldDecl* RBRACE;
fieldDecl     : IDENT COLON typeRef (ASSIGN literal)? SEMI;
typeRef       : IDENT (LT typeRef GT)?;
literal       : MINUS? (INT | FLOAT)                       # numberLiteral
              | STRING                                     # stringLiteral
              | (TRUE | FALSE)                             # boolLiteral
              | LBRACK (literal (COMMA literal)*)? RBRACK  # listLiteral
              ;

viewDecl      : VIEW IDENT LBRACE viewMember* RBRACE;
viewMember    : contextDecl | eventDecl | infoDecl | templateDecl;
contextDecl   : CONTEXT LBRACE fieldDecl* RBRACE;
eventDecl     : EVENT IDENT (SEMI | LBRACE fieldDecl* RBRACE);
infoDecl      : INFO IDENT (SEMI | LBRACE fieldDecl* RBRACE);
templateDecl  : TEMPLATE_OPEN templateItem* TEMPLATE_CLOSE;

templateItem
  : TEXT                                                      # textItem
  | HTML_COMMENT                                              # commentItem
  | TAG_OPEN attribute* (TAG_END | TAG_SELF_CLOSE)            # openTagItem
  | CLOSE_TAG                                                 # closeTagItem
  | EXPR_OPEN expr (SPEC_COLON SPEC_TEXT?)? EXPR_CLOSE        # interpItem
  | RAW_OPEN expr EXPR_CLOSE                                  # rawItem
  | IF_OPEN expr EXPR_CLOSE                                   # ifItem
  | ELSE_IF_OPEN expr EXPR_CLOSE                              # elseIfItem
  | ELSE_TAG                                                  # elseItem
  | END_IF                                                    # endIfItem
  | FOR_OPEN IDENT (COMMA IDENT)? IN expr EXPR_CLOSE          # forItem
  | END_FOR                                                   # endForItem
  | BAD_BLOCK (~EXPR_CLOSE)* EXPR_CLOSE                       # badBlockItem
  ;

attribute     : ATTR_NAME (ATTR_EQ attrValue)?;
attrValue     : DQ_OPEN attrPart* DQ_CLOSE                    # quotedValue
              | SQ_OPEN attrPart* SQ_CLOSE                    # quotedValue
              | EXPR_OPEN expr EXPR_CLOSE                     # exprValue
              | (ATTR_NAME | UNQUOTED_VALUE)                  # bareValue
              ;
attrPart      : ATTR_TEXT                                     # attrText
              | EXPR_OPEN expr EXPR_CLOSE                     # attrExpr
              ;

// Precedence from tightest to loosest, as in C.
expr
  : primary                                                   # primaryExpr
  | expr DOT IDENT                                            # memberExpr
  | op=(NOT | MINUS) expr                                     # unaryExpr
  | expr op=(STAR | SLASH | PERCENT) expr                     # binaryExpr
  | expr op=(PLUS | MINUS) expr                               # binaryExpr
  | expr op=(LT | LE | GT | GE) expr                          # binaryExpr
  | expr op=(EQ | NE) expr                                    # binaryExpr
  | expr op=AND expr                                          # binaryExpr
  | expr op=OR expr                                           # binaryExpr
  | <assoc=right> expr QUESTION expr COLON expr               # condExpr
  ;

primary
  : INT                                                       # intPrimary
  | FLOAT                                                     # floatPrimary
  | STRING                                                    # stringPrimary
  | (TRUE | FALSE)                                            # boolPrimary
  | IDENT LPAREN (expr (COMMA expr)*)? RPAREN                 # callPrimary
  | IDENT                                                     # namePrimary
  | LPAREN expr RPAREN                                        # parenPrimary
  ;
