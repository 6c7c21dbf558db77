import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pseudoMessages, pseudoText } from '../scripts/pseudo-locale';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

describe('pseudo-locale', () => {
  it('accents, brackets and lengthens the text, and keeps placeholders as written', () => {
    const text = pseudoText('Call $NUMBER$ with Zoom ($1, $$5)');
    expect(text).toMatch(/^⟦Çàĺĺ \$NUMBER\$ ŵíţĥ Žööɱ \(\$1, \$\$5\) .+⟧$/u);
    expect(text).not.toMatch(/[a-z]{2}/);
  });

  it('makes every message about 40% longer, with the same placeholders, and leaves htmlLang alone', () => {
    const pseudo = pseudoMessages(en as never);
    for (const [key, { message }] of Object.entries(en)) {
      const shown = pseudo[key]?.message ?? '';
      if (key === 'htmlLang') {
        expect(shown).toBe(message);
        continue;
      }
      const placeholders = (s: string) => (s.match(/\$[A-Za-z0-9_@]+\$|\$\d/g) ?? []).join();
      expect(placeholders(shown), key).toBe(placeholders(message));
      const text = (s: string) => [...s.replace(/\$[A-Za-z0-9_@]+\$|\$\d/g, '')].length;
      expect(text(shown), key).toBeGreaterThanOrEqual(Math.floor(text(message) * 1.4));
    }
  });
});
