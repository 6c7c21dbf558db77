// A small React 19 app, built in production mode, whose phone text changes after the extension linked it.
// window.app drives it; each call commits synchronously (flushSync) so the test can check the DOM right after.
import { createElement as h, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

let api;

function Contact({ contact }) {
  // Three text nodes: name, separator, phone (React keeps a reference to each and sets nodeValue on update).
  return h('li', { 'data-id': contact.id }, contact.name, ': ', contact.showPhone ? contact.phone : null, contact.note ? ` (${contact.note})` : null);
}

function App() {
  const [contacts, setContacts] = useState([
    { id: 1, name: 'Dana', phone: '212-555-0100', showPhone: true },
    { id: 2, name: 'Lee', phone: '212-555-0101', showPhone: true },
    { id: 3, name: 'Sam', phone: '+44 20 7946 0958', showPhone: true },
  ]);
  const [main, setMain] = useState('212-555-0199');
  api = {
    update: (id, change) => flushSync(() => setContacts((list) => list.map((c) => (c.id === id ? { ...c, ...change } : c)))),
    reverse: () => flushSync(() => setContacts((list) => [...list].reverse())),
    remove: (id) => flushSync(() => setContacts((list) => list.filter((c) => c.id !== id))),
    add: (contact) => flushSync(() => setContacts((list) => [...list, { showPhone: true, ...contact }])),
    setMain: (text) => flushSync(() => setMain(text)),
  };
  return h('main', null,
    h('h1', null, 'Contacts'),
    h('p', { id: 'main-line' }, `Main line ${main}`),
    h('ul', { id: 'contacts' }, contacts.map((contact) => h(Contact, { key: contact.id, contact }))));
}

window.app = new Proxy({}, { get: (_, name) => api[name] });
createRoot(document.getElementById('root')).render(h(App));
