/** renewal-no-notice: an automatic renewal with no period for giving notice of non-renewal. */
import type { Rule } from '../../types.js';
import { snippetToText } from '../util.js';

export const renewalNoNotice: Rule = {
  code: 'renewal-no-notice',
  severity: 'warning',
  category: 'term',
  protects: 'client',
  description: 'An automatic renewal states no notice period, so it is unclear how and when either party can stop it.',
  check({ contracts, report }) {
    for (const c of contracts) {
      for (const t of c.terms) {
        const r = t.renewal;
        if (r?.mode?.text !== 'automatic' || r.notice) continue;
        const noticeWord = r.stmt.args.find((a) => a.kind === 'word' && a.text === 'notice');
        // `notice` written without a period: complete it; otherwise append the whole notice clause.
        const at = r.stmt.lineSpan.end;
        const snippet = noticeWord ? ' ${1:60} days' : ' notice ${1:60} days';
        report({
          message: noticeWord
            ? 'The notice period of this automatic renewal is missing after `notice`: write how long before the end of the term notice of non-renewal must be given, e.g. `notice 60 days`.'
            : 'This agreement renews automatically but says nothing about notice, so it is unclear how and by when either party can stop the renewal: add a notice period, e.g. `renewal automatic 12 months notice 60 days`.',
          span: r.stmt.lineSpan,
          fixes: [{ title: 'Add a notice period', edits: [{ span: { start: at, end: at }, newText: snippetToText(snippet) }], snippet, preferred: false }],
        });
      }
    }
  },
};
