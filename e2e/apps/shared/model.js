// The state every framework app renders, the updates the e2e scenarios apply to it, and the text and numbers the
// app root must show for a state. Each app renders the same layout with its framework's own template parts:
//   <main id="app"><h1>Contacts</h1>
//     <p id="desk">Desk: ({a}) {b}-{c} room 1204</p>          one number from template parts
//     <p id="intl">Intl: {i0} {i1} {i2} {i3}</p>               an international one from parts
//     <p id="hotline">Hotline: {hotline} <small>(24/7)</small> · SLA 4h</p>   (issue 19's hydration case)
//     <ul>{contacts: <li>{name}: {phone}</li>}</ul></main>     whole numbers, keyed list
// Rendered text is the text nodes concatenated (no separators), so expectedOf joins the lines with ''.

export function initialState() {
  return {
    desk: { a: '212', b: '555', c: '0190' },
    intl: ['+44', '20', '7946', '0958'],
    hotline: '(617) 555-0190',
    contacts: [
      { id: 1, name: 'Dana', phone: '(212) 555-0100' },
      { id: 2, name: 'Lee', phone: '+33 1 42 68 53 00' },
      { id: 3, name: 'Sam', phone: '646-555-0142' },
    ],
  };
}

/** Pure updates, state -> next state. `remount` is not one: each app re-mounts with its current state. */
export const ops = {
  // One part of a split number: the page shows (212) 555-0192 and must dial +12125550192.
  setPart: (s) => ({ ...s, desk: { ...s.desk, c: '0192' } }),
  setWhole: (s) => ({ ...s, contacts: s.contacts.map((c) => (c.id === 1 ? { ...c, phone: '(718) 555-0143' } : c)) }),
  reorder: (s) => ({ ...s, contacts: [...s.contacts].reverse() }),
  remove: (s) => ({ ...s, contacts: s.contacts.filter((c) => c.id !== 2) }),
  add: (s) => ({ ...s, contacts: [...s.contacts, { id: 4, name: 'Kim', phone: '+49 30 901820' }] }),
  // Another single part, of the international number, and the area code of the desk number.
  setPart2: (s) => ({ ...s, intl: [s.intl[0], s.intl[1], s.intl[2], '0959'], desk: { ...s.desk, a: '646' } }),
};

export const STEPS = ['setPart', 'setWhole', 'reorder', 'remove', 'add', 'setPart2', 'remount'];

export function e164(display) {
  const digits = display.replace(/\D/g, '');
  return display.trim().startsWith('+') ? `+${digits}` : `+1${digits}`;
}

export function numbersOf(displays) {
  return displays.map((display) => ({ display, e164: e164(display) }));
}

export function expectedOf(s) {
  const desk = `(${s.desk.a}) ${s.desk.b}-${s.desk.c}`;
  const intl = s.intl.join(' ');
  const lines = [
    'Contacts',
    `Desk: ${desk} room 1204`,
    `Intl: ${intl}`,
    `Hotline: ${s.hotline} (24/7) · SLA 4h`,
    ...s.contacts.map((c) => `${c.name}: ${c.phone}`),
  ];
  return { text: lines.join(''), numbers: numbersOf([desk, intl, s.hotline, ...s.contacts.map((c) => c.phone)]) };
}

/**
 * window.app for the scenarios. `commit(next)` renders a new state (synchronously, or returns a promise that
 * settles once the framework committed); `remount(state)` throws the rendered tree away and mounts a fresh one.
 */
export function exposeApp({ root, commit, remount, steps = STEPS, expected = expectedOf, initial = initialState() }) {
  let state = initial;
  const app = {
    steps,
    root,
    expected: () => expected(state),
    state: () => state,
    async run(step) {
      if (step === 'remount') return remount(state);
      state = ops[step](state);
      return commit(state);
    },
  };
  window.app = app;
  return app;
}

/** Reports an error the framework handed to the app (React onRecoverableError, Vue errorHandler) to the probe. */
export function reportError(source, error) {
  const message = error instanceof Error ? `${error.message}` : String(error);
  window.c2zProbe?.report(`${source}: ${message}`);
}
