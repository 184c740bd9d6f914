import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The props whose string a reader meets: the text inside an element, what a screen reader says
 * (aria-*), what a pointer brings up (title), a field's hint (placeholder), an image's words
 * (alt) and an option group's or a track's name (label).
 */
const SHOWN_PROPS = new Set([
  'children',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Props of components that carry code, never words: classes, ids, keys, routes, modes. */
const CODE_PROPS = new Set([
  'className',
  'id',
  'key',
  'to',
  'href',
  'path',
  'type',
  'role',
  'dataKey',
  'nameKey',
]);

/** Two Latin words in a row: words to be read, not a name. */
const SENTENCE = /[A-Za-z]{2,}\s+[A-Za-z]{2,}/;

/** Elements whose text is not spoken to the reader: code, file content, styles. */
const UNSPOKEN_ELEMENTS = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

/**
 * The functions a built bundle makes elements with: the automatic JSX runtime's (`r.jsx`, or
 * `_jsx` as a transform imports it) and React's own.
 */
const ELEMENT_MAKER = /^_?(jsx|jsxs|jsxDEV|createElement)$/;

/** A string a built element shows as it is, where it sits in its chunk. */
export interface ShownLiteral {
  readonly text: string;
  readonly prop: string;
  readonly element: string;
  /** Where it sits in the chunk, counted from 0 as source maps count. */
  readonly line: number;
  readonly column: number;
}

const calleeName = (callee: ts.Expression): string | null => {
  let node = callee;
  // `(0, r.jsx)(...)`: the bundler calls the runtime's function without a `this`.
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.CommaToken) node = node.right;
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return null;
};

const propName = (name: ts.PropertyName): string | null =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)
    ? name.text
    : null;

/**
 * The strings an expression can evaluate to as written: literals, either branch of a condition,
 * a fallback (`a ?? 'text'`), the parts of a template or a sum, an array's items. A call's
 * arguments are not among them: `t('nav.main')` passes a catalogue key, the catalogue answers.
 */
const stringLeaves = (node: ts.Expression): { text: string; at: ts.Node }[] => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return [{ text: node.text, at: node }];
  if (ts.isTemplateExpression(node)) {
    const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
    return [{ text, at: node }, ...node.templateSpans.flatMap((span) => stringLeaves(span.expression))];
  }
  if (ts.isParenthesizedExpression(node)) return stringLeaves(node.expression);
  if (ts.isConditionalExpression(node))
    return [...stringLeaves(node.whenTrue), ...stringLeaves(node.whenFalse)];
  if (ts.isArrayLiteralExpression(node))
    return node.elements.flatMap((element) => (ts.isSpreadElement(element) ? [] : stringLeaves(element)));
  if (ts.isBinaryExpression(node)) {
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.AmpersandAmpersandToken:
      case ts.SyntaxKind.CommaToken:
        return stringLeaves(node.right);
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.PlusToken:
        return [...stringLeaves(node.left), ...stringLeaves(node.right)];
      default:
        return [];
    }
  }
  return [];
};

/** Every string the elements of one built chunk show as written, rather than through the catalogue. */
export const shownLiterals = (code: string): ShownLiteral[] => {
  const source = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found: ShownLiteral[] = [];
  const visit = (node: ts.Node): void => {
    const maker = ts.isCallExpression(node) ? calleeName(node.expression) : null;
    if (ts.isCallExpression(node) && maker && ELEMENT_MAKER.test(maker)) {
      const [type, props, ...rest] = node.arguments;
      const element =
        type && (ts.isStringLiteral(type) || ts.isNoSubstitutionTemplateLiteral(type)) ? type.text : '';
      if (!UNSPOKEN_ELEMENTS.has(element)) {
        const shown: { prop: string; value: ts.Expression; sentencesOnly?: boolean }[] = [];
        if (props && ts.isObjectLiteralExpression(props)) {
          for (const property of props.properties) {
            if (!ts.isPropertyAssignment(property)) continue;
            const name = propName(property.name);
            if (!name) continue;
            if (SHOWN_PROPS.has(name)) shown.push({ prop: name, value: property.initializer });
            // A component of ours passes text on under a name of its own (`message`, `hint`): a
            // sentence given to a component is shown, a single word is a field's or a mode's name.
            else if (!element && !CODE_PROPS.has(name))
              shown.push({ prop: name, value: property.initializer, sentencesOnly: true });
          }
        }
        // createElement(type, props, ...children); the JSX runtime's third argument is the key.
        if (maker.endsWith('createElement'))
          for (const child of rest) shown.push({ prop: 'children', value: child });
        for (const { prop, value, sentencesOnly } of shown) {
          for (const leaf of stringLeaves(value)) {
            if (sentencesOnly && !SENTENCE.test(leaf.text)) continue;
            const { line, character } = source.getLineAndCharacterOfPosition(leaf.at.getStart(source));
            found.push({ text: leaf.text, prop, element, line, column: character });
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
};

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The source file a place in a built chunk came from, read from the chunk's source map (VLQ
 * mappings: per generated line, segments of column, source, line, column deltas).
 */
export const sourceAt = (
  map: { sources: string[]; mappings: string },
  line: number,
  column: number,
): string => {
  let source = 0;
  let best: string | null = null;
  const lines = map.mappings.split(';');
  for (let l = 0; l <= line && l < lines.length; l++) {
    let generatedColumn = 0;
    for (const segment of (lines[l] ?? '').split(',')) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      generatedColumn += fields[0] ?? 0;
      if (fields.length > 1) source += fields[1] ?? 0;
      if (l === line && generatedColumn > column) return best ?? map.sources[source] ?? '?';
      if (fields.length > 1) best = map.sources[source] ?? null;
    }
  }
  return best ?? '?';
};

/** A shown literal of the built dashboard, with the chunk and the source it came from. */
export interface BuiltLiteral extends ShownLiteral {
  readonly chunk: string;
  readonly source: string;
}

/** Every shown literal of every chunk of a built dashboard (`dist/assets/*.js`). */
export const builtLiterals = (distDir: string): BuiltLiteral[] => {
  const assets = join(distDir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .flatMap((chunk) => {
      const code = readFileSync(join(assets, chunk), 'utf8');
      // The bundler's own runtime chunk comes with no map: it holds none of our sources.
      const mapPath = join(assets, `${chunk}.map`);
      const map = existsSync(mapPath) ? JSON.parse(readFileSync(mapPath, 'utf8')) : null;
      return shownLiterals(code).map((literal) => ({
        ...literal,
        chunk,
        source: map ? sourceAt(map, literal.line, literal.column) : '(bundler runtime)',
      }));
    });
};
