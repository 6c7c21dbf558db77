/**
 * The span a link covers: exactly the number. The candidate scan takes an opening bracket before the digits
 * into the run ("(030) 901820"), so a number in brackets ("(+1 205 204 9335)") would start on its "(" while its
 * ")" stays outside; a bracket with no partner inside the number is left out.
 */

const CLOSES: Record<string, string> = { '(': ')', '[': ']', '（': '）' };

/** Does the bracket at `open` close before `end` ("(030) 901820"), not only after it ("(+1 (212) 555-0100)")? */
function closesWithin(text: string, open: number, end: number, close: string): boolean {
  const opener = text[open];
  let depth = 0;
  for (let i = open; i < end; i++) {
    if (text[i] === opener) depth++;
    else if (text[i] === close && --depth === 0) return true;
  }
  return false;
}

/** The start of the number at [start, end) of `text` once an unpaired opening bracket is left out. */
export function numberSpanStart(text: string, start: number, end: number): number {
  let at = start;
  for (let close = CLOSES[text[at] ?? '']; at < end && close !== undefined && !closesWithin(text, at, end, close); close = CLOSES[text[at] ?? '']) at++;
  return at;
}
