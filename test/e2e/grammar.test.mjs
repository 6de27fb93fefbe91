// The TextMate grammar, tokenized by the same engine VS Code uses
// (vscode-textmate + vscode-oniguruma from the installed VS Code server):
// every element of the language gets its scope, and no pattern backtracks on
// long or hostile lines. Run by scripts/e2e.mjs (phase "grammar").
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from '../../scripts/vscode-server.mjs';

const vscodeModules = path.join(ROOT, '.vscode-test/server/node_modules/code-server/lib/vscode/node_modules');
const require = createRequire(path.join(vscodeModules, 'noop.js'));

let grammar;

/** Tokenizes `text` line by line; returns [{ text, scopes }] per token. */
function tokenize(text) {
  const { INITIAL } = require('vscode-textmate');
  let state = INITIAL;
  const out = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = r.ruleStack;
  }
  return out;
}

/** The scopes of the first token whose text is `text`. */
function scopesOf(tokens, text) {
  const t = tokens.find((x) => x.text === text);
  assert.ok(t, `no token "${text}" in ${JSON.stringify(tokens.map((x) => x.text))}`);
  return t.scopes.join(' ');
}

suite('TextMate grammar (vscode-textmate, as in VS Code)', function () {
  suiteSetup(async function () {
    const oniguruma = require('vscode-oniguruma');
    const textmate = require('vscode-textmate');
    const wasm = fs.readFileSync(path.join(vscodeModules, 'vscode-oniguruma/release/onig.wasm')).buffer;
    await oniguruma.loadWASM(wasm);
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(path.join(ROOT, 'syntaxes/contract.tmLanguage.json'), 'utf8'), 'contract.tmLanguage.json'),
    });
    grammar = await registry.loadGrammar('source.contract');
    assert.ok(grammar);
  });

  test('keywords, names, strings, text blocks, quantities, dates and comments get their scopes', function () {
    const tokens = tokenize(fs.readFileSync(path.join(ROOT, 'examples/managed-services.contract'), 'utf8'));
    assert.match(scopesOf(tokens, 'contract'), /keyword\.other\.clause/);
    assert.match(scopesOf(tokens, 'acme'), /entity\.name\.party/);
    assert.match(scopesOf(tokens, 'helpdesk'), /entity\.name\.type/);
    assert.match(scopesOf(tokens, 'uptime'), /keyword\.other\.statement/);
    assert.match(scopesOf(tokens, '99.9'), /constant\.numeric\.percent/);
    assert.match(scopesOf(tokens, '12500.00'), /constant\.numeric\.money/);
    assert.match(scopesOf(tokens, 'USD'), /support\.constant\.currency/);
    assert.match(scopesOf(tokens, '15'), /constant\.numeric\.duration/);
    assert.match(scopesOf(tokens, 'business_hours'), /keyword\.other\.unit/);
    assert.match(scopesOf(tokens, '2027-01-01'), /constant\.numeric\.date/);
    assert.match(scopesOf(tokens, '24x7'), /constant\.language\.coverage/);
    assert.match(scopesOf(tokens, 'monthly'), /constant\.language\.period/);
    assert.match(scopesOf(tokens, 'GDPR'), /support\.constant\.regulation/);
    assert.match(scopesOf(tokens, 'Acme Managed Services LLC'), /string\.quoted\.double/);
    assert.match(scopesOf(tokens, '      for 5 years after this agreement ends.'), /string\.quoted\.triple/);
    assert.match(scopesOf(tokens, ' Managed IT services for Globex, drafted as code.'), /comment\.line/);
    const sla = tokenize('  sla incidents for helpdesk, security {');
    assert.match(scopesOf(sla, 'security'), /variable\.other\.service/);
  });

  test('suppression comments are marked, with their rule codes', function () {
    const tokens = tokenize('// contract-disable-next-line vague-term, sla-no-window\n/* block */');
    assert.match(scopesOf(tokens, 'contract-disable-next-line'), /keyword\.control\.directive\.suppression/);
    assert.match(scopesOf(tokens, 'vague-term'), /constant\.other\.rule-code/);
    assert.match(scopesOf(tokens, 'sla-no-window'), /constant\.other\.rule-code/);
    assert.match(scopesOf(tokens, ' block '), /comment\.block/);
  });

  test('an unterminated string ends at the end of its line', function () {
    const tokens = tokenize('  notices "legal@acme.example\n  address "x"');
    assert.match(scopesOf(tokens, 'address'), /keyword\.other\.statement/);
  });

  test('every unbounded quantifier is possessive, so no pattern can backtrack', function () {
    const raw = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes/contract.tmLanguage.json'), 'utf8'));
    const patterns = [];
    (function walk(node) {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const key of ['match', 'begin', 'end']) if (typeof node[key] === 'string') patterns.push(node[key]);
        Object.values(node).forEach(walk);
      }
    })(raw);
    assert.ok(patterns.length > 20);
    for (const p of patterns) {
      // Drop escapes and character classes and possessive quantifiers, then look for an unbounded * or + left over.
      const bare = p.replace(/\\./g, 'e').replace(/\[(?:\\.|[^\]])*\]/g, 'c');
      const greedy = /[*+]|\{\d+,\}/.exec(bare.replace(/[*+?]\+/g, 'P'));
      assert.equal(greedy, null, `pattern ${p} has a backtracking quantifier`);
    }
  });

  test('long and hostile lines tokenize to the expected scopes', function () {
    const { INITIAL } = require('vscode-textmate');
    const long = grammar.tokenizeLine('fee ' + '9'.repeat(20_000) + ' USD monthly', INITIAL);
    assert.ok(long.tokens.some((t) => t.scopes.some((sc) => sc.startsWith('constant.numeric.money'))));
    const unterminated = grammar.tokenizeLine('text "' + 'a\\'.repeat(10_000), INITIAL);
    assert.ok(unterminated.tokens.at(-1).scopes.some((sc) => sc.startsWith('string.quoted.double')));
    const services = tokenize('sla s for a' + ', b'.repeat(5_000));
    assert.equal(services.filter((t) => t.scopes.some((sc) => sc.startsWith('variable.other.service'))).length, 5_001);
    const codes = tokenize('// contract-disable ' + 'a-b, '.repeat(5_000));
    assert.equal(codes.filter((t) => t.scopes.some((sc) => sc.startsWith('constant.other.rule-code'))).length, 5_000);
  });
});
