import { describe, expect, it } from 'vitest';
import { formatCallerId } from './caller-id';
import { CARD_THEMES, cardModel, contrastRatio, copyText, type CardInput, pageIsDark, parseColor } from './hover-card';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const TARGET = { kind: 'e164', e164: '+12125550100' } as const;
const MAIN = { number: '+16465550199', label: 'Main' };
const SUPPORT = { number: '802', label: 'Support' };

function model(settings: Partial<Settings>, input: Partial<CardInput> = {}) {
  return cardModel({ target: TARGET, shown: '(212) 555-0100', settings: { ...DEFAULT_SETTINGS, ...settings }, callerId: '', mode: 'hover', display: '+1 212 555 0100', callerName: (entry) => (entry.label ? `${entry.label} (${formatCallerId(entry.number)})` : formatCallerId(entry.number)), ...input });
}

const kinds = (actions: readonly { kind: string }[]) => actions.map((action) => action.kind);

describe('cardModel', () => {
  it('shows the number formatted for display, Call with the URL a link would open, and both copies', () => {
    const card = model({ callerIds: [MAIN], defaultCaller: MAIN.number }, { callerId: MAIN.number });
    expect(card.display).toBe('+1 212 555 0100');
    expect(card.title).toEqual({ key: 'hoverCardTitle', args: ['+1 212 555 0100'] });
    expect(card.actions).toEqual([
      { kind: 'call', label: { key: 'hoverCardCall' }, url: 'zoomphonecall://+12125550100?callerid=+16465550199' },
      { kind: 'copy', label: { key: 'hoverCardCopy', args: ['+12125550100'] }, text: '+12125550100' },
      { kind: 'copy', label: { key: 'hoverCardCopyShown', args: ['(212) 555-0100'] }, text: '(212) 555-0100' },
    ]);
    // One caller ID, and Call already sends it: no choice to offer.
    expect(card.callAs).toEqual([]);
  });

  it('offers Text only when texting is on, with the caller ID Call sends', () => {
    expect(kinds(model({}).actions)).not.toContain('text');
    const card = model({ smsEnabled: true, callerIds: [SUPPORT], defaultCaller: '802' }, { callerId: '802' });
    expect(card.actions[1]).toEqual({ kind: 'text', label: { key: 'hoverCardText' }, url: 'zoomphonesms://+12125550100?callerid=802' });
  });

  it('copies a number shown as its E.164 form once, and keeps an extension in the standard copy', () => {
    expect(kinds(model({}, { shown: ' +12125550100 ' }).actions)).toEqual(['call', 'copy']);
    expect(copyText({ kind: 'e164', e164: '+12125550103', ext: '12' })).toBe('+12125550103;ext=12');
    expect(copyText({ kind: 'extension', digits: '802' })).toBe('802');
    expect(model({}, { shown: '(212)\n  555-0100' }).actions[2]).toMatchObject({ text: '(212) 555-0100' });
  });

  it('lists every caller ID under "Call as…", marking the one Call sends, only with zoomphonecall', () => {
    const settings = { callerIds: [MAIN, SUPPORT], defaultCaller: MAIN.number };
    const card = model(settings, { callerId: MAIN.number });
    expect(card.callAs).toEqual([
      { kind: 'call-as', callerId: MAIN.number, chosen: true, label: { key: 'hoverCardCallAsChosen', args: ['Main (+1 646 555 0199)'] }, url: 'zoomphonecall://+12125550100?callerid=+16465550199' },
      { kind: 'call-as', callerId: '802', chosen: false, label: { key: 'hoverCardCallAs', args: ['Support (802)'] }, url: 'zoomphonecall://+12125550100?callerid=802' },
    ]);
    // A rule that sends no caller ID here: the single configured one is a real choice.
    expect(model({ callerIds: [MAIN] }, { callerId: '' }).callAs).toHaveLength(1);
    expect(model({ ...settings, scheme: 'tel' }, { callerId: MAIN.number }).callAs).toEqual([]);
  });

  it('asks "Call …?" with Call and Cancel in confirm mode', () => {
    const card = model({ scheme: 'callto', smsEnabled: true, callerIds: [MAIN, SUPPORT] }, { mode: 'confirm' });
    expect(card.title).toEqual({ key: 'hoverCardConfirm', args: ['+1 212 555 0100'] });
    expect(card.actions).toEqual([{ kind: 'call', label: { key: 'hoverCardCall' }, url: 'callto:+12125550100' }, { kind: 'cancel', label: { key: 'hoverCardCancel' } }]);
    expect(card.callAs).toEqual([]);
  });
});

describe('page darkness', () => {
  it('reads computed colours, with or without alpha', () => {
    expect(parseColor('rgb(255, 255, 255)')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseColor('transparent')).toBeUndefined();
  });

  it('takes the first opaque background from the number up, else the canvas', () => {
    expect(pageIsDark(['rgba(0, 0, 0, 0)', 'rgb(17, 24, 39)', 'rgb(255, 255, 255)'], false)).toBe(true);
    expect(pageIsDark(['rgba(0, 0, 0, 0.1)', 'rgb(250, 250, 250)'], true)).toBe(false);
    expect(pageIsDark(['rgba(0, 0, 0, 0)'], true)).toBe(true);
    expect(pageIsDark([], false)).toBe(false);
    // Mid-grey and lighter is a light page.
    expect(pageIsDark(['rgb(128, 128, 128)'], false)).toBe(false);
    expect(pageIsDark(['rgb(90, 90, 90)'], false)).toBe(true);
  });
});

describe('card themes', () => {
  for (const [name, theme] of Object.entries(CARD_THEMES)) {
    it(`${name}: every text colour has at least 4.5:1 against its background, and the focus ring 3:1`, () => {
      const c = (css: string) => {
        const hex = /^#(..)(..)(..)$/.exec(css);
        if (!hex) throw new Error(css);
        return { r: Number.parseInt(hex[1] ?? '', 16), g: Number.parseInt(hex[2] ?? '', 16), b: Number.parseInt(hex[3] ?? '', 16), a: 1 };
      };
      for (const text of [theme.text, theme.muted]) {
        expect(contrastRatio(c(text), c(theme.background))).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(c(text), c(theme.hover))).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrastRatio(c(theme.accentText), c(theme.accent))).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(c(theme.focus), c(theme.background))).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c(theme.border), c(theme.background))).toBeGreaterThanOrEqual(3);
    });
  }
});
