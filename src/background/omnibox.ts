import browser from 'webextension-polyfill';
import { parseDialInput } from '../core/dial-input';
import { displayDialable } from '../platform/display-number';
import { regionFromLanguages } from '../core/region';
import { placeCall } from './calls';

function parse(text: string) {
  return parseDialInput(text, regionFromLanguages(navigator.languages));
}

/** The suggestion shown for what is typed after the `zoom` keyword: the number as it will be dialled. */
export function omniboxSuggestion(text: string): string {
  const target = parse(text);
  return target ? browser.i18n.getMessage('menuCallNumber', displayDialable(target)) : browser.i18n.getMessage('omniboxHint');
}

/** `zoom +1 212 555 0100` ⏎: calls from the tab the address bar belongs to; anything that does not parse is ignored. */
export async function handleOmniboxEnter(text: string): Promise<void> {
  const target = parse(text);
  if (!target) return;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  await placeCall(tab?.id, target);
}

/** Feature-detected: Firefox for Android has no omnibox. */
export function listenForOmnibox(): void {
  const omnibox = (browser as { omnibox?: typeof browser.omnibox }).omnibox;
  if (!omnibox) return;
  // The text is only digits, spaces and '+', so it needs no escaping for Chrome's XML descriptions.
  omnibox.onInputChanged.addListener((text) => omnibox.setDefaultSuggestion({ description: omniboxSuggestion(text) }));
  omnibox.onInputEntered.addListener((text) => void handleOmniboxEnter(text));
}
