import { describe, expect, it } from 'vitest';
import { leftoverRunLength, type SiblingKind } from './leftover-runs';

const run = (...kinds: SiblingKind[]) => leftoverRunLength(kinds);

describe('leftoverRunLength', () => {
  it('takes a link with no tail alone: the text after it is the page’s', () => {
    expect(run('link', 'text', 'other')).toBe(1);
    expect(run('link')).toBe(1);
  });

  it('takes a marked link with the one text node after it, not a second one', () => {
    expect(run('link-with-tail', 'text', 'text')).toBe(2);
    expect(run('link-with-tail', 'text', 'other')).toBe(2);
  });

  it('follows several numbers of one text node: link, tail, link, tail', () => {
    expect(run('link-with-tail', 'text', 'link-with-tail', 'text', 'text')).toBe(4);
    expect(run('link-with-tail', 'text', 'link', 'other')).toBe(3);
  });

  it('follows numbers that touch (no text between their links)', () => {
    expect(run('link', 'link-with-tail', 'text', 'other')).toBe(3);
    expect(run('link', 'link', 'text')).toBe(2);
  });

  it('stops at a marked link whose tail is missing, leaving what follows to the page', () => {
    expect(run('link-with-tail', 'other', 'text')).toBe(1);
    expect(run('link-with-tail', 'link', 'text')).toBe(1);
    expect(run('link-with-tail')).toBe(1);
  });

  it('is empty when the first node is not a link', () => {
    expect(run('text', 'link')).toBe(0);
    expect(run('other')).toBe(0);
    expect(run()).toBe(0);
  });

  it('reads only as far as the run goes (siblings may be a lazy walk)', () => {
    const read: SiblingKind[] = [];
    function* siblings(): Generator<SiblingKind> {
      for (const kind of ['link', 'other', 'text', 'link'] as const) {
        read.push(kind);
        yield kind;
      }
    }
    expect(leftoverRunLength(siblings())).toBe(1);
    expect(read).toEqual(['link', 'other']);
  });
});
