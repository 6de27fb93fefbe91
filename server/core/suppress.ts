/**
 * Suppression comments (LANGUAGE.md):
 *   // contract-disable-next-line vague-term
 *   // contract-disable vague-term, sla-no-remedy   …   // contract-enable vague-term
 * Codes are comma-separated; no code means all codes. `contract-disable` holds
 * from its own line to the matching `contract-enable` (or the end of the file).
 */
import type { Comment, LineIndex } from '../../grammar/index.js';

interface Directive {
  kind: 'disable' | 'enable' | 'next-line';
  line: number;
  /** All codes when undefined. */
  codes?: Set<string>;
}

const DIRECTIVE = /^(?:\/\/|\/\*)\s*contract-(disable-next-line|disable|enable)(?![\w-])([^]*)$/;

function parseCodes(rest: string): Set<string> | undefined {
  const codes = rest
    .replace(/\*\/\s*$/, '')
    .split(/[,\s]+/)
    .filter((c) => /^[a-z][a-z0-9-]*$/.test(c));
  return codes.length ? new Set(codes) : undefined;
}

export class Suppressions {
  private readonly directives: Directive[] = [];

  constructor(comments: readonly Comment[], lines: LineIndex) {
    for (const c of comments) {
      const m = DIRECTIVE.exec(c.text);
      if (!m) continue;
      const kind = m[1] === 'disable-next-line' ? 'next-line' : (m[1] as 'disable' | 'enable');
      this.directives.push({ kind, line: lines.line(c.span.start), codes: parseCodes(m[2] ?? '') });
    }
  }

  get isEmpty(): boolean {
    return this.directives.length === 0;
  }

  /** True when a diagnostic with this code starting on this line is suppressed. */
  isSuppressed(code: string, line: number): boolean {
    let disabled = false;
    for (const d of this.directives) {
      if (d.kind === 'next-line') {
        if (d.line + 1 === line && (!d.codes || d.codes.has(code))) return true;
        continue;
      }
      if (d.line > line) break;
      if (!d.codes || d.codes.has(code)) disabled = d.kind === 'disable';
    }
    return disabled;
  }
}
