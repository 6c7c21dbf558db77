import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './driver';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA: the rules axe-core tags with these. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's WCAG 2.1 AA violations on the page as it is now (or only in `within`, a selector): "rule: selector — summary" per failing node. */
export async function axeViolations(page: TestPage, within?: string): Promise<string[]> {
  await page.runScript(AXE_SOURCE);
  return page.evaluate(async ([tags, include]) => {
    const axe = (window as unknown as { axe: { run(context: Document | object, options: object): Promise<{ violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(include ? { include: [[include]] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`));
  }, [WCAG_21_AA, within] as const);
}

/** Runs `check` in light and then dark, and leaves the browser light (Firefox sets the theme browser-wide). */
export async function inBothThemes(page: TestPage, check: (scheme: 'light' | 'dark') => Promise<void>): Promise<void> {
  try {
    for (const scheme of ['light', 'dark'] as const) {
      await page.colorScheme(scheme);
      await check(scheme);
    }
  } finally {
    await page.colorScheme('light');
  }
}

/** The page's background colour, to check a theme really applied. */
export function bodyBackground(page: TestPage): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor, undefined);
}
