import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyManaged } from '../src/core/managed-settings';
import { DEFAULT_SETTINGS, SETTING_KEYS } from '../src/core/settings';
import { GECKO_ID } from './manifest';

/**
 * The example policy files of docs/deploy.md: each must be in the form its browser reads, carry the extension's
 * managed settings valid against public/managed-schema.json, and lock every one of them (none silently ignored).
 */
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
const DEPLOY = 'docs/deploy';
const SCHEMES = ['zoomphonecall', 'zoomphonesms', 'tel', 'callto'];
const CHROME_ID = /^[a-p]{32}$/;

type Json = Record<string, unknown>;
interface Schema {
  readonly type: string;
  readonly properties?: Record<string, Schema>;
  readonly items?: Schema;
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly required?: readonly string[];
}

/** The part of JSON Schema Chrome's policy schemas use; unknown properties are refused (Chrome drops them). */
function schemaErrors(value: unknown, schema: Schema, path = '$'): string[] {
  const errors: string[] = [];
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;
  if (actual !== schema.type && !(schema.type === 'number' && actual === 'integer')) return [`${path}: ${actual}, not ${schema.type}`];
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: ${String(value)} not in ${schema.enum.join(', ')}`);
  if (schema.pattern && typeof value === 'string' && !new RegExp(schema.pattern).test(value)) errors.push(`${path}: "${value}" does not match ${schema.pattern}`);
  if (schema.type === 'array') (value as unknown[]).forEach((item, index) => schema.items && errors.push(...schemaErrors(item, schema.items, `${path}[${index}]`)));
  if (schema.type === 'object') {
    const record = value as Json;
    for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${path}.${key}: missing`);
    for (const [key, item] of Object.entries(record)) {
      const property = schema.properties?.[key];
      errors.push(...(property ? schemaErrors(item, property, `${path}.${key}`) : [`${path}.${key}: not in the schema`]));
    }
  }
  return errors;
}

const schema = read('public/managed-schema.json') as Schema;
const managed = read(`${DEPLOY}/managed-settings.json`) as Json;

describe('the schema checker', () => {
  it('can fail: wrong types, values, patterns and unknown keys are reported', () => {
    expect(schemaErrors({ scheme: 'sip', sites: 'x', callerIds: [{ label: 'A' }], colour: 1 }, schema)).toEqual([
      '$.scheme: sip not in zoomphonecall, tel, callto',
      '$.sites: string, not array',
      '$.callerIds[0].number: missing',
      '$.colour: not in the schema',
    ]);
    expect(schemaErrors({ callerIdRules: [{ match: '*.salesforce.com', callerId: '' }] }, schema)).toEqual([]);
    expect(schemaErrors({ callerIdRules: [{ match: '+0', callerId: '+1' }] }, schema)).toHaveLength(2);
  });
});

describe('docs/deploy examples', () => {
  it('managed-settings.json is valid against the schema, and every field in it is applied and locked', () => {
    expect(schemaErrors(managed, schema)).toEqual([]);
    const { settings, locked } = applyManaged(DEFAULT_SETTINGS, managed);
    expect([...locked].sort()).toEqual(Object.keys(managed).sort());
    for (const key of SETTING_KEYS) if (key in managed) expect(settings[key], key).toEqual(managed[key]);
    expect(settings.callerIdRules.length).toBeGreaterThan(0);
  });

  for (const [file, updateUrl] of [['chrome-policy.json', 'https://clients2.google.com/service/update2/crx'], ['edge-policy.json', 'https://edge.microsoft.com/extensionwebstorebase/v1/crx']] as const) {
    it(`${file}: force-install, no prompt for the four schemes, the managed settings`, () => {
      const policy = read(`${DEPLOY}/${file}`) as Json;
      expect(Object.keys(policy).sort()).toEqual(['3rdparty', 'AutoLaunchProtocolsFromOrigins', 'ExtensionInstallForcelist']);
      const forcelist = policy.ExtensionInstallForcelist as string[];
      expect(forcelist).toHaveLength(1);
      const [id = '', url] = (forcelist[0] ?? '').split(';');
      expect(id).toMatch(CHROME_ID);
      expect(url).toBe(updateUrl);
      const autoLaunch = policy.AutoLaunchProtocolsFromOrigins as { protocol: string; allowed_origins: string[] }[];
      for (const entry of autoLaunch) {
        expect(Object.keys(entry).sort()).toEqual(['allowed_origins', 'protocol']);
        expect(entry.protocol).toMatch(/^[a-z][a-z0-9+.-]*$/);
        expect(entry.allowed_origins.length).toBeGreaterThan(0);
      }
      expect(autoLaunch.map((entry) => entry.protocol).sort()).toEqual([...SCHEMES].sort());
      const extensions = (policy['3rdparty'] as Json).extensions as Json;
      expect(Object.keys(extensions)).toEqual([id]);
      expect(extensions[id]).toEqual(managed);
    });
  }

  it('firefox-policies.json: ExtensionSettings force-install, Handlers with no prompt, 3rdparty managed settings', () => {
    const file = read(`${DEPLOY}/firefox-policies.json`) as Json;
    expect(Object.keys(file)).toEqual(['policies']);
    const policies = file.policies as Json;
    expect(Object.keys(policies).sort()).toEqual(['3rdparty', 'ExtensionSettings', 'Handlers']);
    const install = (policies.ExtensionSettings as Json)[GECKO_ID] as Json;
    expect(install.installation_mode).toBe('force_installed');
    expect(install.install_url).toMatch(/^https:\/\/addons\.mozilla\.org\/firefox\/downloads\/latest\/[a-z0-9-]+\/latest\.xpi$/);
    const schemes = (policies.Handlers as Json).schemes as Record<string, Json>;
    expect(Object.keys(schemes).sort()).toEqual([...SCHEMES].sort());
    for (const handler of Object.values(schemes)) {
      expect(['useSystemDefault', 'useHelperApp']).toContain(handler.action);
      expect(handler.ask).toBe(false);
    }
    const extensions = (policies['3rdparty'] as Json).Extensions as Json;
    expect(Object.keys(extensions)).toEqual([GECKO_ID]);
    expect(extensions[GECKO_ID]).toEqual(managed);
  });
});
