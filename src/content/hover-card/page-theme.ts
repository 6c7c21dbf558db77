import { type CardTheme, pageIsDark, parseColor } from '../../core/hover-card';

/** How far up from the number the background is looked for: deep enough for any real layout, bounded per open. */
const MAX_DEPTH = 64;

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The card takes the darkness of the page around the number, not only of the system: the first opaque background
 * from the number up (across shadow roots), else the canvas, which is dark only on a page that opted into a dark
 * colour scheme while the system is dark.
 */
export function themeAround(element: Element): CardTheme {
  const backgrounds: string[] = [];
  for (let at: Element | null = element, depth = 0; at && depth < MAX_DEPTH; at = parentAcrossShadow(at), depth++) {
    const background = getComputedStyle(at).backgroundColor;
    backgrounds.push(background);
    if ((parseColor(background)?.a ?? 0) >= 0.5) break;
  }
  const view = element.ownerDocument.defaultView;
  const rootScheme = getComputedStyle(element.ownerDocument.documentElement).colorScheme;
  const canvasDark = /\bdark\b/.test(rootScheme) && (!/\blight\b/.test(rootScheme) || view?.matchMedia('(prefers-color-scheme: dark)').matches === true);
  return pageIsDark(backgrounds, canvasDark) ? 'dark' : 'light';
}
