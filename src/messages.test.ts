import { describe, expect, it } from 'vitest';
import { hasBackgroundToContentType, isBackgroundToContent } from './messages';

const valid = [
  { type: 'show-notice', text: 'No phone number in the selection' },
  { type: 'open-call', url: 'zoomphonecall://+12125550100' },
  { type: 'open-call', url: 'tel:+12125550100' },
  { type: 'page-info' },
  { type: 'get-selection' },
];

describe('background → content messages', () => {
  it('accepts each message the union holds', () => {
    for (const message of valid) {
      expect(isBackgroundToContent(message), JSON.stringify(message)).toBe(true);
      expect(hasBackgroundToContentType(message), JSON.stringify(message)).toBe(true);
    }
  });

  it('refuses a call URL that is not one the background builds, and fields of the wrong kind', () => {
    for (const message of [
      { type: 'open-call', url: 'https://example.com/' },
      { type: 'open-call', url: 'javascript:alert(1)' },
      { type: 'open-call', url: 'zoomphonecall://+1212 555' },
      { type: 'open-call' },
      { type: 'show-notice', text: 42 },
    ]) {
      expect(isBackgroundToContent(message), JSON.stringify(message)).toBe(false);
      // The entry's question is only the type: the started script asks the whole one before acting.
      expect(hasBackgroundToContentType(message), JSON.stringify(message)).toBe(true);
    }
  });

  it('the entry starts the rest for none but these four types', () => {
    for (const message of [null, undefined, 'page-info', 7, [], {}, { type: 'context-target' }, { type: 'popup-call' }, { type: 'PAGE-INFO' }, { kind: 'page-info' }]) {
      expect(hasBackgroundToContentType(message), JSON.stringify(message)).toBe(false);
      expect(isBackgroundToContent(message), JSON.stringify(message)).toBe(false);
    }
  });
});
