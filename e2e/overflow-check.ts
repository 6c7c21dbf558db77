import type { TestPage } from './driver';

/**
 * What is clipped or overflows on the page as it is now, one line per problem: the page scrolling sideways, an
 * element with text or a control reaching past the viewport, text wider than its box (ellipsis, and an option cut
 * at a list box's edge, only with a title that shows the whole text), text cut off vertically, and placeholders or a select's chosen
 * option wider than their field (a select may cut its choice if its title holds the whole of it).
 */
export function overflowProblems(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const viewport = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > viewport + 1) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px in a ${viewport}px viewport`);
    const name = (element: Element): string => {
      const own = element.id ? `#${element.id}` : `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')}`;
      const parent = element.parentElement?.closest('[id]');
      return parent ? `${own} in #${parent.id}` : own;
    };
    const context = document.createElement('canvas').getContext('2d');
    const textWidth = (text: string, style: CSSStyleDeclaration): number => {
      if (!context) return 0;
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return context.measureText(text).width;
    };
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('[hidden]') || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden') continue;
      const text = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && /\S/.test(node.textContent ?? ''));
      const control = element.matches('input:not([type="radio"]):not([type="checkbox"]), select, textarea, button');
      const box = element.getBoundingClientRect();
      // A list box's options cannot wrap: one cut at the edge must carry its whole text as a title (the box
      // itself is checked like any control).
      const option = element instanceof HTMLOptionElement;
      if (option && element.title !== element.textContent && element.scrollWidth > element.clientWidth + 1) problems.push(`${name(element)}: option cut without a title`);
      if (option) continue;
      if ((text || control) && box.right > viewport + 1) problems.push(`${name(element)} reaches ${Math.round(box.right)}px, past the ${viewport}px viewport`);
      if (text && style.display !== 'inline' && element.scrollWidth > element.clientWidth + 1) {
        if (!(style.textOverflow === 'ellipsis' && element.title === element.textContent)) problems.push(`${name(element)}: text ${element.scrollWidth}px wide in a ${element.clientWidth}px box`);
      }
      if (text && ['hidden', 'clip'].includes(style.overflowY) && element.scrollHeight > element.clientHeight + 1) {
        problems.push(`${name(element)}: text cut off below (${element.scrollHeight}px in ${element.clientHeight}px)`);
      }
      const inner = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (element instanceof HTMLInputElement && element.placeholder && element.value === '') {
        const width = textWidth(element.placeholder, style);
        if (width > inner + 1) problems.push(`${name(element)}: placeholder ${Math.ceil(width)}px wide in a ${Math.floor(inner)}px field`);
      }
      if (element instanceof HTMLSelectElement && element.size <= 1 && element.selectedOptions[0]) {
        // The drop-down arrow takes about 20px of the field.
        const chosen = element.selectedOptions[0].text;
        const width = textWidth(chosen, style);
        if (width > inner - 20 && element.title !== chosen) problems.push(`${name(element)}: chosen option ${Math.ceil(width)}px wide in a ${Math.floor(inner - 20)}px field`);
      }
    }
    return problems;
  }, undefined);
}
