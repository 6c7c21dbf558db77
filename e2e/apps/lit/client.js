// Lit web components: the shared layout in an open shadow root (<c2z-contacts>, `${}` parts), a number in a
// CLOSED shadow root (<c2z-secret>, its root kept in the page's c2zClosedRoots registry for the test), slots
// that put a number and light-DOM text in different blocks (<x-box>), a custom element defined LATE (after
// the page and the extension's first pass: <late-card>) and attachShadow on an element already present.
import { html, LitElement } from 'lit';
import { expectedOf, exposeApp, initialState, numbersOf, STEPS } from '../shared/model.js';

class Contacts extends LitElement {
  static properties = { state: { attribute: false } };

  render() {
    const s = this.state;
    return html`<main id="app"><h1>Contacts</h1><p id="desk">Desk: (${s.desk.a}) ${s.desk.b}-${s.desk.c} room 1204</p><p id="intl">Intl: ${s.intl[0]} ${s.intl[1]} ${s.intl[2]} ${s.intl[3]}</p><p id="hotline">Hotline: ${s.hotline} <small>(24/7)</small> · SLA 4h</p><ul>${s.contacts.map((c) => html`<li>${c.name}: ${c.phone}</li>`)}</ul></main>`;
  }
}

class Secret extends LitElement {
  static properties = { parts: { attribute: false } };
  static shadowRootOptions = { ...LitElement.shadowRootOptions, mode: 'closed' };

  createRenderRoot() {
    const root = super.createRenderRoot();
    window.c2zClosedRoots.set(this, root);
    return root;
  }

  render() {
    const [a, b, c] = this.parts;
    return html`<p>Secret line: (${a}) ${b}-${c}</p>`;
  }
}

class Box extends LitElement {
  render() {
    return html`<div class="phone"><slot name="phone"></slot></div><div class="hours"><slot></slot></div>`;
  }
}

class LateCard extends LitElement {
  render() {
    return html`<p>Late: ${this.getAttribute('number')}</p>`;
  }
}

const LATE = '(212) 555-0133';
const ATTACHED = '+1 212 555 0134';
let secret = ['212', '555', '0161'];
let late = false;
let attached = false;

function expected(state) {
  const contacts = expectedOf(state);
  const secretNumber = `(${secret[0]}) ${secret[1]}-${secret[2]}`;
  const text = [
    contacts.text,
    `Secret line: ${secretNumber}`,
    '+1 (415) 555-0177Office hours 9-5',
    late ? `Late: ${LATE}` : '',
    attached ? `Attached later: ${ATTACHED}` : 'Loading contact…',
  ].join('');
  const numbers = [
    ...contacts.numbers,
    ...numbersOf([secretNumber, '+1 (415) 555-0177', ...(late ? [LATE] : []), ...(attached ? [ATTACHED] : [])]),
  ];
  return { text, numbers };
}

customElements.define('c2z-contacts', Contacts);
customElements.define('c2z-secret', Secret);
customElements.define('x-box', Box);

const container = document.getElementById('root');
let contacts;
let secretElement;

function mount(state) {
  contacts = document.createElement('c2z-contacts');
  contacts.state = state;
  secretElement = document.createElement('c2z-secret');
  secretElement.parts = secret;
  container.prepend(contacts, secretElement);
  return Promise.all([contacts.updateComplete, secretElement.updateComplete]);
}

mount(initialState()).then(() => window.c2zProbe.markStarted());

const app = exposeApp({
  steps: ['defineLate', 'attachLate', ...STEPS.slice(0, -1), 'setSecretPart', 'remount'],
  root: () => container,
  expected,
  commit: (next) => {
    contacts.state = next;
    return contacts.updateComplete;
  },
  remount: (state) => {
    contacts.remove();
    secretElement.remove();
    return mount(state);
  },
});

const run = app.run;
app.run = async (step) => {
  if (step === 'defineLate') {
    late = true;
    customElements.define('late-card', LateCard);
    return document.querySelector('late-card').updateComplete;
  }
  if (step === 'attachLate') {
    attached = true;
    const host = document.getElementById('plain-host');
    host.attachShadow({ mode: 'open' }).append(document.createElement('p'));
    host.shadowRoot.firstChild.textContent = `Attached later: ${ATTACHED}`;
    return undefined;
  }
  if (step === 'setSecretPart') {
    secret = [secret[0], secret[1], '0162'];
    secretElement.parts = secret;
    return secretElement.updateComplete;
  }
  return run(step);
};
