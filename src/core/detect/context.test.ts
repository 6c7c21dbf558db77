import { describe, expect, it } from 'vitest';
import { contextRejection } from './context';

/** The reason for the number marked with [brackets] in `marked`. */
function reason(marked: string, before?: string) {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return contextRejection(marked.replace('[', '').replace(']', ''), start, end, before);
}

describe('contextRejection', () => {
  it('rejects numbers touching Latin letters or digits, not a leading + touching a word', () => {
    expect(reason('ID[2125550100]')).toBe('glued');
    expect(reason('[2125550100]kg')).toBe('glued');
    expect(reason('call[+14156667777]')).toBeUndefined();
    expect(reason('我的电话号码是[415-666-7777]')).toBeUndefined();
  });

  it('rejects currency amounts, percentages, units and pieces of longer numbers', () => {
    expect(reason('$ [2 125 550 100]')).toBe('currency');
    expect(reason('[1 250 000] €')).toBe('currency');
    expect(reason('[12,3456] %')).toBe('percent');
    expect(reason('[51.5074]° N')).toBe('unit');
    expect(reason('279(12):[11234-11245]')).toBe('fragment');
    expect(reason('Order #[2133734253]')).toBe('id');
    expect(reason('trace 4c2e8b1a-1f3d-4e5a-9b7c-[092916267114]')).toBe('id');
    expect(reason('[76539230-9616]-a5b1-8c9b-0a2916267114')).toBe('id');
    expect(reason('Dial cafe-[212-555-0100]')).toBeUndefined();
    expect(reason('[212-555-0100]-abcd')).toBeUndefined();
  });

  it('rejects numbers inside URLs and addresses but not after tel:', () => {
    expect(reason('https://example.com/u/[2125550100]')).toBe('url');
    expect(reason('a=[2125550100]&b=1')).toBe('url');
    expect(reason('Tel:[+1 212 555 0175]')).toBeUndefined();
  });

  it('reads a label in the text before the block', () => {
    expect(reason('[2125550100]', 'Order number')).toBe('label');
    expect(reason('[2125550100]', 'Phone')).toBeUndefined();
  });
});
