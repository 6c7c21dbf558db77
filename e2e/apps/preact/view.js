// The shared layout as an htm template, for any `html` tag: htm bound to Preact's h in the browser, and bound to
// React's createElement at build time to render the preact-ssr markup (preact-render-to-string is not installed;
// for this markup React's renderToString emits the same HTML once its "<!-- -->" text separators are dropped).
export function view(html, s) {
  return html`<main id="app"><h1>Contacts</h1><p id="desk">Desk: (${s.desk.a}) ${s.desk.b}-${s.desk.c} room 1204</p><p id="intl">Intl: ${s.intl[0]} ${s.intl[1]} ${s.intl[2]} ${s.intl[3]}</p><p id="hotline">Hotline: ${s.hotline} <small>(24/7)</small> · SLA 4h</p><ul>${s.contacts.map((c) => html`<li key=${c.id}>${c.name}: ${c.phone}</li>`)}</ul></main>`;
}
