import { MIN_CANDIDATE_DIGITS } from './detect/candidates';
import defaultEngine from './detect/default-engine';
import { createDetector, type DetectOptions, type PhoneMatch } from './detect/detect';
import { isDigitCode } from './detect/chars';
import type { Region } from './region';

export type { DetectOptions, PhoneMatch };

/** Cheap test run before anything else: does the text hold enough digits to contain a phone number at all? */
export function mayContainPhone(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    if (isDigitCode(text.charCodeAt(i)) && ++digits >= MIN_CANDIDATE_DIGITS) return true;
  }
  return false;
}

/**
 * Finds the phone numbers in one block of text (a paragraph, a table cell: text split across inline elements
 * joined into one string). National-format numbers are read for `region`; '+'-prefixed numbers are read anywhere.
 * Matches are in order and do not overlap; an extension written after a number is part of its match and `ext`.
 */
export const findPhones: (text: string, region: Region, options?: DetectOptions) => PhoneMatch[] = createDetector(defaultEngine);
