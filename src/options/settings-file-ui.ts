import { parseSettingsFile, exportSettingsFile } from '../core/settings-file';
import type { Settings } from '../core/settings';
import { byId, show } from '../ui/dom';
import { problemText, t } from '../platform/i18n';

const FILE_NAME = 'zoom-click-to-call-settings.json';

/**
 * Export writes the user's saved settings to a JSON file; import reads one, and only a file that passes every
 * check is handed to `apply` (which saves it). A refused file changes nothing and says why.
 */
export function wireSettingsFile(current: () => Promise<Settings>, apply: (settings: Settings) => Promise<void>): void {
  const status = byId<HTMLElement>('file-status');
  const input = byId<HTMLInputElement>('importFile');

  byId<HTMLButtonElement>('exportSettings').addEventListener('click', () => {
    void current().then((settings) => {
      const url = URL.createObjectURL(new Blob([exportSettingsFile(settings)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = FILE_NAME;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      show(status, t('exported', [FILE_NAME]), 'ok');
    });
  });

  byId<HTMLButtonElement>('importSettings').addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void file.text().then(async (text) => {
      const parsed = parseSettingsFile(text);
      if (!parsed.ok) {
        const reason = problemText(parsed.problem);
        show(status, parsed.field ? t('importRefusedField', [parsed.field, reason]) : t('importRefused', [reason]), 'error');
        return;
      }
      await apply(parsed.value);
      show(status, t('imported'), 'ok');
    });
  });
}
