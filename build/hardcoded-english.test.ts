import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Finding, scanHtml, scanTypeScript } from './user-visible-strings';

/**
 * No user-visible English outside _locales: every text of the extension's pages and every string its code shows
 * comes from `browser.i18n`. A finding names the file, the line and the text; move the text to
 * public/_locales/en/messages.json and show it with `t(key)` (or data-i18n in HTML).
 */

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/\.test\.ts$|__fixtures__|[\\/]test-seam\.ts$/.test(file))
    .sort();
}

function scanAll(): Finding[] {
  return filesUnder('src').flatMap((file) => {
    if (file.endsWith('.html')) return scanHtml(file, readFileSync(file, 'utf8'));
    if (file.endsWith('.ts')) return scanTypeScript(file, readFileSync(file, 'utf8'));
    return [];
  });
}

describe('no user-visible English outside _locales', () => {
  const findings = scanAll();

  it('every text the extension shows comes from _locales', () => {
    const offenders = findings.map((f) => `${f.file}:${f.line}: ${JSON.stringify(f.text)}`);
    expect(offenders, 'hard-coded user-visible text (move it to public/_locales/en/messages.json)').toEqual([]);
  });

  it('finds hard-coded text in HTML: text nodes outside data-i18n, and text attributes', () => {
    const html = `<html><head><title data-i18n="x">Fallback</title><style>p{content:"No"}</style></head><body>
      <!-- A comment is fine -->
      <h1 data-i18n="extName"></h1><p>Hello <b>there</b></p><span data-i18n="k"><i>kept</i></span>
      <button title="Close it" aria-label="Close">×</button><input type="submit" value="Send"><input value="+44 20 7946 0958">
      <img alt="" src="x.png"><input placeholder="Search"></body></html>`;
    expect(scanHtml('x.html', html).map((f) => [f.line, f.text])).toEqual([
      [3, 'Hello'], [3, 'there'], [4, 'title="Close it"'], [4, 'aria-label="Close"'], [4, 'value="Send"'], [5, 'placeholder="Search"'],
    ]);
  });

  it('finds strings that TypeScript code shows, through constants, branches, local functions and their arguments', () => {
    const source = [
      "el.textContent = 'Saved';",
      "el.title = ok ? t('a') : 'Failed';",
      "el.setAttribute('aria-label', `Remove ${n}`);",
      "el.setAttribute('data-x', 'not shown');",
      "const label = labelFor(m); link.title = label;",
      "function labelFor(m) { return `Call ${m} with Zoom`; }",
      "function say(box, text) { box.textContent = text; } say(b, 'Hi there');",
      "h('button', { 'aria-label': 'Up', class: 'secondary' }, 'Move up');",
      "show(status, 'Oops', 'error');",
      "menus.create({ id: 'x', title: 'Call with Zoom' });",
      "omnibox.setDefaultSuggestion({ description: 'Type a number' }); const title = 'Call as'; menus.update('id', { title });",
      "new Notice('Nothing here');",
      "el.append(a, ' — ', 'and more');",
      "el.textContent = '×'; el.textContent = t('ok'); throw new Error('not for users');",
    ].join('\n');
    expect(scanTypeScript('x.ts', source).map((f) => [f.line, f.text]).sort()).toEqual([
      [1, 'Saved'], [2, 'Failed'], [3, 'Remove …'], [6, 'Call … with Zoom'], [7, 'Hi there'], [8, 'Move up'], [8, 'Up'],
      [9, 'Oops'], [10, 'Call with Zoom'], [11, 'Call as'], [11, 'Type a number'], [12, 'Nothing here'], [13, 'and more'],
    ].sort());
  });
});
