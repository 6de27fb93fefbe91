// Plain-text places (Problems panel, quick-fix titles, notifications) quote code instead of showing Markdown backticks.
import { describe, expect, it } from 'vitest';
import { analyze, plainText } from '../../server/core/index.js';
import { toLspDiagnostic } from '../../server/lsp/convert.js';
import fs from 'node:fs';

describe('plainText', () => {
  it('quotes code spans', () => {
    expect(plainText('Write `price_increase cap 5%` instead of `cap`.')).toBe("Write 'price_increase cap 5%' instead of 'cap'.");
  });
  it('keeps a quoted string in a code span in its own double quotes, not in two kinds of quotes', () => {
    expect(plainText('The response time is `"promptly"`, which cannot be measured.')).toBe('The response time is "promptly", which cannot be measured.');
    expect(plainText('Write `respond within "1 hour"` instead.')).toBe("Write 'respond within \"1 hour\"' instead.");
  });
  it('leaves text without code as it is, and a stray backtick becomes a quote', () => {
    expect(plainText('No code here.')).toBe('No code here.');
    expect(plainText('one ` alone')).toBe("one ' alone");
  });
  it('no diagnostic the language server publishes for the examples shows a backtick', () => {
    for (const f of ['examples/vague-services.contract', 'examples/managed-services.contract']) {
      const { diagnostics } = analyze(fs.readFileSync(f, 'utf8'));
      expect(diagnostics.some((d) => d.message.includes('`'))).toBe(f.includes('vague'));
      for (const d of diagnostics) expect(toLspDiagnostic(d, 1).message).not.toContain('`');
    }
  });
});
