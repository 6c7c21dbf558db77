import { existsSync, readFileSync } from 'node:fs';

interface Message {
  readonly message: string;
  readonly placeholders?: Record<string, { readonly content: string }>;
}
export type Messages = Record<string, Message>;

/** A shipped locale's messages; a missing locale fails the test that needs it, saying what to add. */
export function loadMessages(folder: string): Messages {
  const file = `public/_locales/${folder}/messages.json`;
  if (!existsSync(file)) throw new Error(`${file} is missing: the ${folder} translation must be in public/_locales before these tests can pass`);
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

/** A message with its placeholders filled, as browser.i18n.getMessage does it. */
export function messageOf(messages: Messages, key: string, args: readonly string[] = []): string {
  const entry = messages[key];
  if (!entry) throw new Error(`no message ${key}`);
  const filled = (content: string) => content.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = Object.entries(entry.placeholders ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase());
    return placeholder ? filled(placeholder[1].content) : whole;
  }).replace(/\$\$/g, '$');
}
