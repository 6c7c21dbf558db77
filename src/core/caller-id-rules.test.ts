import { describe, expect, it } from 'vitest';
import { type CallerIdRule, checkCallerIdRules, chooseCallerId, danglingRules, parseRuleMatch } from './caller-id-rules';
import type { Dialable } from './dialable';

const e164 = (number: string): Dialable => ({ kind: 'e164', e164: number });
const callerIds = [
  { number: '+12125550100', label: 'Desk' },
  { number: '+442079460000', label: 'UK office' },
  { number: '+16465550199', label: 'New York' },
  { number: '802', label: 'Sales line' },
];
const settings = (callerIdRules: CallerIdRule[], defaultCaller = '+12125550100') => ({ callerIds, defaultCaller, callerIdRules });

describe('parseRuleMatch', () => {
  it('reads destination prefixes as + and digits, whatever the spacing', () => {
    expect(parseRuleMatch('+44')).toEqual({ ok: true, value: '+44' });
    expect(parseRuleMatch(' +1 646 ')).toEqual({ ok: true, value: '+1646' });
    expect(parseRuleMatch('+1 (646) 555-')).toEqual({ ok: true, value: '+1646555' });
  });

  it('refuses prefixes that no E.164 number can start with', () => {
    for (const bad of ['+', '+0', '+044', '+1 646 x', `+${'1'.repeat(16)}`]) expect(parseRuleMatch(bad).ok, bad).toBe(false);
    expect(parseRuleMatch('+4a')).toEqual({ ok: false, problem: { key: 'problemRulePrefix', args: ['+4a'] } });
    expect(parseRuleMatch('  ')).toEqual({ ok: false, problem: { key: 'problemRuleMatchEmpty' } });
  });

  it('reads anything else as a site pattern, normalised like the site list', () => {
    expect(parseRuleMatch('*.Salesforce.com')).toEqual({ ok: true, value: '*.salesforce.com' });
    expect(parseRuleMatch('crm.example.com')).toEqual({ ok: true, value: 'crm.example.com' });
    expect(parseRuleMatch('44')).toEqual({ ok: false, problem: { key: 'problemRulePrefix', args: ['44'] } });
    expect(parseRuleMatch('44.20').ok).toBe(false);
    expect(parseRuleMatch('127.0.0.1')).toEqual({ ok: true, value: '127.0.0.1' });
    expect(parseRuleMatch('http://x').ok).toBe(false);
  });
});

describe('chooseCallerId', () => {
  const rules: CallerIdRule[] = [
    { match: '+1646', callerId: '+16465550199' },
    { match: '*.salesforce.com', callerId: '802' },
    { match: '+44', callerId: '+442079460000' },
  ];

  it('takes the first destination prefix that matches', () => {
    expect(chooseCallerId(settings(rules), e164('+442079460958'), 'example.org')).toEqual({ callerId: '+442079460000', rule: 2 });
    expect(chooseCallerId(settings(rules), e164('+16465550142'), 'example.org')).toEqual({ callerId: '+16465550199', rule: 0 });
  });

  it('falls back to the default when no rule matches, for extensions too', () => {
    expect(chooseCallerId(settings(rules), e164('+12125550101'), 'example.org')).toEqual({ callerId: '+12125550100', rule: -1 });
    expect(chooseCallerId(settings(rules), { kind: 'extension', digits: '4410' }, '')).toEqual({ callerId: '+12125550100', rule: -1 });
    expect(chooseCallerId(settings(rules, ''), e164('+12125550101'), '')).toEqual({ callerId: '', rule: -1 });
  });

  it('a matching site rule wins over every rule after it, not over the ones before', () => {
    expect(chooseCallerId(settings(rules), e164('+442079460958'), 'acme.my.salesforce.com')).toEqual({ callerId: '802', rule: 1 });
    expect(chooseCallerId(settings(rules), e164('+12125550101'), 'salesforce.com')).toEqual({ callerId: '802', rule: 1 });
    expect(chooseCallerId(settings(rules), e164('+16465550142'), 'salesforce.com')).toEqual({ callerId: '+16465550199', rule: 0 });
    expect(chooseCallerId(settings(rules), e164('+12125550101'), 'notsalesforce.com').rule).toBe(-1);
  });

  it('a longer prefix must come first to win over a shorter one', () => {
    const ordered = [{ match: '+1', callerId: '+12125550100' }, { match: '+1646', callerId: '+16465550199' }];
    expect(chooseCallerId(settings(ordered, ''), e164('+16465550142'), '').rule).toBe(0);
    expect(chooseCallerId(settings([...ordered].reverse(), ''), e164('+16465550142'), '').rule).toBe(0);
    expect(chooseCallerId(settings([...ordered].reverse(), ''), e164('+16465550142'), '').callerId).toBe('+16465550199');
  });

  it('a rule whose caller ID is gone is skipped, the next one or the default applies', () => {
    const dangling = [{ match: '+44', callerId: '+33142685300' }, { match: '+4420', callerId: '802' }];
    expect(chooseCallerId(settings(dangling), e164('+442079460958'), '')).toEqual({ callerId: '802', rule: 1 });
    expect(chooseCallerId(settings(dangling), e164('+441612345678'), '')).toEqual({ callerId: '+12125550100', rule: -1 });
    expect(danglingRules(settings(dangling))).toEqual([0]);
  });

  it('a rule may send no caller ID at all', () => {
    expect(chooseCallerId(settings([{ match: '+44', callerId: '' }]), e164('+442079460958'), '')).toEqual({ callerId: '', rule: 0 });
    expect(danglingRules(settings([{ match: '+44', callerId: '' }]))).toEqual([]);
  });
});

describe('checkCallerIdRules (stored, imported, managed lists)', () => {
  it('accepts normalised rules, keeping those that name an unknown caller ID', () => {
    const rules = [{ match: '+44', callerId: '+33142685300' }, { match: '*.example.com', callerId: '' }];
    expect(checkCallerIdRules(rules)).toEqual({ ok: true, value: rules });
  });

  it('refuses non-lists, unnormalised or bad matches, bad caller IDs and too many rules', () => {
    expect(checkCallerIdRules({}).ok).toBe(false);
    expect(checkCallerIdRules([{ match: '+1 646', callerId: '802' }])).toEqual({ ok: false, problem: { key: 'problemRuleStored', args: ['+1 646'] } });
    expect(checkCallerIdRules([{ match: '*.Example.com', callerId: '802' }]).ok).toBe(false);
    expect(checkCallerIdRules([{ match: '+44', callerId: '+44 20' }]).ok).toBe(false);
    expect(checkCallerIdRules([{ match: '+44' }]).ok).toBe(false);
    const many = Array.from({ length: 51 }, () => ({ match: '+44', callerId: '' }));
    expect(checkCallerIdRules(many)).toEqual({ ok: false, problem: { key: 'problemTooManyRules', args: ['50'] } });
  });
});
