import { CARD_THEMES, type CardTheme } from '../../core/hover-card';

/** The card's style sheet for a theme: everything inside the shadow root, so page CSS neither reaches nor sees it. */
export function cardCss(theme: CardTheme): string {
  const c = CARD_THEMES[theme];
  return `
:host { all: initial; }
.card {
  box-sizing: border-box; min-width: 220px; max-width: min(340px, calc(100vw - 16px)); padding: 10px 12px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: ${c.text}; background: ${c.background};
  border: 1px solid ${c.border}; border-radius: 10px; box-shadow: 0 6px 24px rgba(0, 0, 0, .28); color-scheme: ${theme};
  text-align: start; overflow-wrap: anywhere;
}
.title { margin: 0 0 8px; font-size: 15px; font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
button {
  all: unset; box-sizing: border-box; display: inline-block; padding: 5px 10px; border: 1px solid ${c.border};
  border-radius: 6px; font: inherit; color: ${c.text}; background: ${c.background}; cursor: pointer;
}
button:hover { background: ${c.hover}; }
button.primary { color: ${c.accentText}; background: ${c.accent}; border-color: ${c.accent}; font-weight: 600; }
button.primary:hover { text-decoration: underline; }
button:focus-visible { outline: 2px solid ${c.focus}; outline-offset: 2px; }
.as-heading { margin: 10px 0 4px; font-size: 12px; color: ${c.muted}; }
.as-list { display: flex; flex-direction: column; gap: 2px; }
.as-list button { border-color: transparent; text-align: start; }
.status { margin: 6px 0 0; font-size: 12px; color: ${c.muted}; }
.status:empty { display: none; }
`;
}
