/**
 * The configuration a document is checked with: the nearest `clausewise.json`
 * (read by the host) with the editor's settings (`workspace/configuration`,
 * section `clausewise`) layered over it. Configuration problems are reported
 * once each (an error message, and a diagnostic on the faulty key of the
 * file), and a client that asks for it (`experimental.clausewise.configStatus`)
 * is told which configuration each open document is checked with.
 */
import { DiagnosticSeverity, type ClientCapabilities, type Connection, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { LineIndex } from '../../grammar/index.js';
import { ConfigError, DEFAULT_CONFIG, plainText, type ResolvedConfig } from '../core/index.js';
import { CONFIG_STATUS_NOTIFICATION, type ConfigStatusParams } from '../protocol.js';
import { SOURCE } from './convert.js';
import { layerSettings, readSettings, type EditorSettings } from './settings.js';

/** A configuration problem, located in the file (or settings) it comes from. */
export interface ConfigProblem {
  /** The URI of the faulty `clausewise.json`, or undefined for a problem in the settings. */
  fileUri?: string;
  key: string;
  /** Every problem, in one message. */
  message: string;
  /** Each problem on its own ("\"rules.x\" is not a rule code …"), when the host lists them. */
  issues?: { key: string; message: string }[];
}

/** The `clausewise.json` configuration that applies to one document. */
export interface FileConfig {
  config: ResolvedConfig;
  /** The URI of the file it was read from, when there is one. */
  fileUri?: string;
  /** Set when the file exists but is invalid; `config` is then the defaults. */
  problem?: ConfigProblem;
}

/** What the configuration needs from the server. */
export interface ConfigurationHost {
  connection: Connection;
  capabilities(): ClientCapabilities;
  /** The settings given without `workspace/configuration` (initialization options, didChangeConfiguration). */
  globalSettings(): unknown;
  loadFileConfig?(documentUri: string, cached?: boolean): FileConfig;
  readFile?(uri: string): Promise<string | undefined>;
  /** Starts work nobody awaits, logging a failure. */
  background(where: string, work: () => unknown): void;
  logError(where: string, e: unknown): void;
  /** Sends the diagnostics of a configuration file (no version). */
  publish(uri: string, diagnostics: LspDiagnostic[]): void;
}

export class Configuration {
  private readonly fileConfigs = new Map<string, FileConfig>();
  private readonly settingsCache = new Map<string, Promise<EditorSettings>>();
  private readonly reportedProblems = new Set<string>();
  private readonly problemUris = new Set<string>();
  /** The configuration status last sent for each document (as JSON), so that only a change is sent. */
  private readonly sentConfigStatus = new Map<string, string>();
  /** Changes whenever a configuration may have changed (a file, the settings): results computed before are outdated. */
  generation = 0;

  constructor(private readonly host: ConfigurationHost) {}

  private reportProblem(p: ConfigProblem): void {
    const text = p.fileUri ? p.message : `Clausewise ${p.message}`;
    const key = `${p.fileUri ?? 'settings'}|${p.message}`;
    if (this.reportedProblems.has(key)) return;
    this.reportedProblems.add(key);
    const { connection } = this.host;
    this.host.background('showing a configuration problem', () =>
      connection.window.showErrorMessage(
        // A notification shows plain text.
        plainText(
          p.fileUri
            ? `${text} Until this is corrected, Clausewise checks with the default configuration.`
            : `${text} Until this is corrected, Clausewise checks with clausewise.json (or the defaults) and ignores its VS Code settings.`,
        ),
      ),
    );
    if (!p.fileUri) return;
    const uri = p.fileUri;
    this.problemUris.add(uri);
    this.host.background('reporting a configuration problem', async () => {
      // Point at the offending key when it can be found in the file, else at its start.
      const content = (await this.host.readFile?.(uri)) ?? '';
      const leaf = p.key.split('.').pop() ?? '';
      const at = leaf ? content.indexOf(`"${leaf}"`) : -1;
      const lines = new LineIndex(content);
      const range = at >= 0 ? lines.range({ start: at, end: at + leaf.length + 2 }) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      this.host.publish(uri, [{ range, severity: DiagnosticSeverity.Error, source: SOURCE, code: 'config-error', message: plainText(p.message) }]);
    });
  }

  /** The `clausewise.json` configuration of a document (cached until a configuration file changes). */
  fileConfigFor(uri: string, background = false): FileConfig {
    let fc = this.fileConfigs.get(uri);
    if (!fc) {
      fc = this.host.loadFileConfig ? this.host.loadFileConfig(uri, background) : { config: DEFAULT_CONFIG };
      // Files checked in the background are looked up through the host's per-folder cache, not kept here one by one.
      if (!background) this.fileConfigs.set(uri, fc);
    }
    return fc;
  }

  /** The editor settings for a scope (a document, or a workspace folder for files that are not open). */
  settingsFor(scopeUri: string): Promise<EditorSettings> {
    let s = this.settingsCache.get(scopeUri);
    if (!s) {
      s = (async () => {
        if (this.host.capabilities().workspace?.configuration) {
          try {
            return readSettings(await this.host.connection.workspace.getConfiguration({ scopeUri, section: 'clausewise' }));
          } catch (e) {
            this.host.logError('reading the settings', e);
          }
        }
        return readSettings(this.host.globalSettings());
      })();
      this.settingsCache.set(scopeUri, s);
    }
    return s;
  }

  /**
   * The configuration of a document: its file's, with the settings of
   * `settingsScope` (the document itself by default) layered over it. `quiet`:
   * no configuration status is sent (files that are not open).
   */
  async configFor(uri: string, settingsScope = uri, quiet = false): Promise<{ config: ResolvedConfig; settings: EditorSettings }> {
    const fc = this.fileConfigFor(uri, quiet);
    if (fc.problem) this.reportProblem(fc.problem);
    const settings = await this.settingsFor(settingsScope);
    try {
      const config = layerSettings(fc.config, settings);
      if (!quiet) this.sendConfigStatus(uri, fc);
      return { config, settings };
    } catch (e) {
      if (e instanceof ConfigError) {
        this.reportProblem({ key: e.key, message: e.message });
        if (!quiet) this.sendConfigStatus(uri, fc, e.message);
        return { config: fc.config, settings };
      }
      throw e;
    }
  }

  /**
   * Tells a client that asked for it (`experimental.clausewise.configStatus`)
   * which configuration a document is checked with, when that changes.
   */
  private sendConfigStatus(uri: string, fc: FileConfig, settingsProblem?: string): void {
    const experimental = this.host.capabilities().experimental as { clausewise?: { configStatus?: unknown } } | undefined;
    if (experimental?.clausewise?.configStatus !== true) return;
    const params: ConfigStatusParams = { uri };
    if (fc.fileUri) params.configUri = fc.fileUri;
    if (fc.problem) params.configProblems = fc.problem.issues?.map((i) => plainText(i.message)) ?? [plainText(fc.problem.message)];
    if (settingsProblem) params.settingsProblem = plainText(settingsProblem);
    const key = JSON.stringify(params);
    if (this.sentConfigStatus.get(uri) === key) return;
    this.sentConfigStatus.set(uri, key);
    this.host.background('sending the configuration status', () => this.host.connection.sendNotification(CONFIG_STATUS_NOTIFICATION, params));
  }

  private clearProblems(): void {
    this.reportedProblems.clear();
    for (const uri of this.problemUris) this.host.publish(uri, []);
    this.problemUris.clear();
  }

  /** The settings changed: they are read again. */
  settingsChanged(): void {
    this.generation++;
    this.settingsCache.clear();
    this.clearProblems();
  }

  /** A `clausewise.json` changed: the files are read again. */
  filesChanged(): void {
    this.generation++;
    this.fileConfigs.clear();
    this.clearProblems();
  }
}

/** The file name whose changes reload the configuration. */
export const CONFIG_FILE_NAME = 'clausewise.json';

export function isConfigFile(uri: string): boolean {
  return uri.endsWith('/' + CONFIG_FILE_NAME) || uri === CONFIG_FILE_NAME;
}
