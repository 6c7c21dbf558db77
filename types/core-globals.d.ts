/**
 * The one host API the core uses beyond the ES library (tsconfig.core.json has no DOM and no Node types): the
 * WHATWG URL parser, which site-list.ts normalises host names with. Every host the core runs in has it
 * (browsers, their workers, Node).
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly hostname: string;
}
