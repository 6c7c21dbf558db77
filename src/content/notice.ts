import browser from 'webextension-polyfill';

const NOTICE_MS = 5000;

/**
 * Shows a short message at the top of the page, in a shadow root so page CSS cannot restyle it and ours
 * cannot leak. Styles are set through CSSOM, which a strict page CSP does not block. Announced to screen readers.
 */
export function showNotice(message: string): void {
  const host = document.createElement('c2z-notice');
  const shadow = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.textContent = message;
  Object.assign(host.style, { all: 'initial', position: 'fixed', top: '16px', left: '50%', transform: 'translateX(-50%)', zIndex: '2147483647' });
  Object.assign(box.style, {
    font: '14px/1.4 system-ui, sans-serif', color: '#fff', background: '#1f2937', padding: '10px 16px',
    borderRadius: '8px', boxShadow: '0 4px 16px rgba(0,0,0,.3)', maxWidth: '480px',
  });
  shadow.append(box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), NOTICE_MS);
}

const CALL_NOTICE_MS = 6000;
const message = (key: string): string => browser.i18n.getMessage(key) || key;

/**
 * After a call URL is opened from this page: "Opening Zoom…", since the browser shows nothing when no app takes
 * the URL, with "Nothing happened?" opening short help in place. It stays while the user reads the help or
 * has focus in it; otherwise it goes after a few seconds. A new call replaces it.
 */
export function showCallNotice(): void {
  document.querySelector('c2z-call-notice')?.remove();
  const host = document.createElement('c2z-call-notice');
  const shadow = host.attachShadow({ mode: 'open' });
  Object.assign(host.style, { all: 'initial', position: 'fixed', bottom: '16px', right: '16px', zIndex: '2147483647' });
  const box = document.createElement('div');
  Object.assign(box.style, {
    font: '14px/1.4 system-ui, sans-serif', color: '#fff', background: '#1f2937', padding: '10px 14px',
    borderRadius: '8px', boxShadow: '0 4px 16px rgba(0,0,0,.3)', maxWidth: '360px',
  });
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.textContent = message('callNoticeOpening');
  Object.assign(status.style, { margin: '0 0 4px' });
  const more = document.createElement('button');
  more.type = 'button';
  more.textContent = message('callNoticeHelpButton');
  more.setAttribute('aria-expanded', 'false');
  Object.assign(more.style, { all: 'unset', color: '#93c5fd', textDecoration: 'underline', cursor: 'pointer', font: 'inherit' });
  const help = document.createElement('ul');
  help.hidden = true;
  Object.assign(help.style, { margin: '6px 0 0', paddingLeft: '18px' });
  for (const key of ['callNoticeHelpInstall', 'callNoticeHelpPrompt', 'callNoticeHelpScheme']) {
    const item = document.createElement('li');
    item.textContent = message(key);
    help.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', message('callNoticeClose'));
  Object.assign(close.style, { all: 'unset', float: 'right', marginLeft: '12px', cursor: 'pointer', font: '18px/1 system-ui, sans-serif', color: '#fff' });
  close.addEventListener('click', () => host.remove());
  more.addEventListener('click', () => {
    help.hidden = false;
    more.setAttribute('aria-expanded', 'true');
  });
  box.append(close, status, more, help);
  shadow.append(box);
  document.documentElement.append(host);
  const timer = () => setTimeout(() => {
    if (help.hidden && !host.matches(':focus-within')) host.remove();
    else timer();
  }, CALL_NOTICE_MS);
  timer();
}
