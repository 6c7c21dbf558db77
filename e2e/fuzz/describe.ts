import type { FuzzNode, FuzzPage } from './model';

// Characters that print as nothing or as a plain space: shown escaped so a reproduction can be typed back.
const INVISIBLE = /[\u0000-\u001f\u00a0\u200b-\u200f\u2009\u202f\u2028\u2029]/g;

function escapeText(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function describeNodes(nodes: readonly FuzzNode[]): string {
  return nodes.map(describeNode).join('');
}

function describeNode(node: FuzzNode): string {
  if (node.kind === 'text') return node.text === '' ? '<!--empty text-->' : `«${escapeText(node.text)}»`;
  if (node.kind === 'comment') return `<!--${node.text}-->`;
  const attrs = (node.attrs ?? []).map(([name, value]) => ` ${name}="${escapeText(value)}"`).join('');
  const ns = node.ns ? ` (${node.ns})` : '';
  let inner = '';
  if (node.shadow) inner += `<#shadow-root ${node.shadow.mode}${node.shadow.late ? ' late' : ''}>${describeNodes(node.shadow.children)}</#shadow-root>`;
  if (node.content) inner += `<#content>${describeNodes(node.content)}</#content>`;
  inner += node.late ? `<!--late:-->${describeNodes(node.children)}` : describeNodes(node.children);
  return `<${node.tag}${ns}${attrs}>${inner}</${node.tag}>`;
}

/**
 * A generated page as pseudo-HTML, one line: text nodes in «», each node boundary visible, invisible characters
 * escaped. For failure reports only (never parsed).
 */
export function describePage(page: FuzzPage, maxLength = 4000): string {
  const edits = page.edits.map((edit) => {
    const { kind, ...rest } = edit;
    return `${kind}(${Object.entries(rest).map(([key, value]) => (typeof value === 'string' ? `«${escapeText(value)}»` : `${key} #${value}`)).join(', ')})`;
  });
  const text = `[seed ${page.seed}, ${page.mode}, lang=${page.lang}] ${describeNodes(page.nodes)}${edits.length ? ` — then the page edits (text/element numbers modulo the page's count, in build order): ${edits.join('; ')}` : ''}`;
  return text.length > maxLength ? `${text.slice(0, maxLength)}… (${text.length - maxLength} more characters)` : text;
}
