/**
 * Arrow keys in a list of rows: Up/Down move focus to the same kind of button (Call, Text) in the row above or
 * below, Home/End to the first or last row; Tab still leaves the list as usual.
 */
export function arrowKeysIn(list: HTMLElement): void {
  list.addEventListener('keydown', (event) => {
    const button = event.target;
    if (!(button instanceof HTMLButtonElement)) return;
    const kind = button.className;
    const buttons = [...list.querySelectorAll<HTMLButtonElement>(`li:not([hidden]) button.${CSS.escape(kind)}`)];
    const index = buttons.indexOf(button);
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined || index < 0) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  });
}
