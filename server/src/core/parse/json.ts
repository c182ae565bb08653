/** JSON (and JSONC) text → Node tree with exact offsets, plus syntax problems from jsonc-parser. */
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Node } from './node';
import type { SyntaxProblem } from '../types';

export interface JsonParse { root: Node | undefined; problems: SyntaxProblem[] }

const DESCRIBE: Record<string, string> = {
  InvalidSymbol: 'invalid symbol',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing brace is expected',
  CloseBracketExpected: 'a closing bracket is expected',
  EndOfFileExpected: 'end of file expected (extra content after the JSON value)',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character (control characters must be escaped in strings)',
};

/**
 * Parses strictly as JSON: comments and trailing commas are reported too, because Claude's loaders
 * use JSON.parse and refuse them.
 */
export function parseJson(text: string): JsonParse {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const problems: SyntaxProblem[] = [];
  for (const e of errors) {
    const code = printParseErrorCode(e.error);
    problems.push({ offset: e.offset, length: Math.max(e.length, 0), code, message: DESCRIBE[code] ?? code });
  }
  return { root, problems };
}
