/**
 * The cheapest question about a text: does it hold enough digits to contain a phone number at all? Kept apart
 * from the detector so the content script's entry (content/boot.ts) can ask it without loading the detector.
 */
import { MIN_CANDIDATE_DIGITS } from './detect/candidates';
import { isDigitCode } from './detect/chars';

export function mayContainPhone(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    if (isDigitCode(text.charCodeAt(i)) && ++digits >= MIN_CANDIDATE_DIGITS) return true;
  }
  return false;
}
