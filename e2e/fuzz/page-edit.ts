import type { FuzzEdit } from './model';
import type { BuiltPage, FuzzWindow } from './page-api';

/**
 * Runs in the fixture page: installs `__fuzz.edit`, which makes a page's edits (FuzzEdit) on one copy of it.
 * The run makes them on the linked page and on an unlinked copy built apart (no linker sees a node outside the
 * document); the linked page must then read exactly as the copy. Edits are those a framework makes on the nodes
 * it created (README, docs/linkifier.md): set a text node's value, remove or move it, insert before it, append,
 * remove or move an element. Never `after()` on a page's text node: the linker puts its own nodes right after
 * that node, and text inserted there reads in the middle of the number (the design's known limit).
 *
 * Template-part edits (`part-*`) go through the page's own references to a template block's parts, as a
 * framework's do: they set a part's value, remove it, move it elsewhere, insert a new part before it or move
 * it before another part, whatever the linker did around those nodes meanwhile.
 */
export function installEditor(): void {
  /** `node` is `ancestor` or inside it, shadow hosts included (moving it there would throw). */
  function within(node: Node, ancestor: Node): boolean {
    for (let current: Node | null = node; current; ) {
      if (current === ancestor) return true;
      current = current.parentNode ?? (current as ShadowRoot).host ?? null;
    }
    return false;
  }

  /**
   * Moves stay in the tree they start in (the document, or one shadow root), as a component moves its own
   * nodes. Moved into a shadow root the linker never found (its host in a skip zone), a link could not be
   * seen at all: the README's known limit for unobserved roots.
   */
  function sameTree(node: Node, into: Node): boolean {
    return node.getRootNode() === into.getRootNode();
  }

  function apply(built: BuiltPage, edit: FuzzEdit): void {
    const { textNodes, elements, templates } = built;
    const text = (i: number) => textNodes[i % textNodes.length];
    const element = (i: number) => elements[i % elements.length];
    const template = (i: number) => templates[i % templates.length];
    const part = (t: number, i: number) => {
      const parts = template(t)?.parts ?? [];
      return parts[i % parts.length];
    };
    switch (edit.kind) {
      case 'set-text': {
        const node = text(edit.text);
        if (node) node.data = edit.value;
        return;
      }
      case 'remove-text':
        text(edit.text)?.remove();
        return;
      case 'move-text': {
        const [node, into] = [text(edit.text), element(edit.into)];
        if (node && into && sameTree(node, into)) into.append(node);
        return;
      }
      case 'insert-before': {
        const node = text(edit.text);
        node?.parentNode?.insertBefore((node.ownerDocument as Document).createTextNode(edit.value), node);
        return;
      }
      case 'append-text':
        element(edit.into)?.append(edit.value);
        return;
      case 'remove-element':
        element(edit.element)?.remove();
        return;
      case 'move-element': {
        const [node, into] = [element(edit.element), element(edit.into)];
        if (node && into && sameTree(node, into) && !within(into, node)) into.append(node);
        return;
      }
      case 'part-set': {
        const node = part(edit.template, edit.part);
        if (node) node.data = edit.value;
        return;
      }
      case 'part-remove':
        part(edit.template, edit.part)?.remove();
        return;
      case 'part-move': {
        const [node, into] = [part(edit.template, edit.part), element(edit.into)];
        if (node && into && sameTree(node, into)) into.append(node);
        return;
      }
      case 'part-insert': {
        const refs = template(edit.template);
        const node = part(edit.template, edit.part);
        if (!refs || !node) return;
        const inserted = (node.ownerDocument as Document).createTextNode(edit.value);
        // The page keeps its new part, wherever it goes (a part no longer in the page is still its part).
        refs.parts.push(inserted);
        node.parentNode?.insertBefore(inserted, node);
        return;
      }
      case 'part-reorder': {
        const [node, before] = [part(edit.template, edit.part), part(edit.template, edit.before)];
        if (node && before && node !== before && before.parentNode && sameTree(node, before)) before.parentNode.insertBefore(node, before);
        return;
      }
    }
  }

  function edit(built: BuiltPage, edits: readonly FuzzEdit[]): boolean[] {
    return edits.map((change) => {
      try {
        apply(built, change);
        return false;
      } catch {
        return true;
      }
    });
  }

  const page = window as unknown as FuzzWindow;
  page.__fuzz = { ...page.__fuzz, edit };
}
