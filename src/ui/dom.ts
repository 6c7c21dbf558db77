export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`options page is missing #${id}`);
  return element as T;
}

/** Creates an element with attributes and children, without parsing any HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

export function radios(form: HTMLFormElement, name: string): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)];
}

export function checkedValue(form: HTMLFormElement, name: string): string | undefined {
  return radios(form, name).find((input) => input.checked)?.value;
}

/** Shows a message in a feedback or status line, marked as an error or not. */
export function show(element: HTMLElement, text: string, kind: 'error' | 'ok' | '' = ''): void {
  element.textContent = text;
  element.classList.toggle('error', kind === 'error');
  element.classList.toggle('ok', kind === 'ok');
}
