/**
 * What the language status item says, from the server's state and the
 * configuration the server reports for the active document. Plain data, no
 * editor API, so that it is unit-tested (test/unit/language-status.test.ts).
 */
import type { ConfigStatusParams } from '../server/protocol.js';

/** The language server's state, as far as the item cares. */
export type ServerState = 'starting' | 'running' | 'stopped';

/** What the item shows, and what clicking it does. */
export interface StatusView {
  text: string;
  detail: string;
  severity: 'information' | 'warning' | 'error';
  busy: boolean;
  action?: { kind: 'open'; title: string; uri: string } | { kind: 'restart' | 'settings'; title: string };
}

/**
 * The item for a state and a document's configuration (undefined while the
 * server has not said which applies). `relative` shortens a URI for display.
 */
export function describeStatus(state: ServerState, config: ConfigStatusParams | undefined, relative: (uri: string) => string = (u) => u): StatusView {
  if (state === 'starting') return { text: 'Clausewise: starting', detail: 'The language server is starting.', severity: 'information', busy: true };
  if (state === 'stopped') {
    return {
      text: 'Clausewise: not running',
      detail: 'Contracts are not checked. Restart the language server, or see the Clausewise output.',
      severity: 'error',
      busy: false,
      action: { kind: 'restart', title: 'Restart' },
    };
  }
  if (!config) return { text: 'Clausewise', detail: 'Checking this contract.', severity: 'information', busy: false };
  if (config.configUri && config.configProblems?.length) {
    const n = config.configProblems.length;
    return {
      text: `$(error) ${relative(config.configUri)}`,
      detail: `${n === 1 ? 'A problem' : `${n} problems`} in this file (checking with the defaults until it is corrected): ${config.configProblems.join('; ')}`,
      severity: 'error',
      busy: false,
      action: { kind: 'open', title: 'Open', uri: config.configUri },
    };
  }
  if (config.settingsProblem) {
    return {
      text: '$(warning) Clausewise settings ignored',
      detail: `${config.settingsProblem} Checking with ${config.configUri ? relative(config.configUri) : 'the defaults'} only.`,
      severity: 'warning',
      busy: false,
      action: { kind: 'settings', title: 'Open settings' },
    };
  }
  if (config.configUri) {
    return {
      text: relative(config.configUri),
      detail: 'Checked with this clausewise.json, with the Clausewise settings layered over it.',
      severity: 'information',
      busy: false,
      action: { kind: 'open', title: 'Open', uri: config.configUri },
    };
  }
  return {
    text: 'Clausewise: default configuration',
    detail: 'No clausewise.json above this contract: checked with the defaults and the Clausewise settings.',
    severity: 'information',
    busy: false,
  };
}
