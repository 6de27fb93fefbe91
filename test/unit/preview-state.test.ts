/**
 * The preview's restore state without VS Code: the page script carries the
 * document's URI as a safe script literal, and the serializer reads the URI
 * back from the saved state only when it is a URI.
 */
import { describe, expect, it } from 'vitest';
import { previewScriptSource, restoredDocumentUri, withPageScript } from '../../client/preview-script.js';

describe('preview restore state', () => {
  it('calls the page script with the document URI as a JSON string literal', () => {
    const uri = 'file:///deals/msa.contract';
    expect(previewScriptSource(uri).endsWith(`)(${JSON.stringify(uri)});`)).toBe(true);
    expect(previewScriptSource().endsWith(')();')).toBe(true);
  });

  it('never lets a URI end the script element or open an HTML comment', () => {
    const uri = 'file:///x/</script><script>alert(1)</script><!--.contract';
    const page = withPageScript('<html><body></body></html>', 'abc', uri);
    const script = page.slice(page.indexOf('<script'), page.lastIndexOf('</script>'));
    expect(script.slice(1)).not.toMatch(/<\/script|<!--|<script/i);
    // The literal still decodes to the exact URI.
    const literal = previewScriptSource(uri).match(/\)\(("(?:[^"\\]|\\.)*")\);$/)![1]!;
    expect(JSON.parse(literal)).toBe(uri);
  });

  it('reads the document URI from a saved state, and nothing from a state without one', () => {
    expect(restoredDocumentUri({ uri: 'file:///deals/msa.contract', scrollY: 40 })).toBe('file:///deals/msa.contract');
    expect(restoredDocumentUri({ uri: 'vscode-vfs://github/acme/deals/msa.contract' })).toBe('vscode-vfs://github/acme/deals/msa.contract');
    expect(restoredDocumentUri({ scrollY: 40 })).toBeUndefined();
    expect(restoredDocumentUri({ uri: 42 })).toBeUndefined();
    expect(restoredDocumentUri({ uri: 'msa.contract' })).toBeUndefined();
    expect(restoredDocumentUri(undefined)).toBeUndefined();
    expect(restoredDocumentUri(null)).toBeUndefined();
    expect(restoredDocumentUri('file:///deals/msa.contract')).toBeUndefined();
  });
});
