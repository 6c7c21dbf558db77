import { getExampleNumber } from 'libphonenumber-js/core';
import { phoneMetadata } from '../core/phone-lib';
import examples from 'libphonenumber-js/mobile/examples';
import { buildCallUrl, type Scheme } from '../core/call-url';
import type { Region } from '../core/region';
import { h } from '../ui/dom';
import { t } from '../platform/i18n';

// Zoom's own docs and this README use a New York number; other regions get libphonenumber's example.
const US_SAMPLE = { national: '(212) 555-0100', e164: '+12125550100' };

function sampleFor(region: Region): { national: string; e164: string } {
  if (region === 'US') return US_SAMPLE;
  const example = getExampleNumber(region, examples, phoneMetadata());
  return example ? { national: example.formatNational(), e164: example.number } : US_SAMPLE;
}

/** "A number like (212) 555-0100 will open zoomphonecall://+12125550100?callerid=…", built by the core. */
export function renderPreview(target: HTMLElement, region: Region, scheme: Scheme, callerId: string): void {
  const sample = sampleFor(region);
  const url = buildCallUrl({ kind: 'e164', e164: sample.e164 }, scheme, callerId);
  // The URL is set in <code>: the message is split where its placeholder stands.
  const marker = '\u0001';
  const [before = '', after = ''] = t('previewLine', [sample.national, marker]).split(marker);
  target.replaceChildren(before, h('code', {}, url), after);
}
