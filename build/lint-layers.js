/**
 * The layer boundaries of src (docs/architecture.md), as an ESLint rule that holds at any depth: every relative
 * import is resolved to the folder it lands in, whatever the number of `../`.
 *
 * - core imports nothing else of src; messages.ts imports core only;
 * - platform imports core and the message protocol (messages.ts);
 * - ui (the DOM helpers the extension's own pages share) imports core, platform and messages.ts;
 * - content, background, options, popup and welcome import core, platform and messages.ts, never each other;
 *   the pages (options, popup, welcome) may also import ui.
 */
import path from 'node:path';

const ENTRY_POINTS = ['content', 'background', 'options', 'popup', 'welcome'];
const PAGES = ['options', 'popup', 'welcome'];
const ALLOWED = {
  core: ['core'],
  messages: ['core'],
  platform: ['core', 'messages', 'platform'],
  ui: ['core', 'messages', 'platform', 'ui'],
  ...Object.fromEntries(ENTRY_POINTS.map((layer) => [layer, ['core', 'messages', 'platform', layer, ...(PAGES.includes(layer) ? ['ui'] : [])]])),
};

/** The layer a file under `src` belongs to, or undefined outside src (and for src's own root files but messages.ts). */
function layerOf(file, srcDir) {
  const relative = path.relative(srcDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const [first, ...rest] = relative.split(path.sep);
  if (rest.length === 0) return first.replace(/\.ts$/, '') === 'messages' ? 'messages' : undefined;
  return first;
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each folder of src to the layers it may import (docs/architecture.md).' },
    schema: [],
    messages: { crossLayer: '{{from}} may import only {{allowed}} of src, not {{to}} (docs/architecture.md).' },
  },
  create(context) {
    const file = context.filename;
    const srcDir = path.join(context.cwd, 'src');
    const from = layerOf(file, srcDir);
    const allowed = from === undefined ? undefined : ALLOWED[from];
    if (!allowed) return {};
    const check = (node, specifier) => {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), specifier);
      const to = layerOf(target, srcDir);
      if (to === undefined || allowed.includes(to)) return;
      context.report({ node, messageId: 'crossLayer', data: { from: from === 'messages' ? 'messages.ts' : `src/${from}`, to, allowed: allowed.join(', ') } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportType: (node) => {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === 'Literal') check(node, literal.value);
      },
    };
  },
};

export default { rules: { layers: layersRule } };
