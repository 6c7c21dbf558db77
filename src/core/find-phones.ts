import defaultEngine from './detect/default-engine';
import { createDetector, type DetectOptions, type PhoneMatch } from './detect/detect';
import type { Region } from './region';

export type { DetectOptions, PhoneMatch };
export { mayContainPhone } from './prefilter';
export { STRONGEST_PHONE_LABEL } from './detect/phone-cue';

/**
 * Finds the phone numbers in one block of text (a paragraph, a table cell: text split across inline elements
 * joined into one string). National-format numbers are read for `region`; '+'-prefixed numbers are read anywhere.
 * Matches are in order and do not overlap; an extension written after a number is part of its match and `ext`.
 */
export const findPhones: (text: string, region: Region, options?: DetectOptions) => PhoneMatch[] = createDetector(defaultEngine);
