/**
 * A random string matching one of libphonenumber's number patterns ("(?:2[1-9]|3[0-5])\d{6}|7\d{8}"): the
 * patterns use only digits, character classes, \d, non-capturing groups, alternation and counted quantifiers,
 * so a small recursive reader samples them. Numbers drawn this way come from the metadata's own number plan, not
 * from what the detector expects.
 */
import type { Random } from './random';

type Node = { kind: 'set'; chars: string } | { kind: 'seq'; items: Node[] } | { kind: 'alt'; options: Node[] } | { kind: 'rep'; node: Node; min: number; max: number };

function parse(pattern: string): Node {
  let at = 0;
  const alternation = (): Node => {
    const options: Node[] = [sequence()];
    while (pattern[at] === '|') {
      at++;
      options.push(sequence());
    }
    return options.length === 1 ? (options[0] as Node) : { kind: 'alt', options };
  };
  const sequence = (): Node => {
    const items: Node[] = [];
    while (at < pattern.length && pattern[at] !== '|' && pattern[at] !== ')') items.push(quantified(atom()));
    return { kind: 'seq', items };
  };
  const atom = (): Node => {
    const c = pattern[at++];
    if (c === '(') {
      if (pattern.startsWith('?:', at)) at += 2;
      const inner = alternation();
      at++; // ')'
      return inner;
    }
    if (c === '[') {
      let chars = '';
      while (pattern[at] !== ']') {
        const from = pattern[at++] ?? '';
        if (from === '\\') { at++; chars += '0123456789'; continue; }
        if (pattern[at] === '-' && pattern[at + 1] !== ']') {
          const to = pattern[at + 1] ?? from;
          at += 2;
          for (let d = from.charCodeAt(0); d <= to.charCodeAt(0); d++) chars += String.fromCharCode(d);
        } else chars += from;
      }
      at++;
      return { kind: 'set', chars };
    }
    if (c === '\\') {
      at++; // only \d appears
      return { kind: 'set', chars: '0123456789' };
    }
    return { kind: 'set', chars: c ?? '' };
  };
  const quantified = (node: Node): Node => {
    if (pattern[at] === '?') {
      at++;
      return { kind: 'rep', node, min: 0, max: 1 };
    }
    if (pattern[at] !== '{') return node;
    const close = pattern.indexOf('}', at);
    const [min = '0', max = min] = pattern.slice(at + 1, close).split(',');
    at = close + 1;
    return { kind: 'rep', node, min: Number(min), max: Number(max) };
  };
  return alternation();
}

function sample(node: Node, random: Random): string {
  switch (node.kind) {
    case 'set': return random.pick([...node.chars]);
    case 'seq': return node.items.map((item) => sample(item, random)).join('');
    case 'alt': return sample(random.pick(node.options), random);
    case 'rep': {
      let out = '';
      for (let n = random.int(node.min, node.max); n > 0; n--) out += sample(node.node, random);
      return out;
    }
  }
}

const parsed = new Map<string, Node>();

export function samplePattern(pattern: string, random: Random): string {
  let node = parsed.get(pattern);
  if (!node) parsed.set(pattern, (node = parse(pattern)));
  return sample(node, random);
}
