import { describe, expect, it } from 'vitest';
import { type MarkupTree, scanMarkup } from './markup-scan';
import { markupText, markupTextContent, previousSibling } from './markup-text';

/** `html` scanned, where the DOM would count `count` elements in it. */
function tree(html: string, count: number): MarkupTree {
  const scanned = scanMarkup(html, count);
  if (!scanned) throw new Error(`not scanned: ${html}`);
  return scanned;
}

/** The texts of a block whose inner markup is `html`, holding `count` elements. */
const textsOf = (html: string, count: number) => markupText(html, tree(html, count), false);

describe('scanMarkup', () => {
  it('lists elements in document order with their parents and last descendants', () => {
    const html = '<table><tbody><tr><td>1</td><td>2</td></tr></tbody></table><p>x</p>';
    const scanned = tree(html, 6);
    expect(scanned.names).toEqual(['table', 'tbody', 'tr', 'td', 'td', 'p']);
    expect([...scanned.parents]).toEqual([-1, 0, 1, 2, 2, -1]);
    expect([...scanned.lasts]).toEqual([4, 4, 4, 3, 4, 5]);
    expect(html.slice(scanned.starts[3], scanned.ends[3])).toBe('<td>1</td>');
    expect(html.slice(scanned.opens[5], scanned.ends[5])).toBe('x</p>');
  });

  it('reads void elements, raw text, comments and quoted attributes as the serializer writes them', () => {
    const html = '<div title="a > b" data-x=""><img src="x.png"><br><script>if (a<b) "<div>";</script><!-- <p> --><span>ok</span></div>';
    const scanned = tree(html, 5);
    expect(scanned.names).toEqual(['div', 'img', 'br', 'script', 'span']);
    expect([...scanned.parents]).toEqual([-1, 0, 0, 0, 0]);
  });

  it('does not count what is inside a template (its content is not among the DOM descendants)', () => {
    const html = '<template><p>a</p><template><b>b</b></template><i>c</i></template><templates></templates><p>d</p>';
    expect(tree(html, 3).names).toEqual(['template', 'templates', 'p']);
  });

  it('gives up where the markup holds another count of elements than the DOM', () => {
    const html = '<p>a<b>b</b></p><p>c</p>';
    expect(scanMarkup(html, 3)?.count).toBe(3);
    expect(scanMarkup(html, 2)).toBeUndefined();
    expect(scanMarkup(html, 4)).toBeUndefined();
  });

  it('gives up on markup the serializer does not write', () => {
    expect(scanMarkup('<div><p>x</div></p>', 2)).toBeUndefined();
    expect(scanMarkup('<div>x', 2)).toBeUndefined();
    expect(scanMarkup('<div><!-- open</div>', 2)).toBeUndefined();
    expect(scanMarkup('<!DOCTYPE html><p>x</p>', 2)).toBeUndefined();
    expect(scanMarkup('<div title="x>y</div>', 2)).toBeUndefined();
  });
});

describe('scanMarkup kinds', () => {
  it('treats elements as the walk does', () => {
    const html = '<a href="#">a</a><a class="c2z-link x" href="#">b</a><code>c</code><svg></svg><br><x-card>e</x-card><span>f</span><div>g</div><xmp>h</xmp>';
    const scanned = tree(html, 9);
    const kinds = scanned.kinds;
    expect(kinds).toEqual(['skip', 'opaque', 'skip', 'skip', 'break', 'custom', 'inline', 'block', 'opaque']);
  });
});

describe('markupText', () => {
  it('joins text across inline elements and comments, and splits it at blocks, breaks and skipped elements', () => {
    const html = 'Call (212)<!-- c --> <span>555</span>-0100<p>Fax 212 555 0101</p>after<br>next<code>415 555 0000</code>end';
    expect(textsOf(html, 4)).toEqual({ texts: ['Call (212) 555-0100', 'Fax 212 555 0101', 'after', 'next', 'end'], cells: [-1, -1, -1, -1, -1], opaque: false, custom: [] });
  });

  it('decodes what the serializer escapes in text', () => {
    expect(textsOf('A&amp;B&nbsp;&lt;1&gt; &amp;lt;', 0).texts).toEqual(['A&B\u00a0<1> &lt;']);
  });

  it('reads nothing below a void or skipped element, and ends the segment there', () => {
    expect(textsOf('a<img src="1">b<input value="2">c<textarea>212 555 0100</textarea>d<wbr>e', 4).texts).toEqual(['a', 'b', 'c', 'de']);
  });

  it('marks markup only the walk can read', () => {
    expect(textsOf('x <a class="c2z-link" href="#">212 555 0100</a>', 1).opaque).toBe(true);
    expect(textsOf('x <xmp>212</xmp>', 1).opaque).toBe(true);
    expect(textsOf('x <my-el>1</my-el><b><other-el></other-el></b>', 3)).toEqual({ texts: ['x ', '1'], cells: [-1, -1], opaque: false, custom: [0, 2] });
  });
});

describe('labels from markup', () => {
  it('knows the cell each text starts in, and the text of the cell before it', () => {
    const html = '<td>Phone<script>"x"</script><!-- c --></td><td><b>212</b> 555 0100<p>second</p></td><td>&amp;</td>';
    const scanned = tree(html, 6);
    const read = markupText(html, scanned, false);
    expect(read.texts).toEqual(['Phone', '212 555 0100', 'second', '&']);
    expect(read.cells.map((c) => scanned.names[c])).toEqual(['td', 'td', 'td', 'td']);
    const second = read.cells[1] as number;
    expect(read.cells[2]).toBe(second);
    expect(markupTextContent(html, scanned, previousSibling(scanned, second))).toBe('Phone"x"');
    expect(previousSibling(scanned, scanned.names.indexOf('td'))).toBe(-1);
    expect(previousSibling(scanned, read.cells[3] as number)).toBe(second);
  });

  it('says when the cell is the block itself or around it', () => {
    const html = 'a<div>b</div>';
    expect(markupText(html, tree(html, 1), true).cells).toEqual([-2, -2]);
  });
});
