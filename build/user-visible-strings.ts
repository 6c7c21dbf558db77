import ts from 'typescript';

/**
 * Finds user-visible text written into the code instead of coming from _locales: text in HTML that no data-i18n
 * fills, text-bearing attributes, and string literals that TypeScript code sends to a place the user sees or
 * hears (textContent, title, aria-label, placeholder, notices, menu items, omnibox suggestions…).
 */
export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Text in a language: two letters in a row. Digits, symbols and example phone numbers are not. */
export function isLanguage(text: string): boolean {
  return /\p{L}{2,}/u.test(text);
}

/** Strings that hold letters but are no language (kept short: each one is a reason to look twice). */
export const NON_LANGUAGE = new Set<string>([]);

const HTML_TEXT_ATTRIBUTES = ['title', 'aria-label', 'aria-description', 'aria-roledescription', 'placeholder', 'alt', 'label'];
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** Text nodes outside any element with data-i18n, and text attributes, in one HTML file. */
export function scanHtml(file: string, source: string): Finding[] {
  const findings: Finding[] = [];
  const blanked = source.replace(/<!--[\s\S]*?-->|<![^>]*>|<(script|style)\b[\s\S]*?<\/\1>/gi, (match) => match.replace(/[^\n]/g, ' '));
  const stack: { tag: string; localized: boolean }[] = [];
  const token = /<\/?([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g;
  for (let match = token.exec(blanked); match; match = token.exec(blanked)) {
    const [whole, tag, attributes = '', text] = match;
    if (text !== undefined) {
      const content = text.replace(/&[a-z]+;|&#\d+;/gi, ' ').trim();
      if (content && !stack.some((open) => open.localized) && isLanguage(content) && !NON_LANGUAGE.has(content)) {
        findings.push({ file, line: lineOf(source, match.index), text: content });
      }
      continue;
    }
    const name = (tag ?? '').toLowerCase();
    if (whole.startsWith('</')) {
      const at = stack.map((open) => open.tag).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    const attrs = new Map([...attributes.matchAll(/([\w:-]+)(?:\s*=\s*("([^"]*)"|'([^']*)'|[^\s>]+))?/g)].map((a) => [a[1]?.toLowerCase() ?? '', a[3] ?? a[4] ?? a[2] ?? '']));
    const textAttributes = [...HTML_TEXT_ATTRIBUTES, ...(name === 'input' && ['button', 'submit', 'reset'].includes(attrs.get('type') ?? '') ? ['value'] : [])];
    for (const attribute of textAttributes) {
      const value = attrs.get(attribute);
      if (value && isLanguage(value) && !NON_LANGUAGE.has(value)) findings.push({ file, line: lineOf(source, match.index), text: `${attribute}="${value}"` });
    }
    if (!VOID.has(name) && !whole.endsWith('/>')) stack.push({ tag: name, localized: attrs.has('data-i18n') });
  }
  return findings;
}

/** Properties whose value the user sees or hears. */
const TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder', 'alt', 'ariaLabel', 'ariaDescription', 'ariaRoleDescription', 'ariaValueText', 'label']);
/** Object keys that browser APIs show: menu items, action titles, omnibox suggestions, notifications. */
const API_TEXT_KEYS = new Set(['title', 'description', 'message', 'contextMessage']);
const API_CALLEE = /\b(contextMenus|menus|omnibox|notifications|action|browserAction|pageAction|sidebarAction)\b|\bsuggest$/;
/** Nodes built from text: every argument is shown. */
const NODE_METHODS = new Set(['append', 'prepend', 'replaceChildren', 'before', 'after', 'replaceWith', 'createTextNode', 'alert', 'confirm', 'prompt']);
/** Helpers of this codebase that show an argument: name → index of the argument shown (-1: every argument from 2 on, h's children). */
const UI_HELPERS = new Map<string, number>([['show', 1], ['showNotice', 0], ['notifyInTab', 1], ['h', -1]]);
const NOTICE_CLASSES = /Notice$/;

/** The literal text pieces of an expression that would end up shown: literals, templates, branches, concatenations. */
function literalPieces(expression: ts.Expression, sourceFile: ts.SourceFile, seen: Set<ts.Node>, viaReturn = false): { node: ts.Node; text: string }[] {
  if (seen.has(expression)) return [];
  seen.add(expression);
  const e = expression;
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [{ node: e, text: e.text }];
  if (ts.isTemplateExpression(e)) {
    const text = [e.head.text, ...e.templateSpans.map((span) => span.literal.text)].join('…');
    return [{ node: e, text }, ...e.templateSpans.flatMap((span) => literalPieces(span.expression, sourceFile, seen, viaReturn))];
  }
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) return literalPieces(e.expression, sourceFile, seen, viaReturn);
  if (ts.isConditionalExpression(e)) return [...literalPieces(e.whenTrue, sourceFile, seen, viaReturn), ...literalPieces(e.whenFalse, sourceFile, seen, viaReturn)];
  if (ts.isBinaryExpression(e) && [ts.SyntaxKind.PlusToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(e.operatorToken.kind)) {
    return [...literalPieces(e.left, sourceFile, seen, viaReturn), ...literalPieces(e.right, sourceFile, seen, viaReturn)];
  }
  if (ts.isIdentifier(e)) return resolveIdentifier(e, sourceFile, seen, viaReturn);
  if (ts.isCallExpression(e) && ts.isIdentifier(e.expression)) {
    // A function of this file: what it returns is shown (its parameters are not followed back to each caller's
    // arguments: a lookup such as `t(key)` returns its key only as a fallback).
    const declaration = findFunction(e.expression.text, sourceFile);
    if (declaration?.body) return returnedExpressions(declaration.body).flatMap((returned) => literalPieces(returned, sourceFile, seen, true));
  }
  return [];
}

function findFunction(name: string, sourceFile: ts.SourceFile): ts.FunctionLikeDeclaration | undefined {
  let found: ts.FunctionLikeDeclaration | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isFunctionDeclaration(node) && node.name?.text === name) found = node;
    else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))) found = node.initializer;
    else ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function returnedExpressions(body: ts.ConciseBody): ts.Expression[] {
  if (!ts.isBlock(body)) return [body];
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) found.push(node.expression);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

/** A const's initializer, or, for a parameter of a function of this file, the arguments it is called with. */
function resolveIdentifier(identifier: ts.Identifier, sourceFile: ts.SourceFile, seen: Set<ts.Node>, viaReturn: boolean): { node: ts.Node; text: string }[] {
  const name = identifier.text;
  const pieces: { node: ts.Node; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.initializer && node.pos < identifier.pos) {
      pieces.push(...literalPieces(node.initializer, sourceFile, seen, viaReturn));
    }
    if (!viaReturn && ts.isParameter(node) && ts.isIdentifier(node.name) && node.name.text === name && node.pos < identifier.pos && identifier.pos < node.parent.end) {
      const fn = node.parent;
      const index = fn.parameters.indexOf(node);
      const fnName = ts.isFunctionDeclaration(fn) && fn.name ? fn.name.text
        : ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name.text : undefined;
      if (fnName) forEachCall(sourceFile, (call) => {
        const argument = call.arguments?.[index];
        if (ts.isIdentifier(call.expression) && call.expression.text === fnName && argument) pieces.push(...literalPieces(argument, sourceFile, seen, false));
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return pieces;
}

function forEachCall(node: ts.Node, fn: (call: ts.CallExpression | ts.NewExpression) => void): void {
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) fn(node);
  ts.forEachChild(node, (child) => forEachCall(child, fn));
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression;
  return ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
}

/** The expressions of one file that reach a place the user sees. */
function sinks(sourceFile: ts.SourceFile): ts.Expression[] {
  const found: ts.Expression[] = [];
  const textOf = (node: ts.PropertyName): string | undefined => (ts.isIdentifier(node) || ts.isStringLiteral(node) ? node.text : undefined);
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && TEXT_PROPERTIES.has(node.left.name.text)) {
      found.push(node.right);
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node);
      const args = [...(node.arguments ?? [])];
      if (name === 'setAttribute' && args[0] && ts.isStringLiteral(args[0]) && HTML_TEXT_ATTRIBUTES.includes(args[0].text) && args[1]) found.push(args[1]);
      if (NODE_METHODS.has(name) && ts.isCallExpression(node)) found.push(...args);
      if (ts.isNewExpression(node) && (NOTICE_CLASSES.test(name) || name === 'Text')) found.push(...args);
      const shown = UI_HELPERS.get(name);
      if (shown !== undefined && ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        if (shown >= 0 && args[shown]) found.push(args[shown]);
        if (shown === -1) {
          found.push(...args.slice(2));
          const attributes = args[1];
          if (attributes && ts.isObjectLiteralExpression(attributes)) {
            for (const property of attributes.properties) {
              if (ts.isPropertyAssignment(property) && HTML_TEXT_ATTRIBUTES.includes(textOf(property.name) ?? '')) found.push(property.initializer);
            }
          }
        }
      }
      if (API_CALLEE.test(node.expression.getText(sourceFile))) {
        const objects = args.flatMap((arg) => (ts.isArrayLiteralExpression(arg) ? [...arg.elements] : [arg]));
        for (const object of objects) {
          if (!ts.isObjectLiteralExpression(object)) continue;
          for (const property of object.properties) {
            if (ts.isPropertyAssignment(property) && API_TEXT_KEYS.has(textOf(property.name) ?? '')) found.push(property.initializer);
            if (ts.isShorthandPropertyAssignment(property) && API_TEXT_KEYS.has(property.name.text)) found.push(property.name);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

export function scanTypeScript(file: string, source: string): Finding[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const findings = new Map<string, Finding>();
  for (const sink of sinks(sourceFile)) {
    for (const piece of literalPieces(sink, sourceFile, new Set())) {
      if (!isLanguage(piece.text) || NON_LANGUAGE.has(piece.text)) continue;
      const line = sourceFile.getLineAndCharacterOfPosition(piece.node.getStart(sourceFile)).line + 1;
      findings.set(`${line}:${piece.text}`, { file, line, text: piece.text });
    }
  }
  return [...findings.values()];
}
