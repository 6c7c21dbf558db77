import { type Dialable, isZoomExtension } from './dialable';
import { findPhones } from './find-phones';
import type { Region } from './region';

/**
 * Reads the number to call from text the user selected: the first phone number in it, or — when the whole
 * selection is a short run of digits — a Zoom Phone extension. Returns undefined when there is nothing to dial.
 */
export function parseSelection(text: string, region: Region): Dialable | undefined {
  const trimmed = text.trim();
  if (isZoomExtension(trimmed)) return { kind: 'extension', digits: trimmed };
  const [first] = findPhones(trimmed, region);
  if (!first) return undefined;
  return { kind: 'e164', e164: first.e164, ...(first.ext ? { ext: first.ext } : {}) };
}
