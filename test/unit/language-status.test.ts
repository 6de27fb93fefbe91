/**
 * The editor's status: what the language status item says (client/status-text.ts),
 * a requested restart logged as information and not as an error
 * (client/quiet-stop.ts), and a bad clausewise.json listing every problem
 * (server/core/config.ts).
 */
import { describe, expect, it } from 'vitest';
import { quietRequestedStop } from '../../client/quiet-stop.js';
import { describeStatus } from '../../client/status-text.js';
import { ConfigError, INTERNAL_ERROR, parseConfigText, resolveConfig, RULE_CODES } from '../../server/core/index.js';
import { layerSettings, readSettings } from '../../server/lsp/settings.js';
import { DEFAULT_CONFIG } from '../../server/core/index.js';

const CODES = [...RULE_CODES, INTERNAL_ERROR];
const CFG = 'file:///ws/clausewise.json';
const short = (u: string) => u.replace('file:///ws/', '');

describe('language status item', () => {
  it('shows the server starting, and a stopped server with a restart', () => {
    expect(describeStatus('starting', undefined)).toMatchObject({ busy: true, severity: 'information', text: 'Clausewise: starting' });
    const stopped = describeStatus('stopped', { uri: 'file:///ws/a.contract', configUri: CFG });
    expect(stopped).toMatchObject({ severity: 'error', action: { kind: 'restart' } });
  });

  it('names the clausewise.json in force, or the defaults, and never counts problems', () => {
    const file = describeStatus('running', { uri: 'file:///ws/a.contract', configUri: CFG }, short);
    expect(file).toMatchObject({ text: 'clausewise.json', severity: 'information', action: { kind: 'open', uri: CFG } });
    const none = describeStatus('running', { uri: 'file:///ws/a.contract' }, short);
    expect(none.text).toBe('Clausewise: default configuration');
    expect(none.detail).toContain('No clausewise.json');
    for (const v of [file, none]) expect(`${v.text} ${v.detail}`).not.toMatch(/\d+ (errors?|warnings?|problems?)/);
  });

  it('shows every problem of a bad clausewise.json, and an invalid setting', () => {
    const bad = describeStatus('running', { uri: 'file:///ws/a.contract', configUri: CFG, configProblems: ['"a" is wrong', '"b" is wrong'] }, short);
    expect(bad).toMatchObject({ severity: 'error', text: '$(error) clausewise.json', action: { kind: 'open', uri: CFG } });
    expect(bad.detail).toContain('2 problems');
    expect(bad.detail).toContain('"a" is wrong; "b" is wrong');
    const settings = describeStatus('running', { uri: 'file:///ws/a.contract', settingsProblem: 'clausewise.defaultCurrency is wrong.' });
    expect(settings).toMatchObject({ severity: 'warning', action: { kind: 'settings' } });
    expect(settings.detail).toContain('clausewise.defaultCurrency is wrong.');
  });
});

describe('a requested restart is not an error', () => {
  function recorder() {
    const log: string[] = [];
    const client = {
      error: (m: string, _data?: unknown, _show?: boolean | 'force') => void log.push(`error: ${m}`),
      info: (m: string) => void log.push(`info: ${m}`),
    };
    return { log, client };
  }

  it('logs the closed connection as information while stopping on request, and as an error otherwise', () => {
    const { log, client } = recorder();
    let stopping = false;
    quietRequestedStop(client, () => stopping);
    client.error('Connection to server got closed. Server will not be restarted.', undefined, 'force');
    stopping = true;
    client.error('Connection to server got closed. Server will not be restarted.', undefined, 'force');
    client.error('Server process exited with code 0.', undefined, false);
    client.error('Server process exited with code 1.', undefined, false);
    client.error('Server process exited with signal SIGKILL.', undefined, false);
    client.error('Request textDocument/hover failed.');
    expect(log).toEqual([
      'error: Connection to server got closed. Server will not be restarted.',
      'info: Connection to server got closed. (the server was stopped on request)',
      'info: Server process exited with code 0. (the server was stopped on request)',
      'error: Server process exited with code 1.',
      'error: Server process exited with signal SIGKILL.',
      'error: Request textDocument/hover failed.',
    ]);
  });
});

describe('a bad configuration lists all its problems', () => {
  const bad = { colour: 'blue', rules: { 'missing-reportin': 'off', 'vague-term': 'loud' }, defaultCurrency: 'dollars', sla: { maxUptimePercent: 120 } };

  it('names every faulty key, in the order of the file, not only the first', () => {
    let error: unknown;
    try {
      resolveConfig(bad, 'clausewise.json', CODES);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const e = error as ConfigError;
    expect(e.issues.map((i) => i.key)).toEqual(['colour', 'rules.missing-reportin', 'rules.vague-term', 'defaultCurrency', 'sla.maxUptimePercent']);
    expect(e.key).toBe('colour');
    expect(e.message).toMatch(/^clausewise\.json: 5 problems: "colour" is not a setting/);
    expect(e.message).toContain('"sla.maxUptimePercent" must be at most 100');
  });

  it('keeps the message of a single problem as it was', () => {
    expect(() => parseConfigText('{ "defaultCurrency": "usd" }', 'clausewise.json', CODES)).toThrow(
      'clausewise.json: "defaultCurrency" must be a three-letter ISO 4217 code such as "USD" or "EUR"',
    );
    expect(() => parseConfigText('{ nope', 'clausewise.json', CODES)).toThrow(/^clausewise\.json: is not valid JSON/);
  });

  it('lists every invalid setting, each named by its setting key', () => {
    const settings = readSettings({ defaultCurrency: 'dollars', perspective: 'judge' });
    let error: ConfigError | undefined;
    try {
      layerSettings(DEFAULT_CONFIG, settings);
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error?.issues.map((i) => i.key)).toEqual(['clausewise.defaultCurrency', 'clausewise.perspective']);
  });
});
