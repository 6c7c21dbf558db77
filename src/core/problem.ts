/**
 * A validation failure, named by its `_locales` message key (plus substitutions) so the core carries no UI
 * strings and every page can show it in the user's language.
 */
export interface Problem {
  readonly key: string;
  readonly args?: readonly string[];
}

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

export function ok<T>(value: T): Checked<T> {
  return { ok: true, value };
}

export function fail<T>(key: string, ...args: string[]): Checked<T> {
  return { ok: false, problem: args.length > 0 ? { key, args } : { key } };
}
