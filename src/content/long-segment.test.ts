import { describe, expect, it } from 'vitest';
import { findPhones } from '../core/find-phones';
import { LinkGroups } from './link-groups';
import { CHUNK_CHARS, findInLongSegment } from './linkify';
import type { Segment } from './segments';

const context = {
  region: () => 'US' as const,
  settings: () => { throw new Error('not read while finding'); },
  label: () => 'a label',
};

function readAll(text: string) {
  const segment: Segment = { nodes: [], text, starts: [] };
  const steps = findInLongSegment(segment, context, new LinkGroups());
  let chunks = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { matches: step.value?.matches ?? [], chunks };
    chunks++;
  }
}

describe('findInLongSegment', () => {
  it('finds what one pass over the whole text finds, numbers across chunk edges included', () => {
    const filler = 'Lorem ipsum dolor sit amet, order 4471 shipped on 2024-05-01. ';
    let text = '';
    const numbers = ['(212) 555-0100', '+44 20 7946 0958', '212-555-0101', '+1 646 555 0142'];
    // Put numbers right across each chunk edge and in between.
    for (let edge = 1; edge <= 5; edge++) {
      while (text.length < edge * CHUNK_CHARS - 6) text += filler;
      text = text.slice(0, edge * CHUNK_CHARS - 6);
      text += ` ${numbers[edge % numbers.length]} `;
      text += filler.repeat(40) + `call ${numbers[(edge + 1) % numbers.length]} today. `;
    }
    const whole = findPhones(text, 'US');
    const { matches, chunks } = readAll(text);
    expect(chunks).toBeGreaterThan(4);
    expect(whole.length).toBe(10);
    expect(matches).toEqual(whole);
  });

  it('reads a short text in one step', () => {
    const { matches, chunks } = readAll('Call (212) 555-0100.');
    expect(chunks).toBe(0);
    expect(matches.map((m) => m.e164)).toEqual(['+12125550100']);
  });
});
