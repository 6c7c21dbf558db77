/**
 * The span a link covers: exactly the number. The candidate scan takes an opening bracket before the digits
 * into the run ("(030) 901820"), so a number in brackets ("(+1 205 204 9335)") would start on its "(" while its
 * ")" stays outside; a bracket with no partner inside the number is left out.
 */

const CLOSES: Record<string, string> = { '(': ')', '[': ']', '（': '）' };

/** The start of the number at [start, end) of `text` once an unpaired opening bracket is left out. */
export function numberSpanStart(text: string, start: number, end: number): number {
  let at = start;
  while (at < end) {
    const close = CLOSES[text[at] ?? ''];
    if (close === undefined) break;
    const closeAt = text.indexOf(close, at + 1);
    if (closeAt !== -1 && closeAt < end) break;
    at++;
  }
  return at;
}
