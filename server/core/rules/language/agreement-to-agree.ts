/** agreement-to-agree: prose leaves a term to a later agreement ("to be agreed", "the parties will settle the price later", "TBD") or keeps a template blank. */
import type { Rule } from '../../types.js';
import { quoted, reportLexicon } from './prose.js';

export const agreementToAgree: Rule = {
  code: 'agreement-to-agree',
  severity: 'error',
  category: 'language',
  protects: 'both',
  description: 'Prose leaves a term to a later agreement, negotiation or review ("to be agreed", "TBD"), or keeps a template blank, so the term is not binding.',
  check(ctx) {
    reportLexicon(ctx, 'agreement-to-agree', (m) =>
      m.entry.id === 'template-blank'
        ? `${quoted(m)} is a template blank left in the contract: ${m.entry.advice}.`
        : `${quoted(m)} leaves this term to a later agreement: ${m.entry.advice}.`,
    );
  },
};
