import type { FuzzNode } from './model';
import type { BuiltPage, FuzzWindow, TemplateRefs } from './page-api';

/**
 * Runs in the fixture page (sent whole by `page.evaluate`): installs `__fuzz.build`, which turns a generated
 * document into real nodes with DOM APIs. Shadow roots are attached before their host enters the page (as
 * custom elements do). The text of everything is recorded before any of it is in a document, and before the
 * content held back for later ("late") is taken out again.
 */
export function installBuilder(): void {
  const NS = { svg: 'http://www.w3.org/2000/svg', math: 'http://www.w3.org/1998/Math/MathML' } as const;

  function build(doc: Document, nodes: readonly FuzzNode[]): BuiltPage {
    const roots: ShadowRoot[] = [];
    const textNodes: Text[] = [];
    const elements: Element[] = [];
    const templates: TemplateRefs[] = [];
    // The template blocks being built (never nested, but kept general): their text nodes are their parts.
    const open: TemplateRefs[] = [];
    // In document order, so an outer step comes before the steps inside the content it brings back.
    const late: { parent: ParentNode; nodes: Node[] }[] = [];

    const appendAll = (parent: ParentNode, list: readonly FuzzNode[]) => {
      for (const node of list) parent.append(make(node));
    };
    function make(node: FuzzNode): Node {
      if (node.kind === 'text') {
        const text = doc.createTextNode(node.text);
        textNodes.push(text);
        for (const template of open) template.parts.push(text);
        return text;
      }
      if (node.kind === 'comment') return doc.createComment(node.text);
      const element = node.ns ? doc.createElementNS(NS[node.ns], node.tag) : doc.createElement(node.tag);
      elements.push(element);
      for (const [name, value] of node.attrs ?? []) element.setAttribute(name, value);
      const template = element.hasAttribute('data-fz-template') ? { block: element, parts: [] } : undefined;
      if (template) {
        templates.push(template);
        open.push(template);
      }
      if (node.shadow) {
        const root = element.attachShadow({ mode: node.shadow.mode });
        roots.push(root);
        if (node.shadow.late) late.push({ parent: root, nodes: [] });
        appendAll(root, node.shadow.children);
      }
      if (node.content) appendAll((element as HTMLTemplateElement).content, node.content);
      if (node.late) late.push({ parent: element, nodes: [] });
      appendAll(element, node.children);
      if (template) open.pop();
      return element;
    }

    const fragment = doc.createDocumentFragment();
    appendAll(fragment, nodes);
    const texts = { body: fragment.textContent ?? '', roots: roots.map((root) => root.textContent ?? '') };
    for (const step of late) {
      step.nodes.push(...step.parent.childNodes);
      for (const node of step.nodes) node.parentNode?.removeChild(node);
    }
    return { fragment, roots, late, texts, textNodes, elements, templates };
  }

  const page = window as unknown as FuzzWindow;
  page.__fuzz = { ...page.__fuzz, build };
}
