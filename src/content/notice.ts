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
