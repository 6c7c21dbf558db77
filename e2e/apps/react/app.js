// React 19 app of the shared layout (shared/model.js). Text parts are separate children, so React renders
// "Desk: (", "212", ") ", "555", "-", "0190", " room 1204" as seven text nodes and later sets nodeValue on one.
import { createElement as h, useLayoutEffect, useState } from 'react';

export function App({ initial, bind, onCommit }) {
  const [s, setS] = useState(initial);
  if (bind) bind(setS);
  useLayoutEffect(() => onCommit?.());
  return h('main', { id: 'app' },
    h('h1', null, 'Contacts'),
    h('p', { id: 'desk' }, 'Desk: (', s.desk.a, ') ', s.desk.b, '-', s.desk.c, ' room 1204'),
    h('p', { id: 'intl' }, 'Intl: ', s.intl[0], ' ', s.intl[1], ' ', s.intl[2], ' ', s.intl[3]),
    h('p', { id: 'hotline' }, 'Hotline: ', s.hotline, ' ', h('small', null, '(24/7)'), ' · SLA 4h'),
    h('ul', null, s.contacts.map((c) => h('li', { key: c.id }, c.name, ': ', c.phone))));
}
