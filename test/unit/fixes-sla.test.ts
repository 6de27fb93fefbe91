/**
 * Quick fixes of the "sla" family: every fix offered on a bad fixture, once
 * applied, removes the diagnostic it was offered for and adds no new error.
 */
import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_CONFIG } from '../../server/core/index.js';
import { expectFixWorks, fixCases } from '../helpers/apply-fix.js';

const FIXABLE: [code: string, file: string, fixes: number][] = [
  ['sla-no-target', 'bad.contract', 2],
  ['sla-unmeasurable', 'bad.contract', 3],
  ['sla-no-window', 'bad.contract', 2],
  ['sla-no-window', 'bad-once.contract', 1],
  ['sla-no-measurement', 'bad.contract', 1],
  ['sla-no-remedy', 'bad.contract', 2],
  ['sla-unknown-service', 'bad.contract', 3],
  ['sla-unknown-service', 'bad-ambiguous.contract', 3],
  ['sla-unknown-service', 'bad-no-scope.contract', 2],
  ['service-without-sla', 'bad.contract', 1],
];

describe('sla quick fixes', () => {
  for (const [code, file, expected] of FIXABLE) {
    it(`${code}/${file}: each fix removes its diagnostic and adds no error`, () => {
      const { text, before, config, cases } = fixCases(code, file);
      expect(cases.length).toBe(expected);
      for (const { d, fix } of cases) {
        // Adding a service changes the message of another unknown service's diagnostic (it lists the scope's
        // services), which this check would count as a new error; fix-safety.test.ts counts them per code.
        const listsServices = fix.title.startsWith('Add `service ');
        expectFixWorks(text, config, d, fix, before, { label: file, noNewError: !listsServices });
      }
    });
  }

  it('inserts measured_by as the last line of the SLA, indented like its statements', () => {
    const { cases } = fixCases('sla-no-measurement', 'bad.contract');
    expect(cases[0]!.fixed).toContain(`    credit_cap 50%\n    measured_by "How the service level is measured"\n  }\n\n  sla incidents`);
    // How an SLA is measured is the parties' choice: the wording is a tab stop, never preferred.
    expect(cases[0]!.fix.snippet).toContain('measured_by "${1:How the service level is measured}"');
    expect(cases[0]!.fix.preferred).toBe(false);
  });

  it('ties the credit it adds to the uptime the SLA promises, and uses per-breach credits otherwise', () => {
    const { cases } = fixCases('sla-no-remedy', 'bad.contract');
    expect(cases.map((c) => c.fix.edits[0]!.newText.trim())).toEqual(['credit 10% when below 99.9%', 'credit 5% per breach']);
  });

  it('adds a monthly window right after the percentage, or in place of `once`', () => {
    expect(fixCases('sla-no-window', 'bad.contract').cases[0]!.fixed).toContain('    uptime 99.9% monthly\n');
    expect(fixCases('sla-no-window', 'bad-once.contract').cases[0]!.fixed).toContain('    uptime 99.9% monthly\n');
  });

  it('corrects a clear typo mechanically, and adds an unknown service to the scope as a choice', () => {
    const { before } = fixCases('sla-unknown-service', 'bad.contract');
    const unknown = before.filter((d) => d.code === 'sla-unknown-service');
    expect(unknown.map((d) => d.fixes.map((f) => f.title))).toEqual([
      ['Change to `servers`', 'Add `service sevrers` to the scope'],
      ['Add `service storage` to the scope'],
    ]);
    expect(unknown[0]!.data).toEqual({ suggestions: ['servers'] });
    // `sevrers` is `servers` with two letters swapped: the contract says which service was meant.
    const [typo, addTypo] = unknown[0]!.fixes;
    expect(typo).toMatchObject({ mechanical: true, preferred: true, edits: [{ newText: 'servers' }] });
    expect(addTypo!.preferred).toBe(false);
    expect(addTypo!.mechanical).toBeUndefined();
    // What the service is, is the drafter's to write: the description is the one tab stop.
    const add = unknown[1]!.fixes[0]!;
    expect(add.preferred).toBe(false);
    expect(add.snippet).toBe('    service storage "${1:Description of the storage service}"\n');
  });

  it('adds the service after the last service of the scope, before its exclusions', () => {
    const { cases } = fixCases('sla-unknown-service', 'bad.contract');
    const added = cases.find((c) => c.fix.title === 'Add `service storage` to the scope')!.fixed;
    expect(added).toContain(
      '      text "Firewall management and intrusion detection for the Globex head office."\n    }\n    service storage "Description of the storage service"\n    exclude "Hardware replacement parts"',
    );
  });

  it('between several close names offers each as a choice, none preferred', () => {
    const { before } = fixCases('sla-unknown-service', 'bad-ambiguous.contract');
    const [d] = before.filter((x) => x.code === 'sla-unknown-service');
    expect(d!.fixes.map((f) => [f.title, f.preferred, f.snippet])).toEqual([
      ['Change to `web_us`', false, '${1:web_us}'],
      ['Change to `web_eu`', false, '${1:web_eu}'],
      ['Add `service web_uk` to the scope', false, '    service web_uk "${1:Description of the web_uk service}"\n'],
    ]);
  });

  it('a contract without a scope gets one with every service the SLAs name, each description a tab stop', () => {
    const { cases } = fixCases('sla-unknown-service', 'bad-no-scope.contract');
    expect(cases[0]!.fix.snippet).toContain(
      'scope {\n    service servers "${1:Description of the servers service}"\n    service helpdesk "${2:Description of the helpdesk service}"\n  }',
    );
    expect(cases.every((c) => c.fix.preferred === false)).toBe(true);
  });

  it('a short name one letter off another is not a clear typo: `api` may not be a misspelt `app`', () => {
    const text = 'contract "x" {\n  scope {\n    service app "Mobile app"\n  }\n  sla a for app, api {\n    uptime 99% monthly\n  }\n}\n';
    const d = analyze(text, DEFAULT_CONFIG).diagnostics.find((x) => x.code === 'sla-unknown-service')!;
    expect(d.fixes.map((f) => [f.title, f.preferred, f.mechanical])).toEqual([
      ['Change to `app`', false, undefined],
      ['Add `service api` to the scope', false, undefined],
    ]);
  });
});
