/**
 * The language lexicon: every class is complete, matching generalises over
 * word forms, intensifiers, short gaps, case, hyphens and line breaks, and the
 * sentence judgements hold (bounded soft words, rights, negations, fallbacks,
 * force majeure), with spans that point exactly at the words.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { findLexiconMatches, LEXICON, lexiconEntryById, lexiconMatchAt, proseMatches } from '../../server/core/lexicon.js';
import { numberMismatch, numberToWords, wordsToNumber } from '../../server/core/prose/numbers.js';
import { sentenceAround } from '../../server/core/prose/sentence.js';
import { snippetToText } from '../../server/core/rules/util.js';

const CORPUS = path.join(__dirname, '../fixtures/language');
const codes = (text: string, context = {}) => findLexiconMatches(text, 0, context).map((m) => m.entry.code);
const phrases = (text: string) => findLexiconMatches(text).map((m) => m.text);
/** Each sentence is reported with its code (among others it may get). */
const readsAs = (cases: readonly (readonly [string, string])[]) => {
  for (const [s, code] of cases) expect(codes(s), s).toContain(code);
};
/** No sentence is reported at all. */
const spares = (sentences: readonly string[]) => {
  for (const s of sentences) expect(codes(s), s).toEqual([]);
};

describe('the classes', () => {
  it('have unique ids, a why, an advice and example phrases that each raise their own code', () => {
    expect(new Set(LEXICON.map((e) => e.id)).size).toBe(LEXICON.length);
    for (const e of LEXICON) {
      expect(e.why, e.id).toMatch(/^[A-Z"].{20,}\.$/);
      expect(e.advice, e.id).toMatch(/^[a-z].{5,}[^.]$/);
      expect(e.phrases.length, e.id).toBeGreaterThan(0);
    }
  });

  it('write business values only as tab stops, and a replacement is not itself reported', () => {
    for (const e of LEXICON) {
      if (!e.replacement) continue;
      expect(e.replacement, e.id).toMatch(/\$\{1[:|]/);
      expect(codes(snippetToText(e.replacement)), e.id).toEqual([]);
    }
  });

  it('find the example phrases of the everyday classes in a duty', () => {
    for (const id of ['promptly', 'as-soon-as-possible', 'without-undue-delay', 'reasonable-time', 'best-efforts', 'industry-standard', 'to-be-agreed', 'to-be-determined', 'verbally-agreed']) {
      const e = lexiconEntryById(id)!;
      for (const p of e.phrases) expect(codes(`The provider shall act ${p} here.`), `${id}: ${p}`).toContain(e.code);
    }
  });
});

describe('word forms, intensifiers and gaps', () => {
  it('reads an efforts standard in any wording', () => {
    for (const s of [
      'The provider uses all commercially reasonable endeavours to restore service.',
      'The provider will make every effort to restore service.',
      'The provider shall use its reasonable best efforts to restore service.',
      'Support is given on a best-effort basis.',
      'The provider will endeavor to restore service.',
      'We will try our best to restore service.',
    ])
      expect(codes(s), s).toEqual(['vague-term']);
  });

  it('matches across line breaks, indentation, hyphens and case', () => {
    expect(phrases('use best\n      efforts and WITHOUT Undue\r\n\tdelay')).toEqual(['use best\n      efforts', 'WITHOUT Undue\r\n\tdelay']);
    expect(phrases('Untimely tickets, inadequate fixes and the TBDX code.')).toEqual([]);
  });

  it('points its span at the words in the source of a text block', () => {
    const text = 'contract "X" {\n  clause a "A" {\n    text """\n      Work is done as soon as\n      possible, as needed.\n    """\n  }\n}\n';
    const parsed = parse(text);
    const prose = parsed.ast.prose.find((p) => p.value.kind === 'textblock')!;
    expect(proseMatches(parsed, prose).map((m) => text.slice(m.span.start, m.span.end))).toEqual(['as soon as\n      possible', 'as needed']);
  });

  it('offsets spans by the base', () => {
    expect(findLexiconMatches('Fix it promptly.', 100)[0]?.span).toEqual({ start: 107, end: 115 });
  });
});

describe('the sentence judges the soft word', () => {
  it('spares a soft word bounded by a hard limit in the same sentence, not in the next', () => {
    expect(codes('Notice is given without delay and no later than two business days after the event.')).toEqual([]);
    expect(codes('Notice is given promptly, and in any event within 48 hours.')).toEqual([]);
    expect(codes('The status page is updated regularly, and at least every 30 minutes.')).toEqual([]);
    expect(codes('Notice is given promptly. Credits are paid within 30 days.')).toEqual(['vague-term']);
  });

  it('reads the hard limit in any wording: negated comparisons, a limit after its number, glued units', () => {
    for (const bounded of [
      'promptly and in any event within 72 hours',
      'promptly and in no case more than 72 hours',
      'promptly and no later than 72h',
      'promptly, in any event inside 72 hours',
      'promptly and in any event 72 hours at the latest',
      'promptly (72 hours maximum)',
      'without undue delay, and never later than 24 hours after it becomes aware',
      'as soon as possible, and 4 hours or less',
    ])
      expect(codes(`Notice is given ${bounded}.`), bounded).toEqual([]);
    // A floor is no limit on a soft deadline, and a number with no unit bounds nothing.
    expect(codes('Notice is given promptly, after more than 72 hours of outage.')).toEqual(['vague-term']);
    expect(codes('Notice is given promptly to at most 3 contacts.')).toEqual(['vague-term']);
  });

  it('spares a discretion or a frequency that only shapes a right', () => {
    expect(codes('The customer may, from time to time, ask for a report.')).toEqual([]);
    expect(codes('The provider will review the thresholds from time to time.')).toEqual(['vague-term']);
    expect(codes('The Agency may, at its sole discretion, extend the period by up to 10 days.')).toEqual([]);
    expect(codes('The provider will assign the severity in its sole discretion.')).toEqual(['vague-term']);
  });

  it('reads events beyond control as an escape hatch outside a force-majeure clause only', () => {
    const s = 'Downtime caused by factors outside the provider\'s reasonable control is excluded.';
    expect(codes(s)).toEqual(['vague-term']);
    expect(codes(s, { forceMajeure: true })).toEqual([]);
    expect(codes('Downtime caused by events beyond its control, as defined in the force majeure clause, is excluded.')).toEqual([]);
  });

  it('asks appropriate measures for a named standard or list', () => {
    expect(codes('The processor shall implement appropriate technical and organisational measures.')).toEqual(['vague-term']);
    expect(codes('The processor shall implement appropriate technical and organisational measures, at least those listed in Annex II.')).toEqual([]);
    expect(codes('Transfers go only to countries with an adequate level of protection.')).toEqual([]);
  });

  it('reads aims and non-binding statements about levels and terms, not boilerplate', () => {
    expect(codes('Response times are indicative.')).toEqual(['vague-term']);
    expect(codes('Stated response times represent a service goal and not a guarantee.')).toEqual(['vague-term']);
    expect(codes('There is no guarantee of any minimum quantity of orders.')).toEqual([]);
    expect(codes('The service levels in this schedule are not legally binding.')).toEqual(['vague-term']);
  });

  it('keeps definitions and the version in force out of it', () => {
    expect(codes('"Reasonable Notice" means written notice of at least 60 days.')).toEqual([]);
    expect(codes('"GDPR" means Regulation 2016/679, as amended from time to time.')).toEqual([]);
  });
});

describe('agreements to agree', () => {
  it('finds a decision deferred in any wording', () => {
    for (const s of [
      'The parties will settle the price of additional sites later.',
      "Pricing is subject to the parties' mutual written agreement.",
      'The service levels will be revisited in good faith after the first quarter.',
      'The rates for years 3 to 5 will be set by mutual agreement.',
      'Volume discounts: TBD.',
    ])
      expect(codes(s), s).toEqual(['agreement-to-agree']);
  });

  it('spares a fallback, a variation clause, a dispute procedure and a value already settled', () => {
    expect(codes('The parties will negotiate the fee; failing agreement within 30 days, the price list applies.')).toEqual([]);
    expect(codes('Any change to this agreement must be mutually agreed in writing and signed by both parties.')).toEqual([]);
    expect(codes('The parties will negotiate in good faith to resolve any dispute.')).toEqual([]);
    expect(codes('The fee will be agreed in the order form.')).toEqual([]);
    expect(codes('Critical bugs will be fixed within 4 hours.')).toEqual([]);
  });

  it('finds template blanks', () => {
    for (const s of ['Effective as of ________, 20____.', 'Starts on [enter a date].', 'Maintenance may not exceed [●] hours.', 'Support at <<support email>>.', 'Notice of at least [90] days.', 'Made on [ ] by [ ].'])
      expect(codes(s), s).toContain('agreement-to-agree');
  });
});

describe('oral promises', () => {
  it('finds a promise or approval by word of mouth in any wording', () => {
    for (const s of [
      'Extras as verbally agreed apply.',
      'The account team approved the storage on a video call.',
      'The parties agreed by telephone that the test is included.',
      "Work done on the strength of a nod from the office manager is chargeable.",
      "The client's informal sign-off counts as approval.",
    ])
      expect(codes(s), s).toEqual(['verbal-agreement']);
  });

  it('spares negations, written confirmation and phone lines', () => {
    expect(codes('This agreement supersedes all prior oral agreements.')).toEqual([]);
    expect(codes('Verbal instructions do not authorise additional work.')).toEqual([]);
    expect(codes('Emergency work may be approved by phone, provided it is confirmed in writing within a day.')).toEqual([]);
    expect(codes('Support requests can be made by phone, chat or email.')).toEqual([]);
    expect(codes('Storage approved on a call is provided at no charge.')).toEqual(['verbal-agreement']);
    expect(codes('Prices as discussed in clause pricing apply.')).toEqual([]);
  });
});

describe('numbers in words and digits', () => {
  it('reads and writes numbers in words', () => {
    expect(wordsToNumber('forty-eight')).toBe(48);
    expect(wordsToNumber('one hundred and twenty')).toBe(120);
    expect(wordsToNumber('one thousand two hundred and fifty')).toBe(1250);
    expect(wordsToNumber('twenty twenty')).toBeUndefined();
    expect(numberToWords(48)).toBe('forty-eight');
    expect(numberToWords(120)).toBe('one hundred and twenty');
    for (let n = 0; n < 3000; n += 7) expect(wordsToNumber(numberToWords(n)), String(n)).toBe(n);
  });

  it('reports words and digits that disagree, in either order, and nothing else', () => {
    expect(numberMismatch('ten (20)')).toMatchObject({ words: 10, digits: 20 });
    expect(numberMismatch('30 (thirteen)')).toMatchObject({ words: 13, digits: 30 });
    expect(numberMismatch('thirty (30)')).toBeUndefined();
    expect(numberMismatch('five percent (5%)')).toBeUndefined();
    expect(codes('within ten (20) business days')).toEqual(['number-mismatch']);
    expect(codes('within thirty (30) days and 1,250 (one thousand two hundred and fifty) USD')).toEqual([]);
  });
});

describe('sentences', () => {
  it('do not end at an abbreviation or a decimal point', () => {
    const text = 'Under 45 C.F.R. Part 164, e.g. encryption, at 99.9 percent. Next one.';
    const at = text.indexOf('encryption');
    const { from, to } = sentenceAround(text, at, at + 3);
    expect(text.slice(from, to)).toBe('Under 45 C.F.R. Part 164, e.g. encryption, at 99.9 percent.');
  });
});

describe('hover lookup', () => {
  const text = 'contract "X" {\n  clause a "A" {\n    text "Fixes are made promptly."\n  }\n}\n';
  const parsed = parse(text);
  const at = text.indexOf('promptly');

  it('finds the class under the cursor, at its first and last character, and nothing elsewhere', () => {
    expect(lexiconMatchAt(parsed, at)?.entry.id).toBe('promptly');
    expect(lexiconMatchAt(parsed, at + 'promptly'.length)?.entry.id).toBe('promptly');
    expect(lexiconMatchAt(parsed, text.indexOf('Fixes'))).toBeUndefined();
  });
});

describe('the classes found at stop 19 (soft standards, quality claims, later choices, informal channels)', () => {
  it('find the example phrases of the general classes', () => {
    const frame: Record<string, (p: string) => string> = {
      'soft-standard': (p) => `The provider shall act ${p} here.`,
      'quality-claim': (p) => `The platform is run with ${p}.`,
      'designed-to': (p) => `The service ${p} keep data safe.`,
      'left-for-later': (p) => `The price is ${p}.`,
      'will-be-discussed': (p) => `The price ${p}.`,
      'parties-relative': (p) => `The fee is ${p}.`,
      'verbally-agreed': (p) => `Extra work ${p} is billable.`,
      handshake: (p) => `The discount is ${p}.`,
    };
    for (const [id, sentence] of Object.entries(frame)) {
      const e = lexiconEntryById(id)!;
      for (const p of e.phrases) expect(codes(sentence(p)), `${id}: ${p}`).toContain(e.code);
    }
  });

  it('read a soft standard in any word form when it qualifies a duty', () => {
    for (const s of [
      'The Supplier shall give the Buyer reasonable co-operation during the audit.',
      'The vendor will keep its runbooks adequately documented.',
      'Escalations are handled with due urgency.',
      'The Contractor shall keep the Agency suitably informed.',
      'Refunds are paid within a fair timeframe.',
      'Our hosting is built to be highly fault-tolerant.',
      'The data centre is engineered to withstand a regional outage.',
      'Non-critical fixes are made as and when the team has spare capacity.',
      'Resolution times are goals the provider works towards, not a contractual promise.',
    ])
      expect(codes(s), s).toEqual(['vague-term']);
  });

  it('spare a soft word that a hard limit bounds, that shapes a right or a limit, or that is a term of art', () => {
    spares([
      'The Provider shall give reasonable assistance with audits, limited to 16 hours a year.',
      'The Customer may, acting reasonably, reject a deliverable.',
      "The Customer's consent shall not be unreasonably withheld.",
      'The processor processes personal data only to the extent reasonably necessary to provide the services.',
      'Transfers go only to countries with an adequate level of protection.',
      'A proportionate reduction of the monthly fee applies for each hour of downtime.',
      'The platform is designed to meet ISO/IEC 27001:2022.',
      "Service credits are intended to be the Customer's sole remedy.",
      'The provider shall perform the services with reasonable skill and care.',
    ]);
  });

  it('read a decision the parties reach, select or discuss later as an agreement to agree, once', () => {
    for (const s of [
      'The exit fee is an amount the parties agree before go-live.',
      'The cut-over date will be the date the parties later choose.',
      'The Client and the Vendor will negotiate the phase 3 price after phase 2.',
      'Travel costs will be discussed nearer the time.',
      'The parties will come to an arrangement on the credits in due course.',
    ])
      expect(codes(s), s).toEqual(['agreement-to-agree']);
    spares([
      'The parties agree that Schedule 3 sets out the sole remedy.',
      'Unless the parties agree otherwise in writing, the fees are fixed.',
      'The price the parties agree in the Order Form applies for the initial term.',
      'Incidents will be reviewed after resolution.',
    ]);
  });

  it('read an approval given through any informal channel, and spare a support channel or written confirmation', () => {
    for (const s of [
      'Overtime the site lead okays on the phone is billable.',
      'A credit granted by our agent over chat applies to the next invoice.',
      'Changes approved in the monthly service review take effect at once.',
      "Features mentioned by the Supplier's sales team form part of the contract.",
      'Extra seats the Client asks for during a catch-up are added to the invoice.',
    ])
      expect(codes(s), s).toEqual(['verbal-agreement']);
    spares([
      'The service desk accepts support requests over the phone at any time.',
      'The service desk accepts requests by phone, email and portal.',
      'Any change agreed on a call must be confirmed in a signed change note.',
      "No statement by the Supplier's sales staff varies these terms.",
      'Support is reachable by telephone and chat on business days.',
    ]);
  });

});

describe('the classes read off the sentence at stop 20 (prompts, waived writing, binding channels, levels that vary, disclaimers)', () => {
  it('find bracketed prompts written in capitals or as merge fields, and spare brackets kept on purpose and acronyms', () => {
    for (const s of ['Support is provided during [BUSINESS HOURS, TIME ZONE].', 'This order is placed by [customerLegalName].', 'The go-live date is {{go_live}}.', 'Fees are payable in [CURRENCY].', 'The notice address is [to be confirmed].'])
      expect(codes(s), s).toEqual(['agreement-to-agree']);
    for (const s of ['Clause 14 [Not used].', 'Clause 9 [Reserved].', 'The processor complies with the [EU GDPR] and the [UK GDPR].', 'Controls follow [ISO 27001] Annex A.', 'The Customer [sic] shall pay.', 'Data is kept in [Ireland].'])
      expect(codes(s), s).toEqual([]);
  });

  it('read a written instrument waived for an informal step as an oral approval, unless the sentence denies the waiver', () => {
    for (const s of [
      'Small changes the site manager approves are carried out at once, whether or not they are later put in writing.',
      'Additional licences are added on request and no purchase order needs to be raised for them.',
      'A quote the Customer accepts by replying to the e-mail shall be deemed a signed order.',
      'Extra days the project lead agreed are billable even though they were never confirmed in writing.',
    ])
      expect(codes(s), s).toEqual(['verbal-agreement']);
    spares([
      'No instruction given orally, whether or not acted upon, varies the requirement for a signed change note.',
      'An order submitted through the portal shall be deemed a signed order.',
      'The Supplier shall deliver every deliverable, whether or not the Customer has accepted the previous one.',
    ]);
  });

  it('read an informal channel made binding, and spare notices, support lines and written confirmation', () => {
    for (const s of ['A renewal requested by an administrator through the in-app chat shall bind the Customer as an order.', 'A discount granted by the account team during a video call shall be binding on the Supplier.'])
      expect(codes(s), s).toEqual(['verbal-agreement']);
    spares([
      'Support requests raised through the portal chat shall be deemed received when logged.',
      'A change discussed during the monthly call shall be binding only once confirmed in writing.',
      'Notices given by telephone are not binding.',
    ]);
  });

  it('read levels that vary with something unmeasured, and spare a table or a bound', () => {
    for (const s of ['Restore times will vary with the size of the data set.', 'Response times depend on the nature of the request.']) expect(codes(s), s).toEqual(['vague-term']);
    for (const s of ['Response times vary by priority as set out in Schedule 2.', 'Restore times vary but never exceed 8 hours.', 'The Customer may vary the support hours on 30 days notice.', 'Fees vary with the number of users.'])
      expect(codes(s), s).toEqual([]);
  });

  it('read a disclaimer that empties the levels wherever it stands in the sentence, and a parties-only decision or discussion of the terms', () => {
    for (const s of ['The restore times above do not represent commitments by the Provider.', 'The availability figure is the level the Provider is working towards.', 'The response times are offered as a general guide to what to expect.'])
      expect(codes(s), s).toEqual(['vague-term']);
    for (const s of ['The rates for year two shall be such rates as the Provider and the Customer may negotiate.', 'If the regulator changes the rules, the parties shall meet to discuss how to amend the service levels.'])
      expect(codes(s), s).toEqual(['agreement-to-agree']);
    spares([
      'The parties shall meet monthly to discuss service performance.',
      'If a dispute arises, the parties shall meet to discuss how to resolve it.',
      'The Customer may reject a sub-processor on reasonable data-protection grounds.',
      'The Client may from time to time ask for extra work, and any such work shall be quoted and approved in writing before it starts.',
    ]);
  });

  it('read the second stop-20 round: words of saying on a call, informal talks, confirmations by phone, agreements still to reach, aims and minimums in other words', () => {
    for (const s of [
      'The milestone counts as met once the client lead said so on the weekly call.',
      'The fee is waived unless the engineer told the Customer otherwise during the visit.',
      'Scope changes may be settled in conversation between the two project managers.',
      'Following informal talks between the parties, the Supplier may start the extra work.',
      'The term extension took effect when the buyer confirmed it to the vendor by telephone.',
      'A request the client makes to the engineer in person shall be treated as the client\'s approval of the charges.',
    ])
      expect(codes(s), s).toEqual(['verbal-agreement']);
    for (const s of ['The parties will meet with a view to reaching a new agreement on hosting charges.', 'The parties shall use reasonable endeavours to agree a mutually acceptable revised timetable.', 'Renewal prices will be fixed in a later order form.'])
      expect(codes(s), s).toEqual(['agreement-to-agree']);
    for (const s of ['The schedule is not intended as a guarantee of any response time.', 'We will keep planned downtime to an absolute minimum.', 'The Contractor shall strive for excellence in its service management.', 'Downtime caused by events outside the hosting company\'s control does not count against the uptime commitment.'])
      expect(codes(s), s).toEqual(['vague-term']);
    spares([
      'Disputes shall first be settled in meetings between the project managers.',
      'The processor may disclose data only where the agreement would not otherwise prohibit it, and never on verbal instructions alone.',
      'Availability is at least 99.9% a month, so that downtime is no more than roughly 43 minutes.',
      'The measures in Annex II, which the parties accept as appropriate to the risk, apply.',
      'The price set out above continues to apply; if the parties do not agree new rates, the agreement continues month to month at the existing prices.',
      'Any change agreed on a call is only binding once confirmed in a signed change note.',
    ]);
  });

  it('read the third stop-20 round: never written down, tickets and messages made binding, approved orally, blanks in brackets, parties still to agree', () => {
    for (const s of [
      'The contractor follows directions given at site meetings and never written down afterwards.',
      'A reply posted on the support ticket approving the extra work will serve as the change order.',
      'Extra seats requested in a Slack message are deemed added to the subscription.',
      'Vendors the client nodded through at the steering meeting count as approved.',
      'The Agency may extend the term by oral notice to the Supplier.',
      'Changes may be approved orally by the project manager and written up later only if either party asks.',
    ])
      expect(codes(s), s).toEqual(['verbal-agreement']);
    for (const s of [
      'This addendum forms part of the agreement dated [__/__/____].',
      'The service credit table for new regions will be fixed by agreement between the parties.',
      'The annex of data categories, which the parties will complete after signature, forms part of this DPA.',
      'Reporting will happen at whatever frequency the parties agree upon.',
      'Uplifts are to be determined by the Council and the Contractor before each contract year.',
    ])
      expect(codes(s), s).toEqual(['agreement-to-agree']);
    for (const s of ['The Provider will assist, in so far as this is possible, with data subject requests.', 'Backups run at such times as the Supplier, acting reasonably, judges prudent.', 'Support will be as responsive as a customer could fairly expect.'])
      expect(codes(s), s).toEqual(['vague-term']);
    spares([
      'The Provider will answer each credit request promptly, and in any event within the next billing cycle.',
      'Neither party is liable for delay caused by an event outside that party\'s reasonable control.',
      'The EU region became generally available on 1 March 2027 and is covered by this SLA.',
      'Oral instructions not confirmed in writing have no effect.',
      'A workaround is to be established within four hours after the issue is acknowledged.',
    ]);
  });

  it('read the fourth stop-20 round: staff statements given force, waived records, spoken and unsigned steps, parties still to settle, prompts of any style, aims in other words', () => {
    for (const s of [
      'Any rebate the installer promises on the day will be honoured for the whole term.',
      'Call-outs are billed at the hourly rate the engineer quotes on site.',
      'Approval of a new hosting region may be given on a call and need not be recorded.',
      'The parties keep applying the side letter on storage pricing even though it was never signed.',
      'The on-call fee is waived, as agreed during the kickoff call.',
      'Work may start as soon as the customer gives the go ahead during the weekly call.',
      'The agency may approve extra licences through a telephone instruction to the reseller.',
    ])
      expect(codes(s), s).toEqual(['verbal-agreement']);
    for (const s of [
      'The renewal may be on such terms as they settle between themselves at the time.',
      'The requesting agency and the chosen vendor will negotiate the detailed scope.',
      'The Supplier reserves the right to renegotiate the fees for any added site.',
      'The maximum credit is the monthly xxxx for the affected server.',
      'The pilot runs from mm/dd/yyyy for twelve weeks.',
      'This notice was last updated on {Effective Date}.',
      'The term is Insert Number of Months months from acceptance.',
      'The hours of support per month will be settled with the client once the initial assessment is done.',
    ])
      expect(codes(s), s).toEqual(['agreement-to-agree']);
    for (const s of [
      'The availability levels are reporting metrics only, and the provider is under no obligation to meet them.',
      'The provider gives no uptime guarantee, but we anticipate 99.9% availability.',
      'This page is published for reference only and does not amount to an agreement with anyone.',
      'Credits are not payable for any condition that is not wholly within the control of the provider.',
      'Emergency maintenance may be performed with minimal notice.',
    ])
      expect([...new Set(codes(s))], s).toEqual(['vague-term']);
    spares([
      'The Customer may, on reasonable notice, audit the records relating to its data.',
      'Every statement of work must be in writing and agreed before any work begins.',
      'Subject to the Agreement, the Provider shall keep the platform available 99.9% of each month.',
      'You may contact support by ticket or by telephone to request a credit within 30 days.',
      'A price the technician gives verbally is only an estimate and gives no assurance of the final charge.',
      'Response targets are set for each priority; if the Supplier fails to meet them, credits apply.',
    ]);
  });

  it('read the fifth stop-20 round: consent given on a call, spoken estimates, waived sign-offs, plans talked through, documents still to complete, mutually agreed dates', () => {
    for (const s of [
      'Approval of the cut-over plan may be given by the service owner during a telephone call.',
      "The engineer's spoken quote given at the survey stands as the agreed price.",
      'Acceptance of a milestone may be expressed at a progress meeting, without any need for a written sign-off.',
      'Delivery will follow the plan the parties talked through at the kick-off meeting.',
      'Extras that are not written into this order but were promised over the phone before signature shall also apply.',
      'Work may start once the client has given the engineer the nod over the phone.',
    ])
      expect(codes(s), s).toEqual(['verbal-agreement']);
    for (const s of [
      'Schedules 2 and 3 are to be completed during contract negotiations.',
      'Training starts on a mutually agreed date.',
      'Any extra request will be quoted and invoiced separately.',
      'Rack space and power shall be such as the parties may agree between them.',
      'The minimum spend will be fixed in a statement of work that the parties are to enter into later.',
      'The subprocessor notice period is {30} days.',
      'New subprocessors need [PRIOR CONSENT / NOTICE + OBJECTION PERIOD].',
    ])
      expect(codes(s), s).toEqual(['agreement-to-agree']);
    for (const s of [
      'Outages originating beyond our control do not count as downtime.',
      'Remote access is given on an as-needs basis.',
      'The Supplier shall take such remedial action as is reasonable to limit the impact.',
      'Quotas may be changed at the provider\'s sole discretion.',
      'We shall review the requirement and, within limits, try to put things right.',
    ])
      expect(codes(s), s).toEqual(['vague-term']);
    spares([
      'Support is given by telephone and email, and work outside its scope needs express written agreement.',
      'Changes that could affect this SLA must be agreed with the Client at least 30 days before they are made.',
      'Hosting will be set up within two business days of payment.',
      'The Customer may at its sole discretion terminate a trial.',
    ]);
  });

  it('read the sixth stop-20 round: calls that count as orders, what was discussed given force, implied approval, matters for further agreement, targets set for oneself', () => {
    for (const s of [
      'Every phone call from the client counts as authorisation for fifteen minutes of billable work.',
      'The telephone assessment serves as your order for the site visit.',
      'A Customer may order by telephone, and a contract is formed when the Supplier accepts the call.',
      'The discounts discussed during your free consultation will apply to your account.',
      'Pricing reflects the assumptions discussed with the sponsor at the kick-off call.',
      'Small requests go ahead without any approval being sent, and authorisation is implied.',
      'The Processor will follow instructions the Controller communicates orally.',
      'Customers can approve extra spend by telling the helpdesk, and the engineer proceeds at the onsite rate.',
    ])
      expect(codes(s), s).toEqual(['verbal-agreement']);
    for (const s of [
      'Delivery of source files will be a matter for further agreement.',
      'The runbook details will be documented in a runbook that the parties are to create jointly.',
      'The price for the extra sites will be settled between the Minister and the Vendor.',
      'The Buyer may extend this Contract by Insert number of extensions.',
    ])
      expect(codes(s), s).toEqual(['agreement-to-agree']);
    for (const s of [
      'We have set ourselves a target of 99.99% availability.',
      'Any follow-up will depend on when an engineer becomes available.',
      'It may become necessary to extend the resolution timescales.',
      'Refunds may be granted case by case.',
      'The MSP will ensure the optimal operation of the network.',
    ])
      expect(codes(s), s).toEqual(['vague-term']);
    spares([
      'This Call-Off Contract takes effect on 1 March 2027.',
      'Neither party is liable for a failure caused by events beyond its reasonable control, such as flood or war.',
      'The Customer may order by telephone, but no contract is formed until the Supplier confirms the order in writing.',
      'Topics discussed at the monthly review are minuted and tracked in the action log.',
    ]);
  });

  it('read the seventh stop-20 round: discretion with any adjective, notice as far ahead as circumstances allow, demos given force, jointly determined terms, prompts across lines', () => {
    for (const s of ['Patches are applied whenever the provider judges it to be needed.', 'Backups run at intervals it regards as prudent.', 'Customers are told of emergency work as far ahead as circumstances allow.', 'The MSP shall keep the servers running at optimal levels.'])
      expect(codes(s), s).toEqual(['vague-term']);
    for (const s of [
      'Features described to the Licensee during the sales demonstration shall be provided at no additional charge.',
      "A telephone request from a listed contact counts as the Customer's approval of the charges.",
      "The engineer's verbal acknowledgement on the call commits the provider to the timetable.",
    ])
      expect(codes(s), s).toEqual(['verbal-agreement']);
    for (const s of [
      'The annual charge will be reviewed each budget year and fixed by mutual agreement.',
      'Key indicators are to be developed jointly with the client at the next scheduled review.',
      'The purposes of processing shall be described further in an agreement the parties have yet to conclude.',
      'Extra terms are those which the Council and the Provider negotiate at signature.',
      'Maintenance runs during [maintenance window to be inserted], local time.',
      'Site rules shall be ascertained jointly with the Customer.',
      'The price is whatever the agency subsequently agrees with the supplier.',
    ])
      expect(codes(s), s).toEqual(['agreement-to-agree']);
    expect(codes('Deliveries go to the premises at [to be confirmed by\n      the Customer before signature].')).toEqual(['agreement-to-agree']);
    for (const s of [
      'An approval given in person by the relationship manager is sufficient authorisation to replace staff.',
      'Handwritten changes have no legal effect unless both parties have initialled them.',
      'The processor shall implement the measures in Annex 2, which the parties consider appropriate to the risk.',
    ])
      expect(codes(s).filter((c) => c === 'vague-term'), s).toEqual([]);
  });

  it('read the eighth stop-20 round: aims in other words, levels of service without a number, credits agreed on the phone, terms as the parties agree, fallbacks that apply', () => {
    for (const s of [
      'The recovery objectives are aims rather than commitments.',
      'The provider expresses its uptime as an objective of 99.95% a month.',
      'These response figures are unofficial benchmarks; they are not guarantees.',
      'We undertake to deliver a robust and, above all, consistent level of service.',
      'Service quality is to be consistent with the standards of other carriers in the industry.',
      'The platform delivers the highest level of performance.',
      'The help desk keeps the servers operating optimally.',
      'Delays that stem from matters outside its direct control are disregarded.',
    ])
      expect([...new Set(codes(s))], s).toEqual(['vague-term']);
    for (const s of [
      'Credits discussed with our phone support team will be applied at month end.',
      'Small changes the managers approve by word of mouth need not go through the change procedure.',
      'A request made by phone to raise a firewall rule will be actioned without further verification.',
    ])
      expect(codes(s), s).toEqual(['verbal-agreement']);
    for (const s of [
      'Service levels shall be as the parties agree from time to time.',
      'Retention periods shall be listed in Annex 3 as the parties may later agree.',
      'A joint steering committee will settle the report format once the project is under way.',
      'New regions will be added once the parties have come to terms on them.',
      'Both exhibits will be completed in the course of contract negotiations.',
      'Servers will be restored within X hours.',
      'The support hours after year one will be set at that review.',
    ])
      expect(codes(s), s).toEqual(['agreement-to-agree']);
    spares([
      'Whether a deliverable passes is for the Agency to determine in its sole discretion.',
      'The business associate shall implement appropriate safeguards that meet the HIPAA Security Rule.',
      'Renewal pricing is to be agreed; if no agreement is reached 30 days before renewal, the current fees increase by CPI.',
      'Should the parties be unable to agree the price of a change, the rates in Schedule 3 apply.',
    ]);
  });

  it('read the ninth stop-20 round: aims as participles, a few hours, unforeseen circumstances, calls taken as authority, short blanks', () => {
    for (const s of [
      'The team will investigate and attempt a fix, aiming to resolve it within a few hours.',
      'We may decline a credit where an outage flows from circumstances we could not reasonably have foreseen.',
      'Low-priority call-backs are made as the workload from severity 1, 2 and 3 incidents permits.',
      'Tickets raised out of hours will be looked at once staff become available.',
      'The cooling figures express design intent only.',
    ])
      expect([...new Set(codes(s))], s).toEqual(['vague-term']);
    for (const s of [
      'A phone call from the customer\'s IT contact is taken as sufficient authority to delete backups.',
      'The privacy officer may approve, by telephone, a disclosure beyond this addendum.',
      'Any extra SLA terms discussed with customer support when you signed up form part of your plan.',
      'Folders the customer points out to our technician during the site visit will be included in the backup.',
      'Work may go ahead on the strength of the customer\'s spoken approval, a change order following only if asked for.',
      'A change of incident priority agreed orally with the support desk takes effect at once.',
    ])
      expect(codes(s), s).toEqual(['verbal-agreement']);
    for (const s of [
      'The parties will take such action as may be needed to amend this agreement.',
      'The supplier will report within [__] days of learning of a breach.',
      'Rates shall not exceed those in Section __.',
      'The credit shall be at a rate the parties agree when the claim is lodged.',
      'The variation amount shall be as negotiated between the Contract Authority and the Contractor.',
    ])
      expect(codes(s), s).toEqual(['agreement-to-agree']);
    for (const s of ['A breach counts as discovered when the processor knows of it or, exercising reasonable diligence, would have known of it.', 'The options are listed as [a] and [b] below.'])
      expect(codes(s), s).toEqual([]);
  });

  it('read the judgement-check clause of stop 20 (published cloud terms, paraphrased): five problems, three sentences fine', () => {
    expect(codes('The Provider will use diligent efforts to keep each availability zone reachable.')).toEqual(['vague-term']);
    expect(codes('The figures in the status dashboard are published for information only.')).toEqual(['vague-term']);
    expect(codes('Emergency maintenance may be performed at any time on whatever notice the situation allows.')).toEqual(['vague-term']);
    expect(codes('Fees for regions launched after the Effective Date will be set out in an order form the parties will sign later.')).toEqual(['agreement-to-agree']);
    expect(codes('Any discount the account executive confirms by e-mail or on a call will be honoured for the term.')).toEqual(['verbal-agreement']);
    spares([
      'The Provider will notify the Customer of a personal data breach without undue delay and in any event within 48 hours.',
      "The Customer may, on reasonable notice, audit the Provider's records once a year.",
      "No statement made orally by either party's staff varies these terms.",
      'Fees are set out in the order form signed with this agreement.',
    ]);
  });

  it('finds the same matches when only the sentences holding an anchor are scanned (every phrase, every corpus sentence)', async () => {
    const texts: string[] = [];
    for (const e of LEXICON) for (const p of e.phrases) texts.push(p, `The provider shall act ${p} here.`);
    for (const f of fs.readdirSync(CORPUS).filter((x) => x.endsWith('.jsonl')))
      for (const line of fs.readFileSync(path.join(CORPUS, f), 'utf8').split('\n').filter((l) => l.trim())) texts.push((JSON.parse(line) as { text: string }).text);
    const long = texts.slice(0, 200).join(' ');
    texts.push(long);
    const seen = (text: string, gate: boolean) => findLexiconMatches(text, 0, {}, gate).map((m) => `${m.entry.id}@${m.span.start}:${m.text}`);
    // The event loop gets a turn every 250 texts: the whole scan takes over a minute (51,508 corpus sentences at stop 37), and a
    // vitest worker that leaves its runner unanswered for a minute is reported as failed even when every test passes.
    for (const [i, t] of texts.entries()) {
      expect(seen(t, true), t.slice(0, 80)).toEqual(seen(t, false));
      if (i % 250 === 249) await new Promise((resolve) => setImmediate(resolve));
    }
    // Every corpus sentence scanned twice, once without the gate: the work grows with the corpus (32,068 sentences at stop 34),
    // and on a loaded two-core machine it passed 30 s; a slow run is no failure of this property.
  }, 600_000);
});

describe('the scan', () => {
  it('judges a sentence read before the same in any text: beside other sentences, after a line break, at the start, in a force-majeure clause (property)', () => {
    const sentences: string[] = [];
    for (const f of fs.readdirSync(CORPUS).filter((x) => x.endsWith('.jsonl')))
      for (const line of fs.readFileSync(path.join(CORPUS, f), 'utf8').split('\n').filter((l) => l.trim())) sentences.push((JSON.parse(line) as { text: string }).text);
    // A few sentences, so that each stands in many texts among different neighbours, and the cache is read in contexts other than the one it was filled in.
    const pool = sentences.filter((_, i) => i % 37 === 0);
    const seen = (text: string, gate: boolean, forceMajeure: boolean) => findLexiconMatches(text, 0, { forceMajeure }, gate).map((m) => `${m.entry.id}@${m.span.start}:${m.text}`);
    fc.assert(
      fc.property(
        fc.array(fc.nat(pool.length - 1), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(' ', '\n', '\n\n      ', '  '),
        fc.boolean(),
        (picks, gap, forceMajeure) => {
          const text = picks.map((i) => pool[i]!).join(gap);
          expect(seen(text, true, forceMajeure), text.slice(0, 80)).toEqual(seen(text, false, forceMajeure));
        },
      ),
      { numRuns: 400, seed: 25 },
    );
  });

  it('judges a sentence the same however its prose block wraps and indents it: a window of words read before or after a match counts a line break and its indentation as one space (property)', () => {
    const sentences: string[] = [];
    for (const f of fs.readdirSync(CORPUS).filter((x) => x.endsWith('.jsonl')))
      for (const line of fs.readFileSync(path.join(CORPUS, f), 'utf8').split('\n').filter((l) => l.trim())) sentences.push((JSON.parse(line) as { text: string }).text);
    const pool = sentences.filter((_, i) => i % 7 === 0);
    const ids = (text: string) => findLexiconMatches(text).map((m) => `${m.entry.id}:${m.text.replace(/\s+/g, ' ')}`);
    /** The sentence wrapped at `width` characters, each line after the first indented as a prose block indents it. */
    const wrap = (text: string, width: number, indent: string) => {
      const lines: string[] = [];
      let line = '';
      for (const word of text.split(' ')) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      lines.push(line);
      return lines.join(`\n${indent}`);
    };
    fc.assert(
      fc.property(fc.nat(pool.length - 1), fc.integer({ min: 30, max: 90 }), fc.constantFrom('      ', '        ', '\t\t', '    '), (i, width, indent) => {
        const s = pool[i]!;
        expect(ids(wrap(s, width, indent)), s).toEqual(ids(s));
      }),
      { numRuns: 3000, seed: 38 },
    );
  });

  it('judges a sentence read before anew when the words after it decide ("if feasible. If return … is not feasible, …")', () => {
    const first = 'Upon termination, Business Associate shall return or destroy all PHI, if feasible.';
    const fallback = 'If return or destruction is not feasible, Business Associate shall extend the protections of this Agreement to the PHI.';
    const other = 'The Processor shall keep records of each return.';
    const ids = (text: string) => findLexiconMatches(text).map((m) => m.entry.id);
    for (let round = 0; round < 2; round++) {
      expect(ids(`${first} ${fallback}`)).toEqual([]);
      expect(ids(`${first} ${other}`)).toEqual(['where-possible']);
      expect(ids(`${first}\n${fallback}`)).toEqual([]);
    }
  });

  it('finds the same words in text whose lower case changes length (the expressions then run on the text as written)', () => {
    expect(phrases('İstanbul office: the provider will respond PROMPTLY and use best-\n efforts.')).toEqual(['PROMPTLY', 'use best-\n efforts']);
  });

  it('gives the offsets of each call, also for prose it has read before', () => {
    const text = 'Fixes are made promptly.';
    const first = findLexiconMatches(text, 10).map((m) => m.span);
    const again = findLexiconMatches(text, 500).map((m) => m.span);
    expect(first).toEqual([{ start: 25, end: 33 }]);
    expect(again).toEqual([{ start: 515, end: 523 }]);
  });
});

describe('the classes added at stop 21 (later agreements, prompts in more shapes, approvals on a call)', () => {
  it('read a later agreement or document, a joint decision and a price fixed only on request as agreements to agree', () => {
    for (const s of [
      'Once the design is approved, the parties will enter into a separate agreement setting out the support terms.',
      'The migration runbook is to be drafted jointly by the Customer and the Supplier.',
      'You will be bound by any milestones that we set together during the project.',
      'If the fault cannot be reproduced, a decision will then be taken on how to proceed.',
      'The price of ad-hoc work is settled only when the request is made.',
      'Service levels will be those in a support schedule that is yet to be issued.',
      'Work requested after kick-off may be charged extra, to be set out in a further quotation.',
    ])
      expect(codes(s), s).toContain('agreement-to-agree');
    for (const s of [
      'The Processor shall enter into a written contract with each Sub-processor that imposes the same obligations.',
      'The Provider shall enter into an agreement with its hosting provider that requires encryption at rest.',
      'By signing below, the parties enter into this Agreement.',
      'Fees are agreed per order in the relevant Order Form.',
      'If a milestone is missed, a decision will be taken by the Customer whether to terminate.',
    ])
      expect(codes(s), s).not.toContain('agreement-to-agree');
  });

  it('find prompts written as template fields, title-case brackets and instructions in parentheses', () => {
    for (const s of ['The monthly fee is {Fee.Monthly.$}, payable in advance.', 'This addendum is made with [Legal Entity Name] as processor.', 'The services are those of the tender: (INSERT SUPPLIER RESPONSE HERE).', 'Total charges may not exceed (Amount not to exceed).', 'The site list is to be inserted here.'])
      expect(codes(s), s).toEqual(['agreement-to-agree']);
    for (const s of ['Charges are payable within 30 days (as set out in clause 4).', 'The Supplier (acting reasonably) shall confirm the date in writing.'])
      expect(codes(s), s).toEqual([]);
  });

  it('read an approval given through an informal channel, and spare one confirmed in writing or a support line', () => {
    for (const s of [
      'The Client may authorise billable project work by telephoning the help desk or simply telling the on-site technician to proceed.',
      "The Customer's privacy officer may, in a telephone conversation, authorise the Supplier to notify individuals directly.",
      "Extra on-site hours may be approved on the spot by the client's office manager during the visit.",
      'A customer may authorise after-hours work by leaving a voice message on the support line.',
    ])
      expect(codes(s), s).toEqual(['verbal-agreement']);
    spares([
      "Emergency changes may be approved by the Customer's duty manager by telephone and must be confirmed in writing within 24 hours.",
      'Support requests can be logged by telephone or through the portal.',
      'Emergency requests are accepted by telephone only, on a line staffed around the clock.',
    ]);
  });

  it('reads a sentence sliced from a long document, with the document offsets', () => {
    const doc = `${'x'.repeat(100_000)} The provider will respond promptly to every request. ${'y'.repeat(100_000)}`;
    const at = doc.indexOf('The provider');
    const slice = doc.slice(at, at + 'The provider will respond promptly to every request.'.length);
    const found = findLexiconMatches(slice, at);
    expect(found.map((m) => m.text)).toEqual(['promptly']);
    expect(found[0]!.span.start).toBe(doc.indexOf('promptly'));
  });
});

describe('an informal say-so that orders chargeable or extra work (read off the sentence, stop 21)', () => {
  it('is a verbal agreement when the sentence prices or starts the work and names no written instrument', () => {
    for (const s of [
      'If you instruct us to take on a new piece of work, such as installing a new PC, we will do it and charge our current hourly rate.',
      'The customer may change the list of goals at any point just by telling the consultant, with the extra time reflected in the cost.',
      'Non-standard work asked for by a client representative will be done and charged at the schedule rates.',
      'Once you have seen the proposal, your instruction to go ahead is treated as your agreement to pay the amount quoted.',
      'Extended research is billable, and the technician may start it once the customer\'s contact has given approval.',
      'If we find a further fault on the job, we will tell you and, if you accept there and then, charge additional labour to repair it.',
    ])
      expect(codes(s), s).toEqual(['verbal-agreement']);
  });

  it('is not one when the work is free, a right to ask for a document, ordered in writing, or priced in a later quotation', () => {
    for (const s of [
      'The customer may, from time to time, ask for an out-of-cycle restore at no additional charge.',
      'Customer may, at its own cost, ask for a copy of the most recent SOC 2 report.',
      'Additional services asked for by the Customer will be charged at the rates in Schedule 2 once a signed change order is in place.',
      'Work the client asks for after kick-off is charged through a purchase order.',
      'Support requests can be raised by phone and are answered within four hours.',
    ])
      expect(codes(s), s).not.toContain('verbal-agreement');
  });
});

describe('round 12 (stop 21): aims that are no commitments, escape hatches and open terms in more wordings', () => {
  it('finds them', () => {
    const want: [string, string][] = [
      ['The response targets are goals we aim at, not fixed commitments.', 'vague-term'],
      ['The resolution periods in the table are support goals rather than guaranteed outcomes.', 'vague-term'],
      ['Response times under this agreement are expressed as targets.', 'vague-term'],
      ['Outages caused by third-party networks outside our control do not qualify for service credits.', 'vague-term'],
      ['Should an invoice be disputed, the outcome of the review rests entirely in the discretion of management.', 'vague-term'],
      ['Any part of the work may be changed by the County by way of negotiation with the Consultant.', 'agreement-to-agree'],
      ['Changes made by the Supplier will be supported after the warranty ends, pending agreement on revised support fees.', 'agreement-to-agree'],
      ['The parties shall hold service reviews [frequency] covering performance.', 'agreement-to-agree'],
      ['[Guidance Note: the Buyer is to decide which security schedule applies.]', 'agreement-to-agree'],
      ['Installation will be booked for a time agreeable to both sides.', 'agreement-to-agree'],
    ];
    for (const [s, code] of want) expect(codes(s), s).toContain(code);
  });

  it('spares the same words where nothing is left open or hedged', () => {
    for (const s of [
      'Neither party is liable for a failure caused by events outside its reasonable control.',
      'Credits are calculated as set out in the table, and are the Customer\'s sole remedy.',
      'The Supplier shall resolve Priority 1 incidents within 4 hours.',
    ])
      expect(codes(s, { forceMajeure: false }), s).toEqual([]);
  });
});

describe('round 13 (stop 22): informal steps given an effect, terms left to what the parties later agree, hedges read outside their own words', () => {
  it('finds them', () => {
    const want: [string, string][] = [
      ['Out-of-hours visits beyond the allowance may be cleared over the phone by the on-call engineer, and a visit cleared this way is treated as included.', 'verbal-agreement'],
      ['A variation is treated as approved once the buyer okays the estimate on a weekly status call.', 'verbal-agreement'],
      ['The Client may add a branch office simply by telling the Provider\'s service manager, and the office is covered from that conversation.', 'verbal-agreement'],
      ['Minor changes may be handled informally, with no change order, where both project leads say they are happy.', 'verbal-agreement'],
      ['If a part must be replaced we will phone you and continue or stop on whatever you tell us.', 'verbal-agreement'],
      ['A promise from your account manager in a call that the data stays in the EU binds us.', 'verbal-agreement'],
      ['An order placed by telephone binds the Customer to these terms.', 'verbal-agreement'],
      ['The support hours for the new region will be those the parties agree once the region goes live.', 'agreement-to-agree'],
      ['Charges for additional sites will be such amounts as the parties agree from time to time.', 'agreement-to-agree'],
      ['So far as reasonably practicable, maintenance will be scheduled outside business hours.', 'vague-term'],
      ['Customers will usually get notice of planned work at least 72 hours ahead where this is practicable.', 'vague-term'],
      ['The Supplier shall deliver usage reports at such intervals as the Authority may reasonably require.', 'vague-term'],
      ['Parts are warranted for 30 days, save where we judge that the fault was caused by misuse.', 'vague-term'],
    ];
    for (const [s, code] of want) expect(codes(s), s).toContain(code);
  });

  it('spares the same words where the step is a support channel, confirmed in writing, or the term is already fixed', () => {
    spares([
      'Support requests may be raised by phone, and the Supplier will proceed to diagnose the fault.',
      'The Customer may approve emergency changes by telephone, provided that the approval is confirmed in writing within two Business Days.',
      'The Supplier will call the Customer to arrange access, and the engineer will proceed once access is granted.',
      'We will contact you by phone before any chargeable work goes ahead, and will only proceed with your written approval.',
      'The applicable rates will be those agreed in the Order Form.',
      'The Service Levels will be those determined in accordance with Schedule 2.',
      'The Customer may request reports at such intervals as it reasonably requires, at no charge.',
      'Clients can reach us by email, text or phone call, and time spent liaising by phone is billed in 15-minute increments.',
      'Service credits apply to outages that qualify under this SLA, reported through the portal or by phone.',
    ]);
  });
});

describe('round 14 (stop 22): orders placed informally, discretion and disclaimers in more wordings, documents that will later fix a term', () => {
  it('finds them', () => {
    const want: [string, string][] = [
      ['Authorised staff may place call-off orders by telephone, and the supplier may deliver and invoice on that basis.', 'verbal-agreement'],
      ['The agency may issue a delivery order by post, e-mail or telephone.', 'verbal-agreement'],
      ['The Customer may change the data categories simply by telling our account manager on a call, and we will process on the amended basis.', 'verbal-agreement'],
      ['Whether an incident justifies an emergency change is a matter for the Provider\'s sole discretion.', 'vague-term'],
      ['Out of hours, the duty manager is to use his or her judgment as to whether a call-out is justified.', 'vague-term'],
      ['The Supplier measures availability by whatever reasonable method it chooses.', 'vague-term'],
      ['The Provider is not responsible for delays caused by carriers beyond its control.', 'vague-term'],
      ['This schedule is descriptive only and creates no rights and no obligations for either party.', 'vague-term'],
      ['The Vendor will provide the very best support it can.', 'vague-term'],
      ['How long a restore takes will vary with the size of the data set.', 'vague-term'],
      ['Any replacement hardware will be the subject of a separate agreement.', 'agreement-to-agree'],
      ['The parties will sign call-off contracts, each of which will later specify the price and the delivery dates.', 'agreement-to-agree'],
      ['On exit the Supplier will return the data in a format the parties reasonably agree.', 'agreement-to-agree'],
      ['Besides written orders, the Buyer may order by [Buyer to insert the permitted ordering methods].', 'agreement-to-agree'],
    ];
    for (const [s, code] of want) expect(codes(s), s).toContain(code);
  });

  it('spares advice to the reader, a support line, and terms already fixed', () => {
    spares([
      'We recommend that you check this page regularly for updates.',
      'Emergency requests are accepted by telephone only, on a line staffed around the clock.',
      'The service desk accepts support requests over the phone at any time.',
      'On exit the Supplier will return the data in CSV format within 30 days.',
      'The headings in this Agreement are descriptive only and do not affect its interpretation.',
      'Clause headings are for reference only.',
      'Confidential Information means all information disclosed by one party to the other, whether orally or in writing, that is marked as confidential.',
      'All information, whether disclosed orally, visually or in writing, shall be treated as confidential.',
      'The Contractor shall perform the Services in accordance with Good Industry Practice.',
      'Good Industry Practice means the exercise of that degree of skill, care, prudence and foresight which would reasonably be expected from a skilled and experienced provider.',
    ]);
  });
});

describe('common clauses found fine by the judgement check of stop 22', () => {
  it('are not reported', () => {
    spares([
      'The Processor shall immediately inform the Controller if, in its opinion, an instruction infringes the GDPR.',
      'The MSP will perform preventive maintenance on a regular basis as set out in the Maintenance Schedule.',
      'The headings in this Agreement are descriptive only and do not affect its interpretation.',
      'Confidential Information means any information disclosed orally or in writing and marked as confidential.',
      'The Contractor shall perform the Services in accordance with Good Industry Practice.',
      'Upon termination, Business Associate shall return or destroy all PHI, if feasible. If return or destruction is not feasible, Business Associate shall extend the protections of this Agreement to the PHI.',
      'The MSP shall perform such additional services as the Client may request from time to time, at the rates set out in Schedule B.',
      'Where the Controller objects on reasonable grounds, the parties shall discuss the objection in good faith, and if no resolution is reached within 30 days, the Controller may terminate the affected Services.',
      'Any verbal advice given by our staff is provided for information only and does not form part of this agreement.',
      'Any quote given over the phone is an estimate only and is not binding until confirmed in writing.',
      'The Customer may cancel an on-site visit by phone up to 24 hours before it is due without charge.',
      'The Service Level for Availability is 99.95% [1].',
      'The Provider shall maintain sufficient staff to meet the Service Levels.',
      'Availability will be at least ninety-nine point nine percent (99.9%) in each month.',
    ]);
  });

  it('still reports the same words where nothing fixes them', () => {
    const want: [string, string][] = [
      ['The MSP will perform preventive maintenance on a regular basis.', 'vague-term'],
      ['Upon termination, the Supplier shall return all data, if feasible.', 'vague-term'],
      ['The MSP shall send status reports from time to time.', 'vague-term'],
      ['The resolution times are estimates only.', 'vague-term'],
      ['The Provider shall maintain sufficient staff.', 'vague-term'],
      ['Either party may terminate on [90] days\' notice.', 'agreement-to-agree'],
      ['You may cancel your subscription just by phoning our client service team.', 'verbal-agreement'],
      ['The Supplier shall perform the Services in accordance with good industry practice.', 'vague-term'],
      ['Pricing information communicated orally by our sales team is binding on us.', 'verbal-agreement'],
    ];
    for (const [s, code] of want) expect(codes(s), s).toContain(code);
    // The factor "the state of the art" is no standard, but the measures it qualifies still name none.
    expect(codes('Taking into account the state of the art, the Processor shall implement appropriate technical and organisational measures.')).toEqual(['vague-term']);
  });
});

describe('round 15 (stop 22): informal steps at meetings, in conversation and through staff, terms fixed job by job, deadlines written "at the latest, N days"', () => {
  it('finds them', () => {
    const want: [string, string][] = [
      ['The client may tell the provider about a new retention rule during a call, and the provider must honour it from then on.', 'verbal-agreement'],
      ['At their quarterly meetings the two service managers may modify the Service Levels by mutual agreement.', 'verbal-agreement'],
      ['Any visit our technician tells you is covered will be treated as included in the monthly fee.', 'verbal-agreement'],
      ['A user can have a licence added, moved or changed simply by phoning the service desk and giving the account PIN.', 'verbal-agreement'],
      ['Customers may agree a shorter notice period with their account manager over the phone, and that arrangement then replaces the notice in this SLA.', 'verbal-agreement'],
      ['Weekend work that you arrange with our engineer over the phone will be done and charged at the weekend rate.', 'verbal-agreement'],
      ['Fees for project work are agreed job by job.', 'agreement-to-agree'],
      ['Installation dates will be confirmed case by case and are outside the SLA.', 'agreement-to-agree'],
      ['If the Customer opens a new office, the Supplier may renegotiate the charges for that office.', 'agreement-to-agree'],
      ['This addendum forms part of the agreement between Example Ltd and [customerName_X1Y2], the Customer.', 'agreement-to-agree'],
    ];
    for (const [s, code] of want) expect(codes(s), s).toContain(code);
  });

  it('spares a notice duty, a portal and a deadline written after the soft word', () => {
    spares([
      'We will tell you about material changes to the Service at least 30 days before they take effect.',
      'Tickets may be added, moved or changed in the portal.',
      'Any changes agreed at the monthly meetings take effect only when recorded in a signed Change Note.',
      'A breach must be reported to the Covered Entity as soon as practicable and, at the latest, five (5) business days after it is discovered.',
    ]);
  });
});

describe('references to parts of a law or of an outside instrument (judgement check, stop 22)', () => {
  it('are not attachments of this contract, while a schedule of the contract itself still is', async () => {
    const { findReferences } = await import('../../server/core/rules/language/undefined-reference.js');
    const ids = (s: string) => findReferences(s).map((r) => `${r.kind} ${r.id}`);
    expect(ids('Processing is permitted by Schedule 1 of the Data Protection Act 2018.')).toEqual([]);
    expect(ids('The measures in Annex II of the Standard Contractual Clauses apply.')).toEqual([]);
    expect(ids('Appendix 1 to the SCCs lists the processing.')).toEqual([]);
    expect(ids('The fees are in Schedule 2 to this Agreement.')).toEqual(['Schedule 2']);
    expect(ids('The sites are listed in Annex B of the Order Form.')).toEqual(['Annex B']);
  });
});

describe('round 16 (stop 23): orders by telephone given effect, waived writing, aims in the first person, excuses past force majeure, agreements deferred in more wordings, dotted and merge-field blanks', () => {
  it('reads an order, request or direction given by telephone or to a member of staff as verbal agreement when the sentence gives it effect', () => {
    for (const s of [
      'A cross-connect request phoned through to the operations desk is carried out and billed hourly without any separate written order.',
      'An instruction given by the Controller over the telephone is sufficient for the Processor to restore the backup.',
      'Telephone orders below 500 EUR are placed with the supplier and paid by card.',
      'Installations may be ordered by ringing the service centre, and each job requested on such a call is charged at list prices.',
      'Customers can simply tell their account manager before renewal, and we will put the change through.',
      'The Customer may approve a new sub-processor during a call with the account team, and that approval binds it without a written confirmation.',
    ])
      expect(codes(s), s).toEqual(['verbal-agreement']);
  });

  it('spares time on the telephone that is billed, work done only after an approval, and writing required after all', () => {
    for (const s of [
      'Clients can reach us by email or phone, and time spent liaising by phone is billed in 15-minute increments.',
      'The costs will be explained to the Customer upfront, and the work is carried out only after the Customer approves them in writing.',
      'Instructions given by telephone must be confirmed in writing within one business day.',
    ])
      expect(codes(s), s).not.toContain('verbal-agreement');
  });

  it('reads a promise the provider states as its own aim as vague, and an excuse that reaches past the defined force-majeure event', () => {
    for (const s of [
      'We aim to resolve a standard request within 5 business days of receiving it.',
      'The uptime commitment does not apply to downtime caused by Force Majeure or by any other cause beyond our control.',
      'The Supplier will only do its level best to fix the reported defect.',
      'An engineer will attend the site whenever this is needed.',
    ])
      expect(codes(s), s).toEqual(['vague-term']);
    spares([
      'Force Majeure Event means a flood, fire, strike or any other cause beyond the reasonable control of the affected party.',
      'We seek to rely on the legitimate interests of the Controller only where the law allows.',
    ]);
  });

  it('reads terms deferred to a later agreement in more wordings, and blanks written as dots or merge fields', () => {
    for (const s of [
      'The auditor will share the findings in whatever manner the parties agree.',
      'The Provider will work with the Customer with a view to agreeing a final migration plan.',
      'The parties will draw up a revised project plan acceptable to both of them.',
      'Volume discounts are negotiated individually.',
      'Should the Client add a site, the Provider retains the right to renegotiate the charges for it.',
      'This agreement is made between Acme Ltd and .................. (the Client).',
      'This SLA is made between provider_name and the Customer.',
    ])
      expect(codes(s), s).toEqual(['agreement-to-agree']);
    for (const s of ['If the parties do not agree a revised plan within 30 days, the current plan continues to apply.', 'Prices are listed in the order form... and are fixed for the term.'])
      expect(codes(s), s).toEqual([]);
  });
});

describe('round 17 (stop 23): informal changes by phone given effect, deferrals made informally, aims with a reason between, prompts for signatories, discretion over the facts that trigger a promise', () => {
  it('reads an informal step with a waived or skipped written instrument as verbal agreement', () => {
    for (const s of [
      'An authorised contact may change the plan simply by asking for it during a support call, and the change is applied at once with no written request.',
      'Council officers may ask the contractor by telephone for services not listed in the schedule, and the contractor may perform and invoice them without written approval of the cost.',
      'The customer may approve a new subcontractor by saying so on a call with its account team; no signed consent is needed.',
      'Premium customers may order extra work during a phone appointment, and that work becomes billable without any written order.',
      'Small changes may be agreed in conversation between the buyer and the supplier and need no change note.',
    ])
      expect(codes(s), s).toContain('verbal-agreement');
  });

  it('reads a discretion over whether an outage or emergency happened as vague, and the reader\u2019s own choice as fine', () => {
    expect(codes('Whether a qualifying outage occurred is for the Provider to determine in its sole discretion.')).toEqual(['vague-term']);
    expect(codes('Whether to join the preview programme is entirely up to you, at your sole discretion.')).toEqual([]);
    expect(codes('It is for the Customer to decide, in its sole discretion, whether to renew the subscription.')).toEqual([]);
  });

  it('reads an aim with its reason between it and the commitment it is not, and prompts for signatories and contacts', () => {
    expect(codes('Full availability of the backup service is an objective we pursue, ranking behind data integrity, rather than a commitment.')).toEqual(['vague-term']);
    for (const s of [
      'For signing, the authority is represented by [forename, surname, position of the authorising officer].',
      'Contract Manager: (List Title/Position), or a successor named in writing.',
      'If the number of users changes by more than 30%, the contract will be reviewed and a new per-user price negotiated.',
    ])
      expect(codes(s), s).toEqual(['agreement-to-agree']);
  });
});

describe('round 18 (stop 23): resources devoted, approvals relied on, targets with a condition, estimates, prompts for contacts, deadlines for an act', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Provider shall devote all available resources to keeping the portal reachable.', 'vague-term'],
      ['The response times shown for each priority are targets, and they apply only where no third party is involved.', 'vague-term'],
      ['The first response for each priority is estimated at fifteen minutes or less.', 'vague-term'],
      ['The Controller may approve further processing informally, for example by a short chat message after the quarterly review, and the Processor is entitled to rely on that approval.', 'verbal-agreement'],
      ['An engineer may agree by phone to support equipment that is not on the asset list, and that agreement brings the equipment within this SLA.', 'verbal-agreement'],
      ['You may cancel your subscription at any time by emailing [email].', 'agreement-to-agree'],
      ['Reports of service problems should go to our support team at [Your Support Contact Information].', 'agreement-to-agree'],
    ]);
  });

  it('spares a deadline for an act and an aim that a guarantee bounds, but not an aim the sentence disclaims', () => {
    spares([
      'Return of all records must be completed within the time the Controller sets, and no more than 30 days after the Agreement ends.',
      'We strive to replace failed hardware at once and, in any event, we guarantee that the replacement is completed within two hours.',
    ]);
    expect(codes('We aim to deliver the best service, but no particular result can be guaranteed.')).toContain('vague-term');
  });
});

describe('common clauses found fine by the judgement check of stop 23', () => {
  it('spares the mitigation standard, dotted leaders to a page number, and bounded or guaranteed aims', () => {
    spares([
      'Each party shall use reasonable efforts to mitigate any loss it suffers.',
      'Each party shall take reasonable steps to mitigate its losses.',
      'Table of contents ........................................ 2',
      'We aim to acknowledge every request within 30 minutes, and in any event we guarantee a first response within 1 hour.',
      'Return of the Customer Data must be completed within 30 days after termination.',
      'Additional services not listed in Schedule 2 may be ordered only by a purchase order signed by the Customer.',
      'Whether to enable optional beta features is at your sole discretion.',
    ]);
    // The standards themselves are still read where they qualify a duty.
    expect(codes('The Supplier shall take reasonable steps to protect the data.')).toEqual(['vague-term']);
    expect(codes('The Supplier shall use reasonable efforts to restore the service.')).toEqual(['vague-term']);
    expect(codes('Signed for the Client: ..................')).toEqual(['agreement-to-agree']);
  });
});

describe('round 19 (stop 23): informal steps in meetings, message threads and chat sessions, course of dealing, writing overridden, discretion over the promise itself', () => {
  it('reads informal steps of more kinds given effect as verbal agreement', () => {
    for (const s of [
      'An audit shall be treated as agreed once the account team has confirmed its scope with the auditor in a video meeting, and no written confirmation of those terms shall be required.',
      'A claim for Service Credits shall be treated as validated where a support agent has acknowledged the outage in an instant-message thread.',
      'Any variation to which a support agent has assented in the course of a live chat session shall bind both parties from the close of that session.',
      'Terms which the Buyer has accepted through its course of dealing with the Supplier shall apply notwithstanding that they are not attached to this Agreement.',
      'Where the Provider has for three months made extra visits without invoicing them, that practice shall be taken to have enlarged the visit allowance.',
    ])
      expect(codes(s), s).toContain('verbal-agreement');
  });

  it('reads a discretion to vary the promise itself, and new vague and deferred wordings', () => {
    for (const s of [
      'The Provider may at any time, acting in its sole discretion, vary, replace or suspend this Ticket Response SLA.',
      'The Supplier shall endeavour throughout the Term to keep the hosting service available.',
      'The Provider shall give notice of scheduled maintenance at the earliest possible juncture.',
    ])
      expect(codes(s), s).toEqual(['vague-term']);
    expect(codes('The parties shall prepare a revised schedule that is mutually agreeable to them.')).toEqual(['agreement-to-agree']);
  });

  it('spares a bounded practicable notice, a fallback written "failing which", scheduling in low-use periods and the competent official', () => {
    spares([
      'Scheduled maintenance will be notified at least 48 hours in advance where practicable and, in any event, not less than 12 hours before it begins.',
      'The parties shall agree the acceptance criteria in writing, failing which the criteria shall be those in Schedule 2.',
      'Maintenance shall be scheduled during periods of low service utilisation.',
      'No change order increasing the price shall become effective unless the increase has been approved by the appropriate County Official.',
      'The Customer may, in its sole discretion, terminate the Services by written notice.',
    ]);
  });
});

describe('round 20 (stop 23): practice treated as agreed, writing overridden, steps in meetings and messaging, satisfaction of one party, more deferred wordings', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Where the Supplier has for months routinely done changes outside Working Hours at no charge, the Client may treat that practice as an agreed term of its service.', 'verbal-agreement'],
      ['Extra work requested by e-mail shall be treated as authorised, notwithstanding that the Order Form requires a signed statement of work for it.', 'verbal-agreement'],
      ['A Subscriber who tells its account executive during a review meeting that it does not wish to renew shall be treated as having given notice of non-renewal.', 'verbal-agreement'],
      ['A migration agreed with you over instant messaging shall be treated as a Planned Migration.', 'verbal-agreement'],
      ['The Contractor shall redo the Deliverables to the Council\u2019s satisfaction within the period the Council specifies.', 'vague-term'],
      ['Work that is unsatisfactory to the City shall be replaced with work satisfactory to the City.', 'vague-term'],
      ['The scope of the ISMS will be as agreed by the parties.', 'agreement-to-agree'],
      ['The Contractor shall report the measures at a mutually agreed timeframe.', 'agreement-to-agree'],
      ['Once a year the parties shall meet to prepare a mutually agreed staffing plan.', 'agreement-to-agree'],
    ]);
  });

  it('spares an aim beyond a promise, a request the sentence denies effect, and the reasonable satisfaction of criteria', () => {
    spares([
      'A Priority 1 ticket will be resolved within four business hours, and we will always endeavour to resolve tickets sooner than the stated times.',
      'A request to cancel made by e-mail or by telephone does not of itself cancel your account.',
      'The Software is accepted when it performs to the satisfaction of the criteria in Schedule 4.',
      'The Deliverables shall be completed to the satisfaction of the Customer, acting reasonably.',
      "The Supplier shall remedy the defect to the Customer's reasonable satisfaction.",
      'Acceptance occurs when the Software passes the Acceptance Tests to the satisfaction of the Customer.',
    ]);
  });
});

describe('round 21 (stop 23): messages and reviews as informal steps, discretion over timing, target values, bounded purposes', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Any alternative window you arrange with our technician by WhatsApp message shall replace the access times in clause 3 without further formality.', 'verbal-agreement'],
      ['Where new rates have been discussed at a quarterly business review with the Customer, its continued use shall be taken as its agreement to them.', 'verbal-agreement'],
      ['The contact limit may be raised by arrangement with our team over the phone, the higher number applying from the date of the call.', 'verbal-agreement'],
      ['Emergency maintenance may be carried out with little notice whenever Hostco considers it necessary.', 'vague-term'],
      ['New releases will be supplied once the Vendor considers them ready for general distribution.', 'vague-term'],
      ['The response times stated below are target values only.', 'vague-term'],
    ]);
  });

  it('spares a purpose that bounds the standard', () => {
    spares([
      'The Processor shall process Personal Data only so far as necessary to provide the Services.',
      'The Processor shall keep records sufficient to show its compliance with this Addendum for three years.',
      // The effect stands in another part of the sentence (found by the judgement check of round 21).
      'Customers may contact us by WhatsApp message for general questions; orders are accepted only through the portal.',
    ]);
  });
});

describe('round 22 (stop 23): messaging apps and shared channels, practice over time, approvals through a support line, silence in a call', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Instructions that an administrator sends through Telegram or WhatsApp shall count as the Clinic\u2019s instructions.', 'verbal-agreement'],
      ['Maintenance windows your contact agrees with us in our shared Slack channel count as scheduled maintenance.', 'verbal-agreement'],
      ['Extra site visits may be approved by the technician on duty when the Customer rings the support line, and any visit so approved shall be billed at the standard rate.', 'verbal-agreement'],
      ['A new subprocessor shall be taken as authorised where the Data Protection Officer raised no objection to it during the quarterly review call.', 'verbal-agreement'],
      ['Where weekend work has in practice been carried out for three months without objection, those weekends shall be deemed agreed maintenance windows.', 'verbal-agreement'],
      ['A request made by a care coordinator in a phone call shall be sufficient authority to share the data.', 'verbal-agreement'],
      ['The help desk will make every attempt to carry out the steps within its responsibility.', 'vague-term'],
      ['The first-contact time for low-priority tickets is left to the discretion of the IT department.', 'vague-term'],
      ['The escalation time shall be determined by the Supplier and the Customer at a later date.', 'agreement-to-agree'],
    ]);
  });

  it('spares the GDPR wording of testing and a fallback written "failing one"', () => {
    spares([
      'The Processor shall maintain the measures in Appendix 2, including a process for regularly testing, assessing and evaluating their effectiveness.',
      'If the Customer objects, the parties will work towards a mutually acceptable solution and, failing one, the Customer may terminate the affected Services.',
      'Support requests can be logged by telephone and are handled within 4 hours.',
    ]);
  });
});

describe('an efforts standard with a hard limit that applies in any event (judgement check on a contract from real terms, stop 23)', () => {
  it('is spared, while efforts toward a deadline alone are still vague', () => {
    spares([
      'The Provider will use commercially reasonable efforts to restore service as soon as practicable after an incident, and in any event within 4 hours.',
      'The Supplier will endeavour to respond promptly and in any event within 24 hours.',
    ]);
    expect(codes('The Provider will use commercially reasonable efforts to restore service within 4 hours.')).toEqual(['vague-term']);
  });
});

describe('round 23 (stop 24): template conventions and negotiations with criteria only', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Monthly availability of at least 99.x % is guaranteed for the production tier.', 'agreement-to-agree'],
      ['Incidents are reported to security@yourcompany.com and acknowledged within one hour.', 'agreement-to-agree'],
      ['Support is delivered to the staff of [hospital name] on working days.', 'agreement-to-agree'],
      ['[Option B: the Provider hosts the backups in a second data centre in the same country.]', 'agreement-to-agree'],
      ['After the pilot, the renewal price is to be negotiated based on the number of sites then connected.', 'agreement-to-agree'],
      ['Before go-live the client and Movetrack are to come to an agreement on the interfaces to be built.', 'agreement-to-agree'],
    ]);
  });

  it('spares version wildcards, real addresses, kept brackets and values settled by criteria', () => {
    spares([
      'The platform supports TLS 1.x and PHP 8.x only.',
      'Availability of 99.9 % is measured monthly.',
      'Notices go to legal@acme-hosting.com.',
      'The Supplier shall comply with [Reserved] and clause 7.',
      'If the Customer so requests [see clause 4: notices], the Supplier shall respond within two business days.',
      'Fees for additional users are set according to the rate card in Schedule 2.',
      'If the Customer and Acme disagree about a charge, it is referred to the steering committee.',
    ]);
  });
});

describe('round 24 (stop 24): mitigation of loss, practice and calls given effect, joint bodies and topics for later, conclusive determinations', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Orders placed by the store manager during a weekly stand-up video call constitute valid purchase orders.', 'verbal-agreement'],
      ['Our usual practice of replacing handsets on request shall be regarded as agreed between us.', 'verbal-agreement'],
      ['Weekend cover has traditionally been approved by phone, and such cover shall be binding on the Council notwithstanding clause 19 (Variations).', 'verbal-agreement'],
      ['A credit request withdrawn during the monthly service review call shall be effective as a waiver.', 'verbal-agreement'],
      ['The warehouse manager may approve extra pick shifts telephonically, and the Supplier may rely on that approval.', 'verbal-agreement'],
      ['The reporting format shall be as determined by the Steering Committee at its first meeting.', 'agreement-to-agree'],
      ['Data retention periods are a matter for the parties to settle at the next annual review.', 'agreement-to-agree'],
      ['The Buyer and the Contractor shall discuss whether the helpdesk will cover weekends.', 'agreement-to-agree'],
      ['The format and frequency of the reports shall require the agreement of both parties.', 'agreement-to-agree'],
      ['The parties will meet to discuss and decide upon the reporting calendar.', 'agreement-to-agree'],
      ['Faults will be repaired within the quickest possible timeframe.', 'vague-term'],
      ['Whether a request is abusive will be decided by the Provider alone.', 'vague-term'],
      ["The Provider's determination on this point shall be conclusive.", 'vague-term'],
      ['The Supplier will try, where feasible, to notify the Customer first.', 'vague-term'],
      ['We are not responsible for delays caused by events which could not reasonably have been foreseen.', 'vague-term'],
      ['Backups are kept in line with good market practice.', 'vague-term'],
    ]);
  });

  it('spares mitigation of loss, a limit that applies in any case, independent decisions and disagreements taken up at a meeting', () => {
    spares([
      'The Customer shall take reasonable steps to reduce its losses while the outage lasts.',
      'No damages are payable for loss that could reasonably have been avoided.',
      'We will use reasonable efforts to fix the fault and will in any case restore service within 8 hours.',
      "The Expert's determination shall be final and binding on the parties.",
      'Where the parties disagree about an invoice, the item shall be raised at the next monthly meeting and, if it is still disputed, referred to the directors.',
    ]);
    // Mitigating the effect of an event is a duty of performance, and a loss of data is the other party's performance.
    expect(codes('The affected party shall use reasonable endeavours to mitigate the effect of the event.')).toEqual(['vague-term']);
    expect(codes('The Provider will use reasonable efforts to minimise any loss of Customer Data.')).toEqual(['vague-term']);
  });
});

describe('a duty to set up a joint body (judgement check on a contract from real terms, stop 24)', () => {
  it('is spared, while the body deciding a term later, and terms the parties establish later, are still reported', () => {
    spares(['The parties shall establish a Joint Governance Board that meets every quarter.', 'The parties will set up a steering committee within 30 days of the Effective Date.']);
    expect(codes('Service levels shall be as determined by the Joint Governance Board at its first meeting.')).toEqual(['agreement-to-agree']);
    expect(codes('The parties shall establish the service levels at the first quarterly review.')).toEqual(['agreement-to-agree']);
  });
});

describe('round 25 (stop 24): practice in the active voice, overridden signing clauses in other words, calls and presentations, later negotiations in other words', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Where the Supplier has, at the request of the site team, regularly performed weekend patching, that work shall be deemed part of the Services.', 'verbal-agreement'],
      ['Under the established custom of the parties, invoices have been sent quarterly, and that custom shall continue to apply.', 'verbal-agreement'],
      ['Price changes may be accepted by e-mail, notwithstanding clause 14, which requires any variation to be signed by both parties.', 'verbal-agreement'],
      ['Commitments the sales team made during the pitch presentations shall be treated as terms of this Agreement.', 'verbal-agreement'],
      ['The Provider may treat any feature enabled during a phone call as the Client\u2019s order for it.', 'verbal-agreement'],
      ['The Supplier and the Council will open negotiations on the charges for the second year.', 'agreement-to-agree'],
      ['Any extra reports will be designed and priced by joint agreement.', 'agreement-to-agree'],
      ['Travel costs shall be reimbursed as both parties may decide.', 'agreement-to-agree'],
      ['Rates for out-of-scope work will be the subject of negotiations between the Vendor and the Agency.', 'agreement-to-agree'],
      ['Fees for each additional site shall be arrived at when the site is added.', 'agreement-to-agree'],
      ['The Contractor is excused for any delay that is not attributable to the Contractor.', 'vague-term'],
      ['Payment is due once the work is complete to the satisfaction of the Authority.', 'vague-term'],
    ]);
  });

  it('spares a fallback written with "where" or "should" and a discretion that follows "may,"', () => {
    spares([
      'Extra work is charged as the parties agree or, where they do not agree, at the standard rates then in force.',
      'Should the parties fail to agree a new rate within 30 days, the rate is calculated from the published index.',
      'The Client may, at its discretion, ask for a copy of the latest penetration test summary.',
      'Each party shall use all reasonable means to limit any loss it suffers.',
    ]);
  });
});

describe('round 26 (stop 24, on the spent sets): chats and visits given effect, an obligation satisfied by a call, "not later than" is no negation', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Maintenance slots agreed with our engineer in a live chat session take the place of the notice in clause 6.', 'verbal-agreement'],
      ['Scope changes agreed in Microsoft Teams threads are incorporated into the order once posted.', 'verbal-agreement'],
      ['Extra cabling the site manager asks for during a routine visit is to be treated as an approved request.', 'verbal-agreement'],
      ['A breach reported by telephone to the privacy officer shall satisfy the Processor\u2019s written notification obligation.', 'verbal-agreement'],
      ['The Customer may cancel by ringing our office not later than 30 days before renewal, and the call is to count as notice.', 'verbal-agreement'],
    ]);
  });

  it('still spares a chat or a visit that is only a channel', () => {
    spares([
      'Questions about invoices can be raised in a live chat session on the portal.',
      'The engineer will record the readings during each quarterly visit.',
      'Notice of termination must be given in writing not later than 90 days before the end of the term.',
    ]);
  });
});

describe('round 27 (stop 24): conferences, check-ins, radio and courses of conduct given effect; negotiations left open in other words; own losses', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Scope changes agreed in a video conference between the leads shall oblige both parties even in the absence of written documentation.', 'verbal-agreement'],
      ['A feature shown at the monthly check-in to which the Client raises no objection shall count as approved.', 'verbal-agreement'],
      ['The site supervisor may order extra shifts by two-way radio, and the Contractor shall be paid for them without any subsequent written confirmation.', 'verbal-agreement'],
      ["Where the Vendor has previously installed updates at no charge, that practice shall continue to oblige the Vendor.", 'verbal-agreement'],
      ['Support fees after the first year will be subject to good faith negotiations between the parties.', 'agreement-to-agree'],
      ['The pricing of the second phase is left for negotiation once the first phase ends.', 'agreement-to-agree'],
      ['The hand-back plan shall be discussed and settled by the Supplier and the Buyer after go-live.', 'agreement-to-agree'],
      ['The Parties shall fix the escalation matrix at the first steering meeting.', 'agreement-to-agree'],
      ['The Provider is not liable for delays arising from reasons outside of its own will.', 'vague-term'],
      ['The deliverable is accepted once the Provider is satisfied that it works.', 'vague-term'],
    ]);
  });

  it('spares mitigation of its own costs and losses, and a soft standard with a limit that applies in all circumstances', () => {
    spares([
      'The Contractor shall mitigate, to the extent commercially practicable, its own costs arising from any suspension.',
      'Each party shall take every reasonable step to limit those losses.',
      'Support will respond quickly to urgent tickets and shall in all circumstances give a first response within 30 minutes.',
    ]);
  });
});

describe('round 28 (stop 25): decisions by two parties however named, documents the parties intend to conclude, terms that bind once agreed; channels whose words are relied on', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The migration fee will be established by Norvik and the Licensee through consultation at the relevant time.', 'agreement-to-agree'],
      ['Test scripts shall be worked out by the Contracting Authority and the Supplier together during the pilot.', 'agreement-to-agree'],
      ['Overage rates will be determined in a good-faith discussion between Tallinn Data and the Customer.', 'agreement-to-agree'],
      ['Business Associate and Covered Entity will agree in the future upon a retention schedule for archived backups.', 'agreement-to-agree'],
      ['Client and Contractor shall fix the monthly rate for each further depot when it is added.', 'agreement-to-agree'],
      ['Premium support levels will be specified in an addendum which the parties plan to sign.', 'agreement-to-agree'],
      ['The Parties will confirm the reporting contacts at a later date.', 'agreement-to-agree'],
      ['The quoted design does not bind either party until the two of them have agreed it.', 'agreement-to-agree'],
      ['The cut-over sequence is a matter for the project steering committee to resolve.', 'agreement-to-agree'],
      ['The Supplier may treat a message posted by the Buyer in the project Slack channel as approval for release.', 'verbal-agreement'],
      ['Changes to the backup schedule become effective once they have been discussed with the account manager, whether or not a ticket is opened.', 'verbal-agreement'],
      ['Licences enabled after a conversation with the reseller bind the Customer even if no order form is signed.', 'verbal-agreement'],
      ['Assurances given by our solutions engineer during the pilot about hosting in Finland bind the Provider.', 'verbal-agreement'],
      ['The Processor is not liable for late deletion caused by technical constraints outside its control.', 'vague-term'],
      ['Resolution times in Annex C are estimates only and shall not be construed as contractual commitments.', 'vague-term'],
      ["Kestrel may suspend the account if, in Kestrel's opinion, the Customer has breached the usage policy.", 'vague-term'],
    ]);
  });

  it('reports a timing word, a deemed effect or the words of an oral statement once, with the problem they belong to', () => {
    const once = (text: string) => findLexiconMatches(text).map((m) => m.entry.code);
    expect(once('Any change to the tariff is to be discussed between the parties in good time before each renewal.')).toEqual(['agreement-to-agree']);
    expect(once('Approval given by the IT lead in the team chat is accepted as sufficient authorisation for extra licences.')).not.toContain('vague-term');
    expect(once('The module shall be regarded as accepted once the harbour master has stated, in the review meeting, that it is satisfactory.')).not.toContain('vague-term');
  });

  it('spares duties, one agent, fallbacks, defects fixed and a support line', () => {
    spares([
      'The Parties will confirm receipt of each notice within two Business Days.',
      'The Parties shall fix the defects found in acceptance testing before go-live.',
      'The fee will be set by the Supplier and notified to the Customer each year.',
      'Changes to the scope take effect only once both parties have agreed them in writing.',
      'The new rate applies once the parties have agreed it; failing agreement within 30 days, the current rate continues.',
      'Incidents reported by phone will be worked on whether or not a ticket is opened.',
      'The Customer may terminate if, in its reasonable opinion, the Supplier has materially breached clause 4.',
      'Any change to this DPA is valid only if it bears the signatures of both Parties, oral agreements being excluded.',
    ]);
  });
});

describe('round 29 (stop 25): joint bodies, open negotiations, overridden signing clauses, conversations in other words, clause headings', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The reporting format shall be settled by the Joint Operations Board at a later date.', 'agreement-to-agree'],
      ['Charges for the third data centre remain open for negotiation.', 'agreement-to-agree'],
      ['Should the Client want a standby site, the parties will discuss its cost and reach terms on it before it is built.', 'agreement-to-agree'],
      ['Travel costs shall be shared between the parties as they may agree at the time.', 'agreement-to-agree'],
      ['Onboarding for new branches will be provided on terms that you and we will work out when needed.', 'agreement-to-agree'],
      ['The retention periods are to be laid down by common accord of the Parties in a later protocol.', 'agreement-to-agree'],
      ['Extra report runs requested in the chat will be invoiced, even though clause 7 requires extra services to be ordered on a signed form.', 'verbal-agreement'],
      ['Fees that the account director waives in an email are waived, despite Section 9.2 requiring waivers to be signed.', 'verbal-agreement'],
      ['A credit claim acknowledged at the quarterly review meeting shall be paid even though no written claim was submitted.', 'verbal-agreement'],
      ['The product owner may approve extra stories during sprint planning, and the Supplier may bill them without any further call-off order.', 'verbal-agreement'],
      ['A waiver agreed in the course of a monthly review call shall be effective notwithstanding clause 14.', 'verbal-agreement'],
      ['Add-ons you request when speaking with our success team take effect at once.', 'verbal-agreement'],
      ['Representations made by the account director in pre-sale meetings are incorporated into this Agreement.', 'verbal-agreement'],
      ['Promises voiced by our sales representatives bind us even where they are not reproduced in this agreement.', 'verbal-agreement'],
      ['This Addendum is not intended to create legally binding obligations.', 'vague-term'],
      ['The indicators in this Annex shall not be contractually binding.', 'vague-term'],
      ['The Processor shall help with audits to the extent the Processor deems feasible.', 'vague-term'],
      ["We'll try to finish the nightly run before 6 am.", 'vague-term'],
      ['Helpdesk staffing shall be sufficient to meet the demands of the finance teams.', 'vague-term'],
      ['Acceptance shall be attested by the inspector at his exclusive discretion.', 'vague-term'],
      ['Whether a ticket is resolved shall be determined by the Provider exercising its own judgement.', 'vague-term'],
      ["Backups are deleted once, in the Processor's view, they are no longer needed.", 'vague-term'],
      ['Whether a customer request concerns a defect is for us to decide in our sole judgment.', 'vague-term'],
      ['Throughput of the export module depends on platform load and is not guaranteed.', 'vague-term'],
      ['Service levels may be adjusted by the Ministry in line with its operational needs.', 'vague-term'],
    ]);
  });

  it('spares a clause heading, own damage limited, a writing requirement kept and a right', () => {
    spares([
      'Neither party is responsible for failures caused by the events listed in Section 15 (Events Outside Our Control).',
      'The Customer must do what it reasonably can to limit any damage it suffers from an outage.',
      'The product owner may approve stories during sprint planning, but work starts only once a signed call-off order is issued.',
      'Requests made when speaking with our support team are logged as tickets.',
      'The costs shall be allocated between the parties as they may agree in writing.',
      'Staffing must be sufficient to meet the volumes in Schedule 3.',
      'The Customer may, in its view, request a second copy.',
      "We'll respond within 4 hours.",
    ]);
  });

  it('spares work quoted separately that goes ahead only once approved in writing (judgement check, stop 25)', () => {
    spares(['Any other work outside the scope will be quoted separately and proceeds only after the Client has approved the quote in writing.']);
    readsAs([['The rate for each renewal term will be discussed and agreed with the client before the renewal date.', 'agreement-to-agree']]);
  });
});

describe('round 30 (stop 25): terms thrashed out or scoped later, consultations, fees discussed with you; opinions as intervals; a channel whose orders are paid for; a right at a discretion', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The service credits are something the parties will thrash out after signature.', 'agreement-to-agree'],
      ['Data migration will be scoped and priced by the parties at a later stage.', 'agreement-to-agree'],
      ['The Parties shall hold consultations on price indexation in the third year.', 'agreement-to-agree'],
      ['If usage exceeds the plan, we will discuss an overage fee with you.', 'agreement-to-agree'],
      ['Support pricing will be reviewed jointly by the parties ahead of each renewal.', 'agreement-to-agree'],
      ['Milestone payments are to be confirmed in a plan that the parties will sign off after the start date.', 'agreement-to-agree'],
      ['Extensions to further sites shall take place on terms fixed by mutual accord.', 'agreement-to-agree'],
      ['Logs are archived at intervals we see fit.', 'vague-term'],
      ["Response targets depend on the Provider's own assessment of each incident.", 'vague-term'],
      ['Engineers will attend as quickly as circumstances permit.', 'vague-term'],
      ['The uptime figures are planning targets and shall not be construed as a guarantee.', 'vague-term'],
      ['The service levels in Annex 2 are objectives, and failure to attain them shall not constitute a breach.', 'vague-term'],
      ['Dashboards refresh at a frequency that depends on how often the carriers publish data.', 'vague-term'],
      ['Statements about how quickly the Supplier would respond made by its business development staff form part of this Agreement.', 'verbal-agreement'],
      ['Emergency works ordered by the duty officer by radio or mobile phone shall be paid at the emergency rates.', 'verbal-agreement'],
      ["The Processor may appoint a new subprocessor if the Controller's officer raises no objection during a telephone briefing.", 'verbal-agreement'],
      ['Seats confirmed in the chat count as ordered, even though the Order Form states that changes require a signed amendment.', 'verbal-agreement'],
      ['Instructions may be given by word of mouth, and the Processor shall act on them without awaiting written confirmation.', 'verbal-agreement'],
      ["Where the practice manager tells the vendor's support staff that an export is authorised, the vendor may run it and charge the fee.", 'verbal-agreement'],
      ["Any commitment to a higher tier made by the Provider's sales representative in pre-contract discussions shall bind the Provider.", 'verbal-agreement'],
    ]);
    expect(codes('Statements about how quickly the Supplier would respond made by its business development staff form part of this Agreement.')).not.toContain('vague-term');
  });

  it('spares an excuse that names its clause, a right at a discretion, a request with no effect, and visits priced but not ordered', () => {
    spares([
      'We and you are each excused from delays caused by events beyond reasonable control as described in Section 17.',
      'The Client may, at its discretion, ask for on-site service reviews at no extra charge.',
      'The Authority shall have the right, at its discretion, to extend the term by written notice given at least 60 days before expiry.',
      'On-site visits beyond four hours a month will be charged at the standard hourly rate.',
      'Support calls by phone will be charged at the standard rate.',
      'We may refuse or cancel any order at any time in our sole discretion.',
    ]);
  });

  it('still reports a discretion, given as a right, to withhold what the other party is owed', () => {
    readsAs([['The Provider shall be entitled, at its own discretion, to withhold from any audit such information as it considers sensitive.', 'vague-term']]);
  });
});

describe('round 31 (stop 25): prices agreed with you, negotiations and consensus, joint decisions; judgements of one party in other words; silence, validity and overridden forms', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ["If you need training, we'll provide it at a price we agree with you once your needs are known.", 'agreement-to-agree'],
      ['Extra storage will be priced under a separate negotiation between the parties.', 'agreement-to-agree'],
      ['The venues for the workshops shall be the subject of a future mutual agreement between the Parties.', 'agreement-to-agree'],
      ['The parties shall meet each year to review and, by consensus, reset the targets.', 'agreement-to-agree'],
      ["Fees for the premium tier will be set out in a quote that we'll work out together with you.", 'agreement-to-agree'],
      ['Integration work will be supplied on terms the parties arrive at together later.', 'agreement-to-agree'],
      ['The change window will be chosen at a later date by the two service managers.', 'agreement-to-agree'],
      ['The day rates shall be reviewed and approved by the Agency and the Supplier together.', 'agreement-to-agree'],
      ['Acceptance shall be assessed by the Agency according to its own judgement.', 'vague-term'],
      ['The milestones are of an indicative nature, and failure to observe them shall not constitute a breach.', 'vague-term'],
      ['No credit accrues for degradation caused by matters the Provider, acting reasonably, regards as beyond its influence.', 'vague-term'],
      ['Support hours may be reduced during periods of high demand elsewhere in the business.', 'vague-term'],
      ['Availability may fall below the stated level during periods of exceptional demand.', 'vague-term'],
      ['Licensor shall provide such training as Licensor considers necessary.', 'vague-term'],
      ['The Holder is bound only by an obligation of means as regards availability.', 'vague-term'],
      ['We may adjust the storage limits of your workspace as we see fit.', 'vague-term'],
      ['Orders placed by telephone shall bind the Contractor, and written confirmation shall follow only if the Contractor asks for it.', 'verbal-agreement'],
      ["The Controller's consent to a new sub-processor is validly given if expressed to the account manager during a meeting.", 'verbal-agreement'],
      ['Work done on the instruction of the contract manager without a Variation Form shall be regarded as an approved Variation.', 'verbal-agreement'],
      ['An extension may be granted by the IT manager in a telephone conversation with the supplier.', 'verbal-agreement'],
      ['Work carried out before a signed Work Order is issued shall be treated as approved if the Authority knew of it.', 'verbal-agreement'],
      ['Approval may be given by the account lead in a video meeting and is effective from the end of that meeting.', 'verbal-agreement'],
      ["Assurances given by the Processor's sales team that the data would never leave the country carry the same force as this DPA.", 'verbal-agreement'],
    ]);
    expect(codes('Exceptions to the acceptable-use limits may be granted by our support team in conversation and will be honoured.')).toEqual(['verbal-agreement']);
  });

  it('spares a denial of sales statements, a decision of one party and an acceptable-use name', () => {
    spares([
      'Statements made by sales staff are not part of this agreement.',
      'The storage tier will be chosen by the Customer at a later date.',
      'The Customer must comply with the Acceptable Use Policy.',
      'The Customer may adjust its own storage limits at any time in the admin console.',
    ]);
  });
});

describe('round 32 (stop 26): decisions approved by both, mutually determined, consulted on or reviewed and agreed; likenesses with no measure, goodwill, "cannot" in an escape; channels by radio, in passing, a plan moved by a word', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The cut-over plan shall be approved by both Parties at a later stage.', 'agreement-to-agree'],
      ['Storage beyond 5 TB shall be charged as mutually determined by the parties.', 'agreement-to-agree'],
      ['The Parties shall consult on the hosting rates for the second term and record the result in an amendment.', 'agreement-to-agree'],
      ['Every year the parties shall review the rate card and agree any adjustment to the prices.', 'agreement-to-agree'],
      ['The retention period for the audit logs shall be the subject of a later decision of both Parties.', 'agreement-to-agree'],
      ['Decommissioning costs will be dealt with in an addendum that the parties shall conclude before the end of the term.', 'agreement-to-agree'],
      ['Responsibility for the old scanners will be allocated by the parties in a later change note.', 'agreement-to-agree'],
      ['The reporting KPIs shall be fixed by the Joint Steering Committee in the course of the implementation.', 'agreement-to-agree'],
      ['Backups of the archive shall be erased once they are no longer required.', 'vague-term'],
      ['Each subcontractor shall accept confidentiality terms that the Supplier considers equivalent to these.', 'vague-term'],
      ['Subcontractors shall be bound by security obligations substantially similar to those of this Schedule.', 'vague-term'],
      ['Response capacity will be kept at a level consistent with local network conditions.', 'vague-term'],
      ['Migration support is provided on a goodwill basis.', 'vague-term'],
      ['No credit is due for outages caused by events we cannot reasonably control.', 'vague-term'],
      ['The Supplier is excused from the fix times whenever circumstances occur which the Supplier was unable to influence.', 'vague-term'],
      ['We determine, acting in good faith, whether a reported defect is one we must remedy.', 'vague-term'],
      ['A second-line engineer is assigned where, in the view of the duty manager, the incident requires it.', 'vague-term'],
      ['Peak throughput depends on the number of concurrent users and cannot be guaranteed.', 'vague-term'],
      ['The Provider will give the Customer adequate warning of any planned outage.', 'vague-term'],
      ['Onboarding sessions for new staff shall be held to the extent needed.', 'vague-term'],
      ['Such routine changes as are customary in the market are included in the fee.', 'vague-term'],
      ['Extra callouts requested by the site foreman over the radio shall be logged and paid as Additional Services.', 'verbal-agreement'],
      ['Consent to a new analytics use given by the client lead in a casual exchange with our account team is sufficient authorisation.', 'verbal-agreement'],
      ['You may move to a larger plan simply by telling your account manager, and the new price applies from that day.', 'verbal-agreement'],
      ['Instructions may be given by telephone, and the Processor shall act on them without awaiting written confirmation.', 'verbal-agreement'],
      ['A refund request shall be treated as withdrawn if the customer contact says on a review call that it will not be pursued.', 'verbal-agreement'],
      ['Weekend cover the event manager requests by telephone shall be chargeable at the rate card as if it had been ordered by Purchase Order.', 'verbal-agreement'],
    ]);
  });

  it('spares a denial of oral undertakings, an independent opinion, a bounded deletion, a form named by the contract and a third-party disclaimer', () => {
    spares([
      "Oral undertakings by the Supplier's sales staff do not form part of this Agreement and have no contractual effect.",
      'The fee shall be adjusted as determined by the parties in the Order Form.',
      'Disputes about the invoice shall be settled in the opinion of an independent expert appointed by the parties.',
      'Personal data shall be deleted within 30 days once it is no longer needed.',
      'The Customer may consult the Supplier on the roadmap at any time.',
      'Nothing in this Agreement is intended to give rise to any liability to third parties.',
      'The Supplier shall issue a credit note in the form set out in Schedule 4.',
    ]);
  });
});

describe("an optional space in a row pattern (' ?')", () => {
  it('matches the word written together and apart, as the pattern says (it once required the space)', () => {
    expect(phrases('The Supplier shall give reasonable cooperation to the auditors.')).toEqual(['reasonable cooperation']);
    expect(phrases('The Supplier shall give reasonable co-operation to the auditors.')).toEqual(['reasonable co-operation']);
    expect(codes('Changes agreed in a videoconference shall bind the parties.')).toEqual(['verbal-agreement']);
    expect(codes('No credit is due for outages caused by events we cannot reasonably control.')).toEqual(['vague-term']);
  });
});

describe('round 33 (stop 26): documents still to conclude, dates mutually determined, "XX days"; levels changed at will, likenesses to what others customarily achieve; channels still to come, webinars, walk-throughs, forms not issued, use of a new service as its order', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Agreement will be reached later on how the migration costs are to be shared.', 'agreement-to-agree'],
      ['The fee for extra sites shall be as negotiated by the parties.', 'agreement-to-agree'],
      ['Each new depot will carry a charge that both sides are yet to confirm.', 'agreement-to-agree'],
      ['Security measures: to be specified in an annex which the parties will sign before go-live.', 'agreement-to-agree'],
      ['The reporting pack will be defined in a protocol that the Health Board and the Supplier will conclude before testing.', 'agreement-to-agree'],
      ['Export formats will be specified in a future technical addendum.', 'agreement-to-agree'],
      ['Releases shall happen on dates mutually determined by the Council and the Contractor each quarter.', 'agreement-to-agree'],
      ['The vendor will patch critical flaws within XX days of notice.', 'agreement-to-agree'],
      ['The list of approved tools shall be approved jointly at a later meeting.', 'agreement-to-agree'],
      ['KPIs will be defined by a joint steering committee within the first 60 days.', 'agreement-to-agree'],
      ['The conditions of use of the add-on shall be discussed and defined in a future addendum.', 'agreement-to-agree'],
      ['The access controls in Annex 2 may be modified by the Processor unilaterally at any time.', 'vague-term'],
      ['The Vendor may modify or discontinue features of the portal at its sole discretion.', 'vague-term'],
      ['The Host may revise the service levels by posting a new version on its website.', 'vague-term'],
      ['The Provider reserves the right to adjust the resolution targets whenever it considers an adjustment warranted.', 'vague-term'],
      ['Latency shall be consistent with what comparable exchanges in the region customarily achieve.', 'vague-term'],
      ['The Supplier shall keep a level of service in keeping with the standards generally observed in the sector.', 'vague-term'],
      ['The Contractor shall recalibrate the gauges as and when conditions call for it.', 'vague-term'],
      ['Training shall be given as and when required.', 'vague-term'],
      ['The Service is provided with the level of care we consider customary for such software.', 'vague-term'],
      ['The descriptions in this Annex do not of themselves bind the Provider to any particular standard of performance.', 'vague-term'],
      ['No credit is due where fog or other conditions it cannot control prevent the survey flight.', 'vague-term'],
      ['Continued log-ins after being told of new fees in a webinar shall be treated as acceptance of those fees.', 'verbal-agreement'],
      ['If the Agency raises no objection at the site walk-through, the revised layout shall be regarded as approved.', 'verbal-agreement'],
      ['Changes made on the strength of an email from any staff member rank as authorised variations even though no Variation Form has been issued.', 'verbal-agreement'],
      ['Where the Customer keeps using an additional module after we have switched it on, the Customer shall be deemed to have ordered it.', 'verbal-agreement'],
      ['Oral instructions given by the Engineer on site shall be deemed variations and paid for, with no need for subsequent written confirmation.', 'verbal-agreement'],
      ['Discounts offered by our sales team during a demo call apply even where they do not appear on the order form.', 'verbal-agreement'],
      ['Authorisation for the Processor to engage a new hosting sub-processor may be given by the data lead during a telephone call.', 'verbal-agreement'],
    ]);
  });

  it('spares changes with notice or consent, fallbacks in the conditional, bounded costs, rights with their discretion and support channels', () => {
    spares([
      'We may amend the service levels by giving at least 30 days\u2019 notice.',
      'The Provider may change the response times only with the Customer\u2019s prior written consent.',
      'Should the parties be unable to settle the price within twenty days, the prices in the Tender shall govern.',
      'If the Controller objects and the parties fail to reach agreement within 30 days, the Controller may terminate the service.',
      'Should the parties be unable to agree a new fee within 45 days, the fee then in force stays unchanged.',
      'The Contractor shall bear reasonable travel costs, subject to a ceiling of USD 3,000 per visit.',
      'Reasonable expenses shall be reimbursed, subject to a cap of THB 100,000 per year.',
      'The Customer may, at any time and in its sole judgement, ask for additional licences, which the Provider shall activate within two Business Days.',
      'Where the Operator, at its sole discretion, decides to close a zone, the MSP shall isolate the terminals within 30 minutes.',
      'The Provider shall send monitoring reports regularly, being not less than once per calendar month.',
      'Support for administrators is offered by phone and by email during business hours.',
      'Events beyond a Party\u2019s reasonable control, such as war or epidemic, release that Party from liability for as long as they last.',
    ]);
  });
});

describe('round 34 (stop 26): committees that set whatever they agree, discussions with a view to settling, order forms still to execute; spheres of influence, levels in keeping with practice, aspirations not to be read as undertakings; confirmations at meetings, radio instructions as variations, informal excuses', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['From year 3 the fee shall be set at whatever level the joint committee agrees.', 'agreement-to-agree'],
      ['The Council and the Contractor will enter into discussions with a view to settling the price of extra sites.', 'agreement-to-agree'],
      ['Service levels for premium plans will be set in an order form that the parties will execute in due time.', 'agreement-to-agree'],
      ['The KPIs will be reviewed and established by the Contract Management Board once baseline data are available.', 'agreement-to-agree'],
      ['The go-live date shall be fixed by the Authority in consultation with the Contractor.', 'agreement-to-agree'],
      ['No credit accrues where the cause lies outside the Provider\u2019s sphere of influence.', 'vague-term'],
      ['The Provider is not in breach for bookings missed owing to circumstances over which it has no control.', 'vague-term'],
      ['Maintenance will be notified with fair advance warning.', 'vague-term'],
      ['The descriptions below express the Provider\u2019s aspirations and are not to be read as binding undertakings.', 'vague-term'],
      ['The dates in this plan are planning guidance and are not contractual deadlines.', 'vague-term'],
      ['Data shall be uploaded with whatever frequency its own site manager considers fitting.', 'vague-term'],
      ['Performance of the ticketing service used by the venue box office shall be consistent with the load conditions prevailing at the time.', 'vague-term'],
      ['Response times for faults in the hosted logbook will be in keeping with the Provider\u2019s customary operating practice.', 'vague-term'],
      ['The Contractor will, insofar as circumstances permit, pay out transfers on the distribution dates.', 'vague-term'],
      ['The Provider reserves the right to revise the uptime levels whenever it determines that operational needs so require.', 'vague-term'],
      ['We may change the platform\u2019s features whenever we choose by posting new terms on our site.', 'vague-term'],
      ['Incidents will be dealt with within the Contractor\u2019s usual turnaround, which may vary with workload.', 'vague-term'],
      ['Milestones are regarded as signed off once the Customer\u2019s project lead confirms them at a weekly progress meeting.', 'verbal-agreement'],
      ['Any instruction from the duty controller, whether given by radio or telephone, shall constitute a valid variation of the Services.', 'verbal-agreement'],
      ['Acceptance of a credit settlement at a monthly review meeting operates as a full waiver of further claims, whether or not the meeting is minuted.', 'verbal-agreement'],
      ['The operations director may informally excuse the Provider from its reporting obligation.', 'verbal-agreement'],
      ['Where the manager signals approval by email of a change to the caseload limits, that email constitutes a Contract Variation notwithstanding clause 18.', 'verbal-agreement'],
      ['If the Customer keeps using extra monitored nodes that the Provider added following a Slack message, the Customer is taken to have ordered them.', 'verbal-agreement'],
      ['Where the representative says on a site visit that an installation is satisfactory, it is to be treated as accepted for payment.', 'verbal-agreement'],
    ]);
  });

  it('spares named standards in capitals, bounded replacements and insurance, a fallback of restraint and a clause overridden for other ends', () => {
    spares([
      'The Provider shall use appropriate security controls that meet the Victorian Protective Data Security Standards.',
      'Failed drives shall be replaced as soon as practicable, but no later than the next business day after the alert.',
      'The MSP shall maintain adequate insurance cover, being not less than USD 2 million per claim.',
      'Should the parties be unable to agree the list of sub-processors, the Processor shall not engage any sub-processor until agreement is reached.',
      'Notwithstanding clause 18, the Customer may terminate this Agreement on 30 days\u2019 written notice.',
    ]);
  });
});

describe('round 35 (stop 26): messages and hotlines as order channels, reassurances at workshops, continued use after a demo; memoranda still to sign, panels and committees that settle; evolving policies, unforeseen difficulties, such period as is necessary', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Our fees for storing more than five years of history will be discussed with you once you reach that limit.', 'agreement-to-agree'],
      ['Credits shall be computed under a methodology which a subsequent service level memorandum between the parties is to set out.', 'agreement-to-agree'],
      ['The unit price for each monitored site shall be reviewed with the Supplier at the close of each financial year.', 'agreement-to-agree'],
      ['Service levels for the premium module will be documented in a separate SLA which the parties are to execute.', 'agreement-to-agree'],
      ['Service levels shall be as the Steering Committee may jointly settle.', 'agreement-to-agree'],
      ['Exit assistance will be given on terms to be set out in an exit plan that the parties intend to prepare together.', 'agreement-to-agree'],
      ['The security measures will be described in Annex II, which the parties are to complete before any transfer.', 'agreement-to-agree'],
      ['The unit price for the later years shall be fixed by a price-review panel convened under the framework agreement.', 'agreement-to-agree'],
      ['Any uplift to the storage charges will be discussed by the parties at the contract anniversary.', 'agreement-to-agree'],
      ['Data sharing will be the subject of a memorandum of understanding to be signed later.', 'agreement-to-agree'],
      ['The Provider may revise the uptime commitment whenever it thinks fit.', 'vague-term'],
      ['The Contractor shall provide such training as may be necessary for effective use of the system.', 'vague-term'],
      ['The Supplier shall run the alert service consistently with the Department\u2019s operational requirements as those evolve.', 'vague-term'],
      ['We will hold enough spare hardware in stock to swap out failed loggers.', 'vague-term'],
      ['Personal data shall be kept for such period as is necessary for the purposes of processing.', 'vague-term'],
      ['The Provider shall not be held to the schedule where unforeseen operational difficulties arise.', 'vague-term'],
      ['The service levels may be amended by the Supplier whenever it chooses by posting a notice on the portal.', 'vague-term'],
      ['The commitments in Annex II describe the Processor\u2019s intended practices and are not contractual undertakings.', 'vague-term'],
      ['Service credits are payable only where the Provider, acting honestly, concludes that an outage was attributable to its own infrastructure.', 'vague-term'],
      ['Reassurances about encryption given by the Processor\u2019s engineer at the kick-off workshop form part of the security commitments.', 'verbal-agreement'],
      ['Continued use of the module after the product demonstration at which the new fees were shown shall amount to acceptance of those fees.', 'verbal-agreement'],
      ['The Customer may order additional nodes by instant message to the field engineer, and each node so requested becomes billable.', 'verbal-agreement'],
      ['A Slack message from the Customer asking for additional seats constitutes a binding Order.', 'verbal-agreement'],
      ['The Supplier may add seats on the strength of a WhatsApp message from the Registry, and those seats shall be paid for at the Call-Off rate.', 'verbal-agreement'],
      ['A WhatsApp message from the coordinator approving an extra site is enough authority for the MSP to invoice that site.', 'verbal-agreement'],
      ['The duty officer may approve exclusions from the uptime calculation through the Provider\u2019s support hotline, and such an exclusion applies without any further documentation.', 'verbal-agreement'],
      ['Additional replicas may be ordered over the live chat channel, and each such chat request is a valid Order.', 'verbal-agreement'],
      ['Where a change is discussed on a Teams call and the Client has not objected by the end of the call, the MSP may proceed and charge accordingly.', 'verbal-agreement'],
      ['The Counsel may approve minor departures from the specification in conversation with the lead developer, and such departures shall not amount to a breach.', 'verbal-agreement'],
      ['Confirmation given by the account manager at the kick-off workshop that the data never leaves the Territory shall be treated as a contractual commitment.', 'verbal-agreement'],
      ['Work that the registry orders through the helpline is payable even though no written task order was raised.', 'verbal-agreement'],
      ['In a phone conversation the privacy officer may permit the Business Associate to disclose PHI to a new contractor, and no further authorisation is then required.', 'verbal-agreement'],
    ]);
  });

  it('spares informal enquiries answered, named ciphers, a percentage that caps nothing, bounded charges, an outer limit and what the parties agree is adequate', () => {
    spares([
      'The MSP shall answer informal email enquiries within two Working Days, though no such reply amends this Agreement.',
      'Provider shall encrypt data at rest with AES-256 and in transit with TLS 1.2 or later, which the parties agree constitutes adequate security.',
      'Reasonable additional charges apply only at the rates in the Price Schedule and never exceed 15% of the annual fee.',
      'The Supplier shall deliver the reports promptly, the outer limit being 5 working days after each inspection.',
      'Where an unforeseen problem means the estimate will be exceeded, we will contact you first.',
    ]);
    expect(codes('The parties shall agree such amendments as may be needed to reflect new regulations.')).toEqual(['agreement-to-agree']);
  });

  it('reads a class that a spared class before it in the same expression matched at the same place (it once hid it), and keeps a bare percentage from bounding a soft word', () => {
    expect(codes('Internap may, on reasonable notice, require the Customer to move its Equipment to different space offering reasonably comparable access and environmental conditions.')).toEqual(['vague-term']);
    expect(codes('Availability of 99.9% of the time is pursued with all reasonable commercial effort.')).toEqual(['vague-term']);
    expect(codes('Reasonable travel costs shall be reimbursed.')).toEqual(['vague-term']);
    spares(['The Supplier shall protect the data with appropriate measures that meet ISO27001 and SOC2.']);
  });
});

describe('round 36 (stop 26): appendices still to sign, determined by agreement, dates with XX; usual practices, as often as conditions require, every few minutes, retention as long as necessary; consent given at a meeting, any app\'s message, demonstrations viewed, statements a provider is bound by', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The availability commitment shall be set out in an appendix to be signed by both parties after the pilot.', 'agreement-to-agree'],
      ['The fee for each extra site shall be as determined by agreement between Council and the Contractor.', 'agreement-to-agree'],
      ['Go-live date: XX-XX-2027.', 'agreement-to-agree'],
      ['Sub-processors: [list to follow].', 'agreement-to-agree'],
      ['Volume discounts will be discussed with you on renewal.', 'agreement-to-agree'],
      ['The recovery point objective is left for determination by the Joint Service Board at its first sitting.', 'agreement-to-agree'],
      ['The KPIs are to be drawn up jointly within sixty days of the Effective Date.', 'agreement-to-agree'],
      ['The parties will review the availability threshold for the radar data feed at the end of the rainy season and set the definitive figure then.', 'agreement-to-agree'],
      ['The Supplier shall calibrate the meters with the frequency customary in the industry.', 'vague-term'],
      ['The service levels represent our aspirations and shall not give rise to any liability if they are not achieved.', 'vague-term'],
      ['The Contractor shall maintain the equipment in accordance with its usual practices.', 'vague-term'],
      ['The Contractor shall check the terminals as often as conditions require.', 'vague-term'],
      ['Uptime is a goal and not something we guarantee.', 'vague-term'],
      ['The dashboard will refresh every few minutes.', 'vague-term'],
      ['Scans shall be kept only for as long as is necessary for the purposes of the service.', 'vague-term'],
      ['The MSP will patch the servers in line with its own patching policy, as the MSP chooses to revise that policy.', 'vague-term'],
      ['Alerts shall be relayed to the dashboard without unreasonable latency.', 'vague-term'],
      ['The Operator shall keep the fleet in a presentable condition.', 'vague-term'],
      ['The Processor may start the new processing once the Controller\u2019s representative has given consent thereto at a project meeting, such consent not requiring to be recorded in the minutes.', 'verbal-agreement'],
      ['Routing changes may be requested through a Zalo message, and the Provider shall implement and charge for them as if they were formal change orders.', 'verbal-agreement'],
      ['Where officers keep using a new feature after the demonstration, the feature shall be deemed accepted and subject to the licence fee.', 'verbal-agreement'],
      ['The MSP may treat an instruction from the records supervisor, given in person at the document centre, to purge superseded revisions as sufficient authority for that purge.', 'verbal-agreement'],
      ['Where the manager asks by phone for extra accounts, the MSP may create and bill them on the basis of that call.', 'verbal-agreement'],
      ['Retention rules promised by our implementation consultant during onboarding workshops form part of your subscription even if no written record of them is made.', 'verbal-agreement'],
      ['Approval of the screens shall be regarded as given where the representative has viewed a demonstration and voiced no objection during it.', 'verbal-agreement'],
      ['The Covered Entity may approve a new subcontractor simply by saying so during the monthly governance call.', 'verbal-agreement'],
      ['Where our onboarding specialist told you on a call that the module is free for the first year, we are bound by that statement and will not charge for it.', 'verbal-agreement'],
      ['Extra survey zones indicated to the Contractor by the parks engineer during a site walk shall be surveyed and paid for at the contract rates.', 'verbal-agreement'],
      ['Price changes for the tour tickets may be agreed upon orally between the contact person and the account manager.', 'verbal-agreement'],
    ]);
  });

  it('spares fallbacks named by the parties, bounds in seconds, rights at a discretion, withdrawn beta features, writing set aside and required', () => {
    spares([
      'Should the Government and the Contractor be unable to agree on the charges within sixty (60) days, the matter shall be referred to an expert.',
      'Where the Controller and the Processor fail to agree on the cost of an audit, the standard day rate in Schedule 5 shall apply.',
      'Messages will be delivered as fast as possible, and no fewer than 99.5% of them within 10 seconds.',
      'We may, at our discretion, offer beta features; these may be withdrawn at any time, but your paid features remain subject to the Service Levels.',
      'Audits may be carried out by the Controller as it thinks fit, on giving not less than ten working days\u2019 written notice.',
      'Customer may at its discretion request additional replicas, which the Provider will provision within one business day.',
      'The Provider will use commercially reasonable efforts to maintain availability and, in any event, the API shall be available for at least 99.8% of each month.',
      'Notwithstanding anything said by our sales team, your plan includes only the sites listed in your Order Form.',
      'Any change to the schedule, whether proposed in a meeting, by telephone or otherwise, takes effect only when the Department countersigns it.',
    ]);
  });

  it('reads a time unit as a word: "a Security Incident" and "a minimum" bound nothing', () => {
    expect(codes('Service Provider will let Client know of a Security Incident without undue delay.')).toEqual(['vague-term']);
    expect(codes('The Supplier shall keep downtime within a minimum and respond promptly.')).toContain('vague-term');
  });
});

describe('round 37 (stop 26): runbooks to be drafted later, schedules we will agree with you, terms worked out together, XX%, matters reserved for decision; capacity that must be sufficient, stock that runs low, forecasts without commitment, discretion whenever we judge; video conferences, receptions, fairs, extensions granted by telling', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The MSP and the County shall set out in a separate runbook, to be drafted at a later stage, the escalation path.', 'agreement-to-agree'],
      ['The fees for the add-on are set out in a price schedule which we will issue and agree with you before activation.', 'agreement-to-agree'],
      ['Custom thresholds will be configured on terms we work out together after go-live.', 'agreement-to-agree'],
      ['Uptime Commitment: XX% per calendar month.', 'agreement-to-agree'],
      ['How long the logs may be kept is a matter reserved for decision by the Project Board at a later stage.', 'agreement-to-agree'],
      ['The unit price for each additional kiosk shall be fixed by the Commission after consultation with the Supplier.', 'agreement-to-agree'],
      ['The Contractor shall ensure that the capacity of the gateway is sufficient to process the payment volumes.', 'vague-term'],
      ['The Provider may modify or cut back the functionality of the dashboards as it considers appropriate.', 'vague-term'],
      ['The Contractor shall replenish salt at each depot whenever stock levels run low.', 'vague-term'],
      ['Stock forecasts are indicative, and we make no commitment as to how accurate they will be.', 'vague-term'],
      ['The Provider does not warrant that the gateway will achieve any particular response time.', 'vague-term'],
      ['The Processor shall comply with the Controller\u2019s instructions unless it considers them impractical.', 'vague-term'],
      ['We may suspend or reduce service to a vessel whenever we judge that network conditions call for it.', 'vague-term'],
      ['Personal data shall be kept by the Processor for no longer than is necessary.', 'vague-term'],
      ['Performance will depend on the size of your institution, and we do not commit to any particular processing time.', 'vague-term'],
      ['The Controller may authorise transfers in the course of a video conference with the Processor, and such authorisation takes effect immediately.', 'verbal-agreement'],
      ['The project lead may extend the deadline simply by telling the Contractor so, and any extension granted in that way precludes delay penalties.', 'verbal-agreement'],
      ['A free extension of your trial offered by one of our staff at a trade fair is valid and will be applied to your account.', 'verbal-agreement'],
      ['The councillor may agree at the pool reception to open extra lanes, and that agreement binds the Contractor from that moment.', 'verbal-agreement'],
      ['Any feature that our product team promised you during onboarding calls will be treated as part of your subscription.', 'verbal-agreement'],
    ]);
  });

  it('spares denials of oral consent, limits in all cases, frequencies with a floor, capped amounts and discretions, the client\'s choice and formalities for decisions', () => {
    spares([
      'No authorisation expressed orally or inferred from conduct shall be sufficient.',
      'The Provider shall make reasonable efforts to synchronise the clock and shall in all cases keep the drift below one second per day.',
      'The Contractor shall perform preventive maintenance as often as needed and at least twice a year.',
      'We will reimburse the reasonable costs you incur, up to NT$30,000 per incident.',
      'The Processor may transfer the data only with the Controller\u2019s prior written consent, which the Controller may withhold at its sole discretion.',
      'The Bureau may, as it deems appropriate, ask the Contractor for additional reports, each to be delivered within five working days.',
      'Any decision not recorded in minutes signed by both within seven days shall have no contractual effect.',
      'The Provider may at its discretion perform emergency maintenance, but emergency maintenance shall not exceed two hours in total per month.',
      'Should the Authority and the Contractor fail to agree revised fees at the annual review, the fees then in force shall continue to apply.',
      'Any dispute shall first be talked through informally between the service managers and, if unresolved, either party may refer it to expert determination.',
      'Acceptance occurs when the Agency determines that the Deliverables have passed the Acceptance Tests.',
    ]);
  });
});

describe('round 38 (stop 27): choices by the parties or a joint group later, statements of work and matrices still to prepare, supplementary annexes; frequencies a provider deems necessary, industry norms, operating capacity, best diligence, bounds the provider judges; chat messages that suffice or constitute authorisation, consent given by phone, onboarding undertakings, deemed acceptance after a demonstration', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The retention period for archived footage is to be identified by the parties later.', 'agreement-to-agree'],
      ['The encryption scheme for the sensor data will be chosen by a joint working group of both security officers.', 'agreement-to-agree'],
      ['Extra reports will be delivered at a price that a subsequent statement of work will specify.', 'agreement-to-agree'],
      ['Escalation contacts are left to a joint operations committee.', 'agreement-to-agree'],
      ['The volume discount for the next season will be discussed with the Council ahead of that season.', 'agreement-to-agree'],
      ['Responsibility for the radio links remains to be set out in a responsibility matrix that the parties will prepare together.', 'agreement-to-agree'],
      ['The list of approved hosting sites is to be drawn up jointly in a supplementary annex.', 'agreement-to-agree'],
      ['Backups of the pilot scheduling database shall be taken at whatever frequency the Provider deems necessary.', 'vague-term'],
      ['Tickets will be escalated as and when the service desk judges escalation to be warranted.', 'vague-term'],
      ['The Contractor shall put in place the measures it judges useful to protect the case files.', 'vague-term'],
      ['If the monthly target is missed, the Provider may, if it so decides, grant a credit against the next invoice.', 'vague-term'],
      ['We host the lending platform with availability consistent with industry norms.', 'vague-term'],
      ['Response times will be consistent with the Provider\u2019s prevailing operational capacity at the time a ticket is raised.', 'vague-term'],
      ['The Processor shall help the Controller with access requests to the extent that this is commercially feasible.', 'vague-term'],
      ['The Supplier undertakes to deploy its best diligence so that the relay stays available during opening hours.', 'vague-term'],
      ['Late attendance is excused where the delay arises from matters the MSP could not reasonably be expected to overcome.', 'vague-term'],
      ['The Processor may change the security measures at its discretion, provided it considers that the overall protection is not materially reduced.', 'vague-term'],
      ['The assistance applies only so far as the Processor is reasonably able to do so.', 'vague-term'],
      ['A Slack message from the Supplier\u2019s account director confirming a discount shall suffice to vary the Charges.', 'verbal-agreement'],
      ['A chat message from the data steward confirming the transfer constitutes the Controller\u2019s authorisation for it.', 'verbal-agreement'],
      ['The Controller\u2019s consent to a new sub-processor may be given by phone to the Processor\u2019s privacy officer.', 'verbal-agreement'],
      ['Assurances given by the engineer during onboarding about replacement times are binding on the Provider.', 'verbal-agreement'],
      ['The Customer shall be deemed to have accepted a new catalogue item if it keeps using that item after it has been demonstrated at a service review.', 'verbal-agreement'],
      ['If you keep using the new workflow after our trainer has walked you through it in a live session, you are taken to have approved the change of plan.', 'verbal-agreement'],
      ['You can confirm an upgrade to the Enterprise plan simply by talking to your account manager, and we will bill you from the date of that conversation.', 'verbal-agreement'],
      ['Once a support engineer has confirmed your claim on a call the credit is issued, and no written claim needs to follow.', 'verbal-agreement'],
      ['The Contractor may stop the SLA clock on a ticket whenever the user verbally agrees that restoration can wait.', 'verbal-agreement'],
    ]);
  });

  it('spares a soft word a law named by its number bounds, a form named after onboarding, agreed amendments and an uplift the parties are to settle', () => {
    spares([
      'The Contractor shall apply suitable security measures to the records, namely those required by Act No. 181/2014 on Cyber Security.',
      'Recovery Point Objective: 4 hours, as confirmed in the Onboarding Form.',
    ]);
    // The soft word is part of what the parties are to agree, reported once, as the agreement to agree.
    expect(codes('Should the number of units exceed 400, the parties shall meet to settle in good faith an appropriate uplift to the charges.')).toEqual(['agreement-to-agree']);
    // "Treated as agreed amendments": agreed is what the informal step is treated as, not a term left to agree.
    expect(codes('Exclusions which the project lead accepts in a Teams chat with the service manager are to be treated as agreed amendments to this Schedule.')).toEqual(['verbal-agreement']);
  });
});

describe('round 39 (stop 27): terms worked out at a meeting still to be held, discussed until both sides are ready, finalised in a schedule attached later, fixed in a determination to be issued, approved at a later date; as circumstances permit, to the best of its ability, at times it finds convenient, running smoothly; changes dictated on a bridge call that remain in force, consent in a conversation, telephone confirmation in place of the written one', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Supplier and the Trust shall work out between them, at a meeting to be held in the first year, what the support covers.', 'agreement-to-agree'],
      ['Pricing for large accounts will be discussed with you separately and confirmed when both sides are ready.', 'agreement-to-agree'],
      ['Service levels shall be as finalised between the parties in the Service Level Schedule, which will be attached following contract award.', 'agreement-to-agree'],
      ['The fee for larger councils will be set out in a pricing letter we will agree with you later.', 'agreement-to-agree'],
      ['The rollout plan will be approved at a later date by the Project Steering Board.', 'agreement-to-agree'],
      ['Transaction fees shall be fixed in a pricing determination to be issued by the Department after consultation.', 'agreement-to-agree'],
      ['The detailed specification shall be settled in a supplementary agreement between the City Hall and the Contractor.', 'agreement-to-agree'],
      ['The Provider will attend to faults at the kiosks as circumstances permit.', 'vague-term'],
      ['The Agency shall, to the best of its ability, reconcile the receipts each month.', 'vague-term'],
      ['The portal will be available during business hours, save for periods when the Provider determines that maintenance is required.', 'vague-term'],
      ['Maintenance shall be scheduled at times the Provider finds convenient.', 'vague-term'],
      ['The Supplier shall provide redundancy to the extent it deems economically justifiable.', 'vague-term'],
      ['The Contractor shall respond to urgent queries with the diligence the circumstances require.', 'vague-term'],
      ['The Contractor will monitor the platform with the level of care customary in the sector.', 'vague-term'],
      ['The Contractor shall keep the data pipeline running smoothly throughout the season.', 'vague-term'],
      ['The Contractor shall keep the monitoring system in proper working condition.', 'vague-term'],
      ['The Service Provider undertakes to send a technician within the best possible time.', 'vague-term'],
      ['The Processor shall retain location data only for as long as is needed.', 'vague-term'],
      ['We may change the processing times for notices at any time to reflect our operational needs.', 'vague-term'],
      ['Update frequencies in the product description are approximate and do not bind us.', 'vague-term'],
      ['Availability shown in the app is refreshed periodically, so we cannot promise that a slot shown as free can be booked.', 'vague-term'],
      ['A change to the escalation tree that the coordinator dictates to the duty engineer during an incident bridge call shall remain in force as the agreed configuration.', 'verbal-agreement'],
      ['Where the liaison confirms by telephone that a further sub-processor may be used, the telephone confirmation shall stand in place of the prior written authorisation otherwise required.', 'verbal-agreement'],
      ['Emergency changes may be carried out by the Contractor on a verbal instruction from the coordinator and need not be followed by a written change request.', 'verbal-agreement'],
      ['Where the parks officer asks the Contractor during a site visit to add new plots, the Contractor may carry out and invoice that work without raising a change request.', 'verbal-agreement'],
      ['Any extra vehicles your team asks us to add during a phone call will be set up and billed exactly as if you had ordered them through the portal.', 'verbal-agreement'],
      ['Any assurance of availability that the engineer gives your staff via messenger apps shall form part of the service levels.', 'verbal-agreement'],
      ['The security manager may, in a telephone conversation, agree to an extension of the storage period, and the Processor may then keep the images.', 'verbal-agreement'],
    ]);
  });

  it('spares the client\'s discretion over its own rights, an expert\'s determination and a fallback between two named parties', () => {
    spares([
      'The Board may at its sole discretion, and as occasion demands, call for extracts of the records, each to be delivered within five working days.',
      'The Board may periodically issue directions to the Contractor, each of which shall be in writing and take effect 10 working days after receipt.',
      'If downtime exceeds 12 hours in any month, the Council is entitled, at its discretion, either to deduct 5% of the monthly charge or to require a remediation plan within 10 working days.',
      'The Contracting Authority may terminate this contract at any time it deems fit by giving 60 days\u2019 written notice.',
      'Any dispute over the availability figures left unresolved after 20 business days shall be determined by an independent expert, whose decision is final.',
      'Should the Ministry and the Contractor fail to agree the annual fee adjustment by 31 March, the fee shall rise by the change in the Retail Price Index.',
    ]);
    // A soft word in the subject of a deferred decision, and the moment an informally approved step is carried out, are part of those problems, reported once.
    expect(codes('The maximum acceptable latency shall be determined at the joint technical workshop following commissioning.')).toEqual(['agreement-to-agree']);
    expect(codes('Any additional purpose that the director approves during the steering meeting may be implemented by the Processor forthwith.')).toEqual(['verbal-agreement']);
    expect(codes('The acceptance criteria shall be determined by the joint steering committee at its first meeting.')).toEqual(['agreement-to-agree']);
  });
});

describe('round 40 (stop 27): discounts discussed when the subscription comes up for renewal, rates set when the need arises, fees subject to renegotiation, annexes whose drafting is pending, XX before a currency; levels in keeping with the conditions prevailing, changes whenever we choose, everything within its power; orders through a live chat that form a binding order, a hotline confirmation that is binding, voice notes, works paid as if a works order had been issued, credits waived in a conversation', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Volume discounts will be discussed between the parties when the subscription comes up for renewal.', 'agreement-to-agree'],
      ['Storage beyond 50 TB shall be priced at a rate the parties will set when the need arises.', 'agreement-to-agree'],
      ['The fee for the third year shall be subject to renegotiation between the parties.', 'agreement-to-agree'],
      ['The penalty for each hour of downtime will be set in the Annex of Penalties, whose drafting by the parties is still pending.', 'agreement-to-agree'],
      ['The service will be billed at a rate to be established by the parties for the next contract year.', 'agreement-to-agree'],
      ['Monthly fee for second-line support: XX tenge per device.', 'agreement-to-agree'],
      ['The Contractor shall carry out the integration in a manner consistent with the operating conditions prevailing at each site.', 'vague-term'],
      ['We may alter the refresh rate and accuracy of the positions shown in the app whenever we think fit.', 'vague-term'],
      ['We may modify the alarm thresholds and polling intervals whenever we choose.', 'vague-term'],
      ['We will update the firmware whenever we consider an update to be advisable.', 'vague-term'],
      ['The contractor undertakes to do everything within its power so that the portal remains open.', 'vague-term'],
      ['The Provider shall scale the environment for peak loads, insofar as this is technically and economically feasible.', 'vague-term'],
      ['We reserve the right to change the storage limits and feature set of the plan at any time.', 'vague-term'],
      ['These conditions are provided for information only and create no binding obligation on our part.', 'vague-term'],
      ['The Customer may order extra storage through the live chat, and the agent\u2019s acknowledgement alone will form a binding order.', 'verbal-agreement'],
      ['If our engineer confirms to you on the hotline that a template is included in your plan, that confirmation shall be binding on us.', 'verbal-agreement'],
      ['During a site walk-round the facilities manager may authorise the Processor to start collecting numbers, and the Processor may begin on that authority alone.', 'verbal-agreement'],
      ['Extra works that the plant director requests in the course of a site inspection shall be paid at the listed rates as if a formal works order had been issued.', 'verbal-agreement'],
      ['Overtime support that the manager requests through a voice note shall be performed and invoiced as approved work.', 'verbal-agreement'],
      ['The operations chief may waive service credits in a conversation with the Provider, whereupon those credits shall cease to accrue.', 'verbal-agreement'],
      ['Emergency capacity may be requested through a call to the operations centre, and the Provider shall provision and bill it without awaiting the written order required under clause 5.', 'verbal-agreement'],
      ['Any assurance from our presales consultants regarding compatibility shall bind us as if it were written into the Service Description.', 'verbal-agreement'],
      ['By continuing to use the repository after our team has demonstrated the new add-on to you in a webinar, you agree to its activation and fee.', 'verbal-agreement'],
      ['If someone on our support team tells you in a chat session that a feature is included in your plan, we will not charge you separately for it.', 'verbal-agreement'],
    ]);
  });

  it('spares fallbacks valued at day rates, oral communications denied effect, limits in billing cycles, the client\'s own choices, and resuming after a defined force-majeure event', () => {
    spares([
      'Where the Authority and the Contractor fail to agree the cost of a variation within twenty working days, the variation shall be valued at the day rates in Schedule 4.',
      'Every notice must be in writing and delivered by hand or by email, and oral communications carry no contractual effect.',
      'The Provider shall apply any Service Credit within a reasonable period not exceeding two billing cycles.',
      'The Authority alone decides, as it sees fit, which zones are added, and the Contractor must configure each within ten working days of the written instruction.',
      'Subscriber is entitled, in its sole discretion, to request relocation of stored data once per contract year at no charge.',
      'The Secretariat reserves the right, at its discretion, to request the access logs, which the contractor shall hand over within three business days.',
      'Failure to meet the Service Levels shall be excused to the extent caused by a Force Majeure Event as defined in Section 22.1, and Provider shall resume performance as soon as practicable after the event ends.',
    ]);
    // Agreed over the phone and given effect: the verbal problem, not also a term left to agree.
    expect(codes('Extensions of the storage period may be agreed between the project leads over the phone and shall thereupon be deemed part of this Agreement.')).toEqual(['verbal-agreement']);
  });
});

describe('the judgement check of stop 27 (a managed-service agreement and DPA terms paraphrased from published ones)', () => {
  it('spares an effort with a hard deadline and a remedy when it fails, and a disagreement settled at the monthly meeting in the client\'s favour', () => {
    spares([
      'If Globex objects, Acme will use reasonable efforts to offer a change to the Services that avoids the new sub-processor; if Acme cannot offer one within a reasonable period, which shall not exceed thirty days, Globex may terminate the affected services on written notice.',
      'Where the parties disagree whether work was chargeable, they discuss it at the monthly service meeting after the work; if they still disagree, the work is treated as covered by the fixed fee and is not charged.',
      'A change order takes effect when both parties have signed it.',
    ]);
  });

  it('still reads an effort with no fallback, and work ordered on a support call and billed', () => {
    readsAs([
      ['Where Globex objects to a sub-processor, Acme will make commercially reasonable efforts to keep the same level of service without it.', 'vague-term'],
      ['If the Client mentions a further problem during a support call, the engineer may fix it on that call and the time is billed at the standard hourly rate.', 'verbal-agreement'],
    ]);
  });
});

describe('template percentages with no other anchor word (found by the gate test on set 57)', () => {
  it('reads XX% in a sentence that holds no other anchor word', () => {
    readsAs([
      ['The Service Credit for the portal amounts to XX% of the monthly charges.', 'agreement-to-agree'],
      ['Uptime: XX % of the month.', 'agreement-to-agree'],
    ]);
  });
});

describe('round 41 (stop 27): prices reserved for a separate agreement, settled at some later point, pending until discussions conclude, fixed in a later mini-competition, XX pounds; whatever safeguards are appropriate, as best we can, illustrative figures, deadlines treated as objectives; a thumbs-up in an in-app messenger, consent in a video conference deemed given, a telephone call acted on with no duty to confirm in writing', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The unit price is reserved for a separate price agreement between the office and the contractor.', 'agreement-to-agree'],
      ['The Controller and the Processor will at some later point settle the procedure for returning the data.', 'agreement-to-agree'],
      ['Data-residency commitments are pending and will be incorporated into this SLA once the parties conclude their discussions.', 'agreement-to-agree'],
      ['Volume discounts will be discussed at the Customer\u2019s renewal.', 'agreement-to-agree'],
      ['The management fee will be fixed in a subsequent mini-competition among the framework suppliers.', 'agreement-to-agree'],
      ['The hourly rate for report development is XX pounds sterling.', 'agreement-to-agree'],
      ['The Processor will put in place whatever technical and organisational safeguards are appropriate to protect the data.', 'vague-term'],
      ['We will keep your negotiated rates up to date as best we can.', 'vague-term'],
      ['Any accuracy figures quoted in our documentation are illustrative.', 'vague-term'],
      ['We treat statutory filing deadlines as objectives and accept no responsibility if one is missed.', 'vague-term'],
      ['We intend to keep the app compatible with new releases but cannot commit to any timescale for doing so.', 'vague-term'],
      ['The Contractor shall screen the records with a frequency suited to the Commission\u2019s hiring volumes.', 'vague-term'],
      ['The Processor shall delete the data save to the extent it believes retention is justified.', 'vague-term'],
      ['Invoices will be processed by us in the ordinary course of business.', 'vague-term'],
      ['The Provider shall source flights and hotels at competitive prices.', 'vague-term'],
      ['Business Associate commits to safeguarding the data to a standard befitting the sensitivity of that information.', 'vague-term'],
      ['A thumbs-up from your administrator in our in-app messenger, sent in reply to a proposed rate change, counts as your acceptance of that change.', 'verbal-agreement'],
      ['Consent to processing small-claims data abroad may also be given in a video conference and shall be deemed given if the representative raises no objection during it.', 'verbal-agreement'],
      ['Spending limits may be raised on the strength of a telephone call from a fleet manager, and the Provider is under no duty to obtain written confirmation.', 'verbal-agreement'],
      ['Where the account manager confirms on the telephone that a move to a higher signature-volume tier is approved, the new tier applies from that call and is invoiced accordingly.', 'verbal-agreement'],
      ['A discount promised by an account executive in a quick Slack message applies to your subscription as if it were written into the Order Form.', 'verbal-agreement'],
      ['Deadlines for deleting candidate data may be varied by agreement reached on a call between the recruiter and the account manager.', 'verbal-agreement'],
      ['Salary adjustments announced by the Ministry at a staff town-hall meeting shall be processed by the Contractor as valid payroll instructions.', 'verbal-agreement'],
    ]);
  });

  it('spares the notice of a force-majeure provision, a limit never exceeded, a permission to make efforts, the test of avoidability and a denial of what sales staff say', () => {
    spares([
      'Neither party shall be in breach for any failure caused by circumstances beyond its reasonable control, including flood, provided that it notifies the other party without delay.',
      'We will restore a deleted case file from backup speedily, never taking longer than eight business hours from your request.',
      'Contractor may, at its option, use reasonable efforts to accommodate unscheduled requests, but is obligated to perform only the tasks enumerated in Section C.3.',
      'Delay is excused on grounds of force majeure only where the Contractor has notified the Authority in writing within 5 days and the event could not have been avoided by reasonable precautions.',
      'The Authority alone decides, as it thinks fit, which vehicles receive fuel cards, and the Supplier shall issue each card within 3 Working Days.',
      'Our sales team may, on request, walk you through the workflow by phone, but nothing they say changes these Terms, which can be amended only by a written document signed by both of us.',
    ]);
  });
});

describe('round 42 (stop 27): plans the parties must negotiate within a period, annexes the parties undertake to sign; limits changed from time to time, roadmaps that may change, deadlines treated as objectives; chat channels and messaging groups, a steering group, requests on the day, work handled as approved changes', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The parties must, within 90 days after the Start Date, negotiate and agree a transition-out plan.', 'agreement-to-agree'],
      ['The technical measures shall be specified in an annex that the parties undertake to sign in the coming months.', 'agreement-to-agree'],
      ['Provider may modify the throughput limits and the support hours from time to time in its sole discretion.', 'vague-term'],
      ['We reserve the right to modify alert delivery times whenever we consider it appropriate.', 'vague-term'],
      ['We will provide software updates in line with our product roadmap, which may change without notice.', 'vague-term'],
      ['The Provider shall size the database cluster in line with the Customer\u2019s foreseeable needs.', 'vague-term'],
      ['We will normally process messages in near real time, though we make no commitment to any particular processing speed.', 'vague-term'],
      ['Ad hoc repairs requested by ward staff through the Supplier\u2019s chat channel shall be carried out and invoiced at the hourly rates without a purchase order.', 'verbal-agreement'],
      ['Should the manager indicate at a contract management meeting that extra slots are required, the Supplier may configure and charge for them as though a Variation had been issued.', 'verbal-agreement'],
      ['A request to add new recall campaigns made through the shared messaging group shall be treated as a formal service order.', 'verbal-agreement'],
      ['Adjustments requested by the head of physiotherapy during the steering group shall count as approved amendments to the specifications.', 'verbal-agreement'],
      ['Any extra zones that your site supervisor asks our pilot for on the day will be added to your plan and charged at list rates, without an order form being needed.', 'verbal-agreement'],
      ['Minor modifications that the supervisor requests in person on the shop floor may be carried out immediately and shall be handled as approved changes under the Contract.', 'verbal-agreement'],
      ['If you and our onboarding specialist settle on a different schedule during your kick-off call, we will treat that schedule as part of your subscription without amending your order.', 'verbal-agreement'],
    ]);
  });

  it('spares limits by the next business day, effort in every case bounded, the duties of a force-majeure provision, the client\'s own timing, a priced right to ask and a CPI fallback', () => {
    spares([
      'The Contractor shall replace failed printers as soon as practicable and in no case later than the next business day after the failure is reported.',
      'The MSP shall carry out repairs without unreasonable delay and at the latest by the end of the Business Day following the fault report.',
      'We will, where reasonably practicable, warn you before planned downtime, and in every case we will give at least 72 hours\u2019 notice by e-mail.',
      'A party shall not be in breach for any delay caused by a Force Majeure Event, provided that it uses all reasonable endeavours to mitigate the effects and notifies the Authority without delay.',
      'The Customer may, at its discretion and from time to time, request additional reports, which the MSP will price under the change control procedure in Schedule 5.',
      'If you ask for an export of your ledger, we will deliver it within 10 business days and may charge our reasonable costs of producing it, capped at USD 750 per request.',
      'Where the two Parties fail to reach agreement on price adjustment within 30 days, the unit prices shall be adjusted according to the consumer price index.',
    ]);
    // When the informal step takes effect, and what was confirmed on it, are part of it: reported once.
    expect(codes('Maintenance windows may be moved at short notice once the operations manager agrees in a Teams chat, and any window moved in that way counts as Scheduled Maintenance.')).toEqual(['verbal-agreement']);
    expect(codes('The Controller\u2019s verbal confirmation to the account lead that an international transfer is acceptable shall suffice as prior specific authorisation.')).toEqual(['verbal-agreement']);
  });
});

describe('deferred verbs with no other anchor word (found by the gate test on set 60)', () => {
  it('reads "will be scoped", "shall be costed" and the like in a sentence with no other anchor word', () => {
    readsAs([
      ['Custom integration with the routing provider will be scoped after go-live.', 'agreement-to-agree'],
      ['The migration will be costed and scheduled at a later stage.', 'agreement-to-agree'],
    ]);
  });
});

describe('round 43 (stop 27): implementing agreements, contracts concluded by both sides, fees reviewed and settled at the first review, concepts still to be coordinated, long template prompts; striving for, no promise, whenever feasible, intervals it determines, customary limits, minimal delay; hotline directions, forum threads, settings that become authorised, consent during review calls, features deemed ordered after a webinar', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Parties shall, in a later implementing agreement, fix the service levels.', 'agreement-to-agree'],
      ['Service levels for the API link are to be spelled out in a separate contract concluded by both sides.', 'agreement-to-agree'],
      ['The Customer and the Contractor will review and settle the fee for additional connections at the first annual contract review.', 'agreement-to-agree'],
      ['The spare-parts stock shall be laid down in an implementation concept still to be coordinated by Contractor and Client.', 'agreement-to-agree'],
      ['Annex 2 (Security Measures): <<to be completed by the Processor and agreed with the Controller>>.', 'agreement-to-agree'],
      ['The price for the premium module shall be as mutually agreed upon by the parties at the time the School elects to activate it.', 'agreement-to-agree'],
      ['The service provider is obliged to strive for the uninterrupted functioning of the payment system.', 'vague-term'],
      ['The platform will generally be reachable, although we make no promise that applicants will be able to access it at any particular time.', 'vague-term'],
      ['Our engine will produce a clash-free schedule whenever this is feasible.', 'vague-term'],
      ['The Provider may alter the service levels on notice to the Customer.', 'vague-term'],
      ['The Contractor shall monitor the network at intervals it determines.', 'vague-term'],
      ['The Contractor will seek, insofar as possible, to run recalculations outside school-run hours.', 'vague-term'],
      ['The Provider shall ensure that the helpdesk is staffed at a level suited to expected demand.', 'vague-term'],
      ['The Operator shall communicate any security incident to the Controller without unjustified delay.', 'vague-term'],
      ['Contractor shall maintain the system in a manner consistent with prevailing conditions and available resources.', 'vague-term'],
      ['The contractor will ensure that response times remain within customary limits.', 'vague-term'],
      ['The Company shall ensure that alarm data is displayed on the dashboard with minimal delay.', 'vague-term'],
      ['The Provider shall deploy the resources needed to ensure continuity of the service.', 'vague-term'],
      ['A direction given over the hotline by the duty manager to deploy an emergency patch constitutes an authorised Variation for payment purposes.', 'verbal-agreement'],
      ['Feature requests accepted by our product team in a customer forum thread are commitments that we will deliver in a future release.', 'verbal-agreement'],
      ['If you tell our onboarding specialist that your district is happy with the default settings, those settings become your authorised configuration.', 'verbal-agreement'],
      ['The Controller\u2019s consent to the use of anonymised data may be given informally during account review calls.', 'verbal-agreement'],
      ['If Customer continues using the module after Vendor demonstrates new paid features in a webinar, Customer will be deemed to have ordered those features.', 'verbal-agreement'],
    ]);
  });

  it('spares CPI fallbacks when the parties fail to settle, the test of avoidability, and the client\'s own decisions', () => {
    spares([
      'Should the parties fail to settle the revised monthly fee within 30 days of either party\u2019s proposal, the fee then in force shall rise by the change in the Consumer Price Index.',
      'In this clause, an event counts as beyond a party\u2019s control only if reasonable precautions could not have prevented it.',
      'The Customer may decide, in its sole judgement, whether a reported fault is classified as Priority 1 or Priority 2.',
      'The Customer alone decides whether to take a fee reduction or to require a root-cause report for any breach of the SLA.',
    ]);
    // A price to be quoted when the client asks is the agreement to agree, not an informal order.
    expect(codes('Pricing for licences beyond 200 units will be quoted and agreed at the time you ask for them.')).toEqual(['agreement-to-agree']);
  });
});


describe('round 44 (stop 28): figures the two sides settle on, a matter for the parties to discuss, timelines planned together, annexes that remain to be drawn up, prices defined in a later offer; changes whenever it chooses, times the provider judges convenient, functions altered at its discretion, effort as far as economically justifiable; messenger and chat-group approvals, calls that constitute work orders; soft words bounded by a date, a floor on notice, a nightly copy or a per-request deadline; the client\'s own requests and decisions; fallback rates; aims priced by credits; estimates for guidance only', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The number of concurrent users shall follow whatever level both sides settle on during the first season.', 'agreement-to-agree'],
      ['Credits for late reports will be a matter for the parties to agree after go-live.', 'agreement-to-agree'],
      ['The data migration will run to a timetable that you and we will draw up together once the order is placed.', 'agreement-to-agree'],
      ['The list of reporting fields is set out in Appendix 2, which remains to be negotiated.', 'agreement-to-agree'],
      ['Hosting fees for the archive shall be determined in a subsequent commercial offer.', 'agreement-to-agree'],
      ['The Vendor may revise the availability target of the booking portal whenever it chooses.', 'vague-term'],
      ['We may change or withdraw functions of the member app at our discretion.', 'vague-term'],
      ['Security updates will be applied at a time the Contractor judges convenient.', 'vague-term'],
      ['The Supplier shall keep a standby server to the extent this is economically viable.', 'vague-term'],
      ['The Club secretary may approve extra training slots with the Provider\u2019s support lead over WhatsApp.', 'verbal-agreement'],
      ['Extra kiosks ordered by the Council\u2019s events officer in a call to the Supplier\u2019s helpline shall constitute an approved purchase order.', 'verbal-agreement'],
    ]);
  });

  it('spares soft words a hard limit bounds, the client\'s own requests and decisions, fallback rates, priced aims and estimates for guidance only', () => {
    spares([
      'The Contractor shall copy the booking database as often as needed and in any case every night.',
      'The Provider shall go live as early as it can and by 15 June at the latest.',
      'The Customer may inspect the premises on reasonable notice, which shall in no case be shorter than five business days.',
      'The Provider will restore the ticketing platform as quickly as circumstances permit, and in all cases within the 8-hour recovery time objective.',
      'The Supplier shall assist the Authority with access requests as needed, replying to each within ten working days.',
      'The Procuring Entity may, if it deems it necessary, require the Contractor to replace the project manager within 10 days.',
      'The Council shall decide, in its absolute discretion, which sites are connected first.',
      'The Customer may at any time request reasonable changes to the rota, each subject to a signed change note.',
      'The fee for extra reports shall be negotiated between the Board and the Supplier, and if no fee is agreed within 30 days the rates in Schedule 4 shall apply.',
      'The Provider will aim to restore Priority 1 faults within 6 hours, and for each further hour a service credit of 1% of the monthly fee is due.',
      'Quotes given verbally by our account managers are for guidance only, and you pay only the prices in your signed order.',
      'Export requests by the Controller, which it may make whenever it wishes, shall be met within five days.',
    ]);
    // A client's manager who may vary what it asks for informally gives the verbal problem, no level that varies.
    expect(codes('The Council\u2019s events officer may vary the opening hours by informal instruction to the Supplier\u2019s supervisor, and the variation binds the Supplier at once.')).toEqual(['verbal-agreement']);
  });
});

describe('round 45 (stop 28): terms allocated by a later agreement; discretion over periodicity, diligence exercised, prevailing operational conditions, significant delay, where circumstances permit, in so far as it is able, nothing obliges us to achieve; agreements over Discord, instructions acted on as though in writing, demonstrations whose aftermath confirms a plan, verbal briefings billed at once; soft words bounded by the month end, the next invoice or a day of each month; the client\'s own efforts and present agreement; promotional gifts; denied informal discussions', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The split of the migration costs shall be settled between the parties by a subsequent agreement.', 'agreement-to-agree'],
      ['The Supplier will service the ticket machines with whatever periodicity it considers convenient.', 'vague-term'],
      ['The Contractor commits to exercising diligence in keeping the booking system available.', 'vague-term'],
      ['Backups will be run in a manner consistent with prevailing network conditions.', 'vague-term'],
      ['The Provider shall forward alarms to the control room without significant delay.', 'vague-term'],
      ['The Supplier shall, where circumstances permit, notify the Authority before a planned outage.', 'vague-term'],
      ['The Contractor shall, in so far as it is able, keep the depot network online.', 'vague-term'],
      ['Nothing in this agreement obliges the Supplier to achieve the response times in the Service Description.', 'vague-term'],
      ['Where the Client\u2019s duty officer agrees over Telegram to postpone a patch, the postponed period is excluded from the service levels.', 'verbal-agreement'],
      ['The Customer may widen the scope by instructing our project lead over the telephone, and we shall act on it as though it had been given in writing.', 'verbal-agreement'],
      ['Your continued use of the dashboard after that webinar confirms your subscription on the terms shown.', 'verbal-agreement'],
      ['Extra user licences may be requested by the Council\u2019s ICT lead in a verbal briefing, and the Supplier shall activate them and invoice them at once.', 'verbal-agreement'],
    ]);
  });

  it('spares soft words bounded by the month end, the next invoice or a day of each month, the client\'s own efforts and present agreement, promotional gifts and denied discussions', () => {
    spares([
      'Refund requests are handled promptly, and in every case the refund is paid no later than the end of the calendar month.',
      'Any credit shall be applied promptly and in no case later than on the next invoice.',
      'Usage reports are issued regularly, on the 5th day of each month.',
      'If a fault is disputed, the Customer is entitled, but not obliged, to make such checks as it sees fit on site.',
      'The Supplier shall apply the controls listed in Schedule 3, which the parties agree are adequate for the station cameras.',
      'We may in our sole discretion give you goodwill credits, but your right to a refund is not affected.',
      'Informal conversations between the engineers are welcome, but no such conversation changes the service levels.',
    ]);
  });
});

describe('judgement check (stop 28): a party named in the prose', () => {
  it('reads a provider named by its name that may change features or levels at will, and spares the client choosing for itself', () => {
    readsAs([
      ['Acme may change the features of the portal whenever it chooses.', 'vague-term'],
      ['Service levels. Initech may revise the response times at any time.', 'vague-term'],
    ]);
    spares(['The Customer may change the features it uses at any time.']);
  });
});

describe('round 46 (stop 29): terms fixed by a joint commission, as subsequently agreed, a future price list, once agreed between us, review and agreement, consultation between the parties, a joint review meeting, the next version of the SLA, separate negotiation, further consultation, a later amendment, a bracketed word before its unit; agreements there and then, described at a workshop, made speaking with someone, indicated in a teleconference, waivers on a review call, scope extended by phone and invoiced; anticipate or avoid, policies revised unilaterally, no particular delay, service levels adapted, as far as technically feasible, in step with technology, suspension where unavoidable; soft words defined by a number, instructions from others denied effect, force-majeure clauses outside their heading, excuses that keep the client\'s position', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Reporting thresholds for the depot sensors shall be determined by the Joint Oversight Commission after the first winter season.', 'agreement-to-agree'],
      ['The number of resident engineers after the transition shall be as subsequently agreed in an updated work order.', 'agreement-to-agree'],
      ['Optional dashboards will be offered at fees to be set out in a future price list.', 'agreement-to-agree'],
      ['The fee for extra archive storage will be published once it has been agreed between the parties.', 'agreement-to-agree'],
      ['Licence fees for year three: subject to joint review and agreement between the parties before renewal.', 'agreement-to-agree'],
      ['The backup window shall be as fixed through consultation between Party A and Party B before launch.', 'agreement-to-agree'],
      ['Escalation contacts will be established in a joint governance meeting two months after go-live.', 'agreement-to-agree'],
      ['Credits for the mobile app will be added in the next version of this Schedule.', 'agreement-to-agree'],
      ['The parties shall separately negotiate a support agreement for the legacy terminals.', 'agreement-to-agree'],
      ['Weekend cover for the control room shall be the subject of further consultations between the parties.', 'agreement-to-agree'],
      ['Latency targets for the API shall be inserted into this Annex by means of a subsequent amendment.', 'agreement-to-agree'],
      ['Backups shall be retained for [Zahl] days.', 'agreement-to-agree'],
      ['If the depot supervisor asks the technician to move the scanners and the technician agrees on the spot, the move counts as an approved change.', 'verbal-agreement'],
      ['Extra export formats that our trainer explains to you in a webinar become part of your plan once you tell us you want them.', 'verbal-agreement'],
      ['A short extension of the maintenance window may be agreed by the duty officer talking to our shift lead, with immediate effect.', 'verbal-agreement'],
      ['The Processor may move the backups to a second region where the Controller\u2019s privacy officer has signalled agreement on a conference call.', 'verbal-agreement'],
      ['A waiver of the response targets for a public holiday may be given by the Customer during the weekly status call, after which the Supplier shall have no liability for that day.', 'verbal-agreement'],
      ['If the Client\u2019s office manager asks our helpdesk by phone to extend support to an additional floor, we shall cover it from the next day and invoice it at the hourly rate.', 'verbal-agreement'],
      ['No credit is due where an outage results from events the Supplier could not reasonably anticipate.', 'vague-term'],
      ['The Contractor shall patch the routers in line with its security policies as the Contractor amends them at will.', 'vague-term'],
      ['Messages are forwarded as soon as the gateway is online, and we cannot guarantee any specific latency.', 'vague-term'],
      ['The Provider may adjust the response times of the helpdesk at any time.', 'vague-term'],
      ['Alarms shall be relayed to the duty desk without interruption, as far as this is economically feasible.', 'vague-term'],
      ['The Supplier shall keep the kiosk software abreast of the latest technological developments.', 'vague-term'],
      ['The Company may suspend the booking service where it deems this essential for security reasons.', 'vague-term'],
    ]);
  });

  it('spares soft words defined by a number, instructions from others denied effect, force-majeure clauses outside their heading and excuses that keep the client\'s position', () => {
    spares([
      'Appointment reminders are sent regularly, namely 24 hours before each booked visit.',
      'Call recordings are kept for a reasonable period, which in this agreement means 90 days from the call.',
      'Variations must be signed by the Authority\u2019s contract manager, and instructions from any other officer have no contractual effect.',
      'Where a flood, fire, strike or other event beyond the reasonable control of either party prevents performance, the affected party is relieved of that obligation while the event lasts.',
      'Events of force majeure release the affected party from its obligations for their duration, provided the other party is informed in writing without delay.',
      'Where the online payment fails for reasons outside our control, your booking is preserved provided you pay by card within two days.',
    ]);
  });
});

describe('round 47 (stop 29): service levels not enforceable, features added, changed or removed, scope changed whenever it sees fit, services reduced at its discretion, normal operating ranges, harmful effects mitigated with reasonable efforts; parties who sit down together, schedules the parties are to complete, good-faith negotiations, matters we will settle with you, prices worked out with the sales team; instructions in the course of meetings, a go-ahead in a chat server enough to start, instructions complied with and treated as variations, messages taken as approval, satisfaction on a visit taken as approval, oral approvals needing no variation; soft costs capped by the fees paid', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The response times in Schedule 2 describe the Council\'s expectations and are not enforceable against the Contractor.', 'vague-term'],
      ['We may add, amend or remove functionality of the dashboard at any time.', 'vague-term'],
      ['The Supplier reserves the right to change the scope of supported devices whenever it sees fit.', 'vague-term'],
      ['The Contractor may, at its discretion, reduce any of the support services listed in Annex C.', 'vague-term'],
      ['Feed delays are expected to stay within normal operating ranges.', 'vague-term'],
      ['The Processor shall use reasonable efforts to mitigate any harmful effect of an unauthorised disclosure.', 'vague-term'],
      ['We and your school will sit down together to settle the rollout plan before term starts.', 'agreement-to-agree'],
      ['If you need more than 50 seats, we\'ll get together and work out a bigger plan.', 'agreement-to-agree'],
      ['The contact list attached as Annex 5 is to be filled in by the parties before go-live.', 'agreement-to-agree'],
      ['Cost sharing for regulator fines will be hammered out in good-faith negotiations between the parties.', 'agreement-to-agree'],
      ['Volume discounts are something we\'ll settle with you at renewal.', 'agreement-to-agree'],
      ['Extra connectors are available at a fee we\'ll agree with you when you order them.', 'agreement-to-agree'],
      ['Pricing for multi-site licences is negotiated with our sales team on request.', 'agreement-to-agree'],
      ['Directions given by the Resident Engineer in the course of fortnightly site meetings shall be binding on the Supplier.', 'verbal-agreement'],
      ['A quick OK from your team lead in our Discord server is enough for us to start the migration.', 'verbal-agreement'],
      ['Directions given by the Clerk of Works during site inspections shall be complied with by the Contractor and treated as variations.', 'verbal-agreement'],
      ['If your manager asks us in Teams to add a region, we will take that as your order for it.', 'verbal-agreement'],
      ['Where the Customer\'s staff, during a site visit to our depot, express satisfaction with the locks, those locks are taken as approved.', 'verbal-agreement'],
      ['Small changes to the layout that the site manager approves orally shall not require a variation.', 'verbal-agreement'],
    ]);
  });

  it('spares a soft cost capped by the fees paid in a past period', () => {
    spares([
      'Reasonable costs of moving your data elsewhere will be repaid, up to the charges you paid us in the previous six months.',
    ]);
  });
});

describe('round 48 (stop 29): events independent of a party\'s will, something outside our control, scope changed by a body or a name of several words, times the provider considers most convenient, often enough, controls indicative only, nothing in marketing binding; negotiated before a phase, a clause to be drawn up later, confirmed in a future order, we\'ll go through the costs, still being negotiated, then agreed with the supplier, decided by one party at a later stage, agreeing to open negotiations; approvals in live chat final even if nobody confirms, acceptance while touring, a mention on a review call billed, exceptions agreed orally by incident managers, acceptance without a written certificate, verbal clearance, a phone confirmation that releases a duty, an engineer\'s word honoured, payment despite no variation order; statements on calls denied force, costs capped by the fees paid, confirmation by email required, a right priced by a schedule', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Outages caused by events independent of the operator\'s will do not count as downtime.', 'vague-term'],
      ['If something outside our control stops the feed, we won\'t owe you a credit.', 'vague-term'],
      ['The Operator reserves the right to change the functional scope of the app without notice.', 'vague-term'],
      ['Acme Cloud Services reserves the right to revise the availability commitment at any time.', 'vague-term'],
      ['Upgrades will be installed at times the Contractor considers most convenient.', 'vague-term'],
      ['We copy your records often enough that little is lost in a failure.', 'vague-term'],
      ['The security controls in Annex 3 are indicative only, and the Supplier may swap them for others.', 'vague-term'],
      ['Nothing in our brochures about response times is binding on us.', 'vague-term'],
      ['The content of the second phase shall be negotiated with the Client before that phase is ordered.', 'agreement-to-agree'],
      ['Liquidated damages for late reports shall be set out in a supplementary clause to be drawn up later.', 'agreement-to-agree'],
      ['If you want a dedicated server, the cost will be discussed with you and confirmed in a future order form.', 'agreement-to-agree'],
      ['If you need on-premises hosting, we\'ll go through the costs with you when you ask.', 'agreement-to-agree'],
      ['Partner discounts are still being negotiated and will be published in a future version of these Terms.', 'agreement-to-agree'],
      ['The Council shall decide how many extra kiosks are needed, and their price shall then be agreed with the Supplier.', 'agreement-to-agree'],
      ['Rights in the bespoke reports will be decided by the Department at a later stage.', 'agreement-to-agree'],
      ['The parties agree to open negotiations on a service credit scheme for the mobile app.', 'agreement-to-agree'],
      ['Credits approved by our billing team over live chat are final even if nobody confirms them in writing.', 'verbal-agreement'],
      ['If the Client\'s manager accepts a cut-over date while touring the data centre, the Provider may proceed with the cut-over on that date.', 'verbal-agreement'],
      ['Want more storage? Just mention it to your account manager on your next review call and we\'ll switch it on and bill you from that day.', 'verbal-agreement'],
      ['Relaxations of the response targets that the incident managers agree orally during a major outage bind both parties until the outage ends.', 'verbal-agreement'],
      ['Acceptance of each site may be declared by the Council\'s engineer once the on-site walkthrough ends, without any signed acceptance report.', 'verbal-agreement'],
      ['Work on the station printers may start as soon as the Council\'s duty manager has given verbal clearance.', 'verbal-agreement'],
      ['Where the Controller\'s privacy lead confirms by phone that a breach is not reportable, the Processor shall have no further duty to report it.', 'verbal-agreement'],
      ['If our technician agreed with you during installation that the extra brackets are free of charge, we won\'t charge you for them.', 'verbal-agreement'],
      ['The Contractor shall be paid for extra signage delivered at the depot manager\'s request, despite the absence of a variation order.', 'verbal-agreement'],
    ]);
  });

  it('spares statements on calls denied force, costs capped by the fees paid, a confirmation by email required before a change, and a right priced by a schedule', () => {
    spares([
      'Statements made by our staff on helpdesk calls do not change the Service Levels and create no additional commitment on our part.',
      'The Supplier shall meet the reasonable costs of a breach it caused, capped at the fees paid in the preceding twelve months.',
      'Instructions given on a bridge call must be confirmed by email to the service desk before the Supplier changes the production system.',
      'The Customer may, at its discretion, ask for extra training days, charged at the day rate set out in Schedule 4.',
    ]);
  });
});

describe('round 49 (stop 29): times a system judges most effective, recovery objectives revised, usage that looks excessive to us, skills fit for the tasks, several verbs of change, measures illustrative, deciding what counts as fair use, the least inconvenience, a team judging a slowdown material, control of a provider of several words; agreements on a site audit, the same effect as formal instructions, arrangements treated as binding variations, a chat message that takes effect, all we need, approval in principle then delivered and paid for, approval over a video call with no paperwork, pricing locked in, a missed task not treated as a failure; mutual agreement at a first quarterly review, discussion once a site is commissioned, terms we work out together with you, a separate pricing review, pricing negotiated with each customer; oral requests logged and passed on', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Reminder emails go out at the times our platform judges most effective for each guest.', 'vague-term'],
      ['The Supplier reserves the right to revise the RPO for the archive service at any time.', 'vague-term'],
      ['If your traffic seems excessive to us we may throttle your account.', 'vague-term'],
      ['Agents assigned to the Council shall have skills and experience fit for the work given to them.', 'vague-term'],
      ['We may update, add or remove features of the kiosk app whenever we think it makes sense.', 'vague-term'],
      ['The controls in this Annex are illustrative, and the Processor may swap them for others.', 'vague-term'],
      ['Upload limits on the free tier are fair-use limits, and we decide what qualifies as fair use.', 'vague-term'],
      ['Upgrades to the booking system shall be carried out at times causing the least inconvenience to guests.', 'vague-term'],
      ['Credits will be issued where the operations team, acting reasonably, judges the slowdown to be significant.', 'vague-term'],
      ['Delays caused by events outside the Cloud Hosting Partner\'s control do not count against the response times.', 'vague-term'],
      ['Where the Client\'s auditor agreed during a site audit that an issue could be closed, the Supplier shall treat that issue as closed.', 'verbal-agreement'],
      ['Directions given by the Council through the project chat channel shall have the same effect as written directions under clause 9.', 'verbal-agreement'],
      ['The Supplier may treat understandings reached with the Council\'s officer in monthly progress meetings as binding variations to the plan.', 'verbal-agreement'],
      ['A pause of the service credits may be sent to our team as a WhatsApp message and takes effect at once.', 'verbal-agreement'],
      ['A thumbs-up in our shared Teams channel is all we need to publish a new price list to your stores.', 'verbal-agreement'],
      ['Extra report formats, once approved in principle at the steering group, shall be delivered and paid for at the rates in Schedule 2.', 'verbal-agreement'],
      ['Your success manager can approve extra seats while training you on Skype, and they apply at once with no paperwork.', 'verbal-agreement'],
      ['Renewal pricing that our sales rep quotes you during a webinar is locked in, even if it\'s never put on paper.', 'verbal-agreement'],
      ['Where the Client\'s duty manager confirms in a message on the shared Slack channel that a backup may be skipped, the missed backup shall not be treated as a failure.', 'verbal-agreement'],
      ['Credits for the archive availability commitment shall be determined by mutual agreement at the first quarterly service review.', 'agreement-to-agree'],
      ['Whether the support hours extend to the new warehouse will be discussed between the parties once that warehouse is operational.', 'agreement-to-agree'],
      ['Premium customers get a bespoke response time, which we\'ll agree together with you during onboarding.', 'agreement-to-agree'],
      ['Service credits for chronic failure will be the subject of a separate pricing review after the first year.', 'agreement-to-agree'],
      ['Pricing for hospital groups is negotiated with each hospital individually.', 'agreement-to-agree'],
    ]);
  });

  it('spares oral requests from third parties that are logged and passed on', () => {
    spares([
      'Oral requests from members of the public received by the helpline shall be recorded and passed on to the Council within one business day.',
    ]);
  });
});

describe('round 50 (stop 29): terms worked out with you later, a letter the parties intend to exchange, an annex the parties are to fill in, a separate arrangement to discuss, pricing discussed before the term ends or the contract renews; instructions agreed on a site audit deemed documented, a deferral agreed on the incident bridge, changes made without a formal change order, consent that need not be reduced to writing; when we can, a body that makes a portal available to others, names with accented letters; a deadline by the next scheduled run, oral assurances with no legal force', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Volume pricing isn\'t shown here; we\'ll settle a bespoke rate with you later.', 'agreement-to-agree'],
      ['If you need more than 20 sites, we\'ll work out the fee for the extra sites with you at that point.', 'agreement-to-agree'],
      ['Penalties for late reports shall be fixed in a side letter that the parties intend to exchange after the pilot.', 'agreement-to-agree'],
      ['The retention periods shall be specified in Appendix 2, which the parties are to fill in after go-live.', 'agreement-to-agree'],
      ['The parties will discuss a separate escrow arrangement should the source code be moved offshore.', 'agreement-to-agree'],
      ['Renewal fees will be discussed with you before the expiry of your current subscription.', 'agreement-to-agree'],
      ['Larger customers get a bespoke SLA that we\'ll agree with them before their contract renews.', 'agreement-to-agree'],
      ['Any new use of the footage agreed in the course of a site audit shall be deemed a documented instruction of the Council.', 'verbal-agreement'],
      ['Where the Client\'s on-call lead agrees on the incident bridge to postpone the cut-over, the resulting downtime shall not count toward the availability figure.', 'verbal-agreement'],
      ['Small changes to the rota agreed during site inspections by the Trust\'s manager shall be carried out without a formal change order.', 'verbal-agreement'],
      ['Consent of the Controller to each onward transfer of staff records to the payroll bureau may be given by its DPO in a meeting and need not be reduced to writing.', 'verbal-agreement'],
      ['We will patch the kiosks when we can, starting with the busiest stations.', 'vague-term'],
      ['The Authority reserves the right to change the features of the shared booking portal made available to participating schools without notice.', 'vague-term'],
      ['P\u00e4rnu Cloud Services may revise the Service Levels at any time by posting a new version online.', 'vague-term'],
    ]);
  });

  it('spares a soft word bounded by the next scheduled run and an oral assurance denied legal force', () => {
    spares([
      'The Supplier shall fix any invoicing error promptly, and before the next scheduled billing run at the latest.',
      'Any oral assurance given by our staff about the scope of the service has no legal force.',
    ]);
  });
});

describe('round 51 (stop 29): extra work agreed on the spot and covered by the plan, a price that will be something we negotiate, work at the request of on-site staff treated as approved, a limit kept only as a rule, terms worked out together, a duty deemed discharged after an audit, a discretion over whether a request is proportionate, a separate understanding', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Any extra cabling our installer agrees to run on the spot is covered by your plan at no added cost.', 'verbal-agreement'],
      ['If we launch a private-cloud edition, its pricing will be something we negotiate with you separately.', 'agreement-to-agree'],
      ['Fixes carried out at the Client\'s warehouses at the request of on-site staff shall be treated as approved Additional Services.', 'verbal-agreement'],
      ['We answer emails quickly, normally within four hours, depending on how busy the desk is.', 'vague-term'],
      ['If you need a dedicated instance, contact us and we\'ll work out the size and the fee together.', 'agreement-to-agree'],
      ['Where the Controller\'s auditor indicates during an on-site audit that a fix is acceptable, the Processor\'s duty for that finding shall be deemed discharged.', 'verbal-agreement'],
      ['Log exports under this Clause will be accommodated where Processor considers the request to be proportionate.', 'vague-term'],
      ['The terms of any subcontracting of the helpdesk shall be the subject of a separate understanding between the parties.', 'agreement-to-agree'],
    ]);
  });
});

describe('round 52 (stop 29): pricing discussed nearer the end of the term, credits a joint committee will consider, an amount to be agreed in the order form, agreeing in due course, a later amendment, discussing the split of fines, terms written up when we sign, pricing agreed with the sales team; a waiver if someone tells us, concurrence on a bridge call, no penalties after a phone agreement, a messaging platform relied on, acceptance confirmed when someone tells us, promises on a visit treated as part of the contract, verbal assent as proof, changes in a chat group implemented, an extension on a phone request, licences considered ordered; an asset list changed at will, a purpose that is no right, functionalities modified, whenever necessary, kept no longer than necessary, the greatest extent possible, limitations the processor may impose, fair use limits, unforeseen difficulties; contracted negations, a named IEC standard', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Renewal fees will be discussed with you nearer to the end of your contract term.', 'agreement-to-agree'],
      ['Any credits for the election period will be considered by the joint steering committee and, if approved, added by addendum.', 'agreement-to-agree'],
      ['The Supplier\'s total liability shall be limited to an amount to be agreed in the Order Form.', 'agreement-to-agree'],
      ['The parties shall in due course agree on a data transfer clause for the backup site.', 'agreement-to-agree'],
      ['Response targets for low-priority tickets will be added by a subsequent amendment once the trial ends.', 'agreement-to-agree'],
      ['The parties will discuss in good faith the split of any regulator fines.', 'agreement-to-agree'],
      ['Support credits will be discussed and written up when we sign your order form.', 'agreement-to-agree'],
      ['Pricing above 100 users is something you\'ll agree with our sales team before upgrading.', 'agreement-to-agree'],
      ['Deletion of the archive at the end of the term may be waived if the Council\'s officer tells our account manager that it is still needed.', 'verbal-agreement'],
      ['An incident may be downgraded once the Client\'s IT lead concurs on the bridge call.', 'verbal-agreement'],
      ['Where the Authority\'s manager agrees by telephone to move the go-live date, the Contractor shall not incur delay penalties for the move.', 'verbal-agreement'],
      ['The Supplier may rely on confirmation received through the Council\'s messaging platform as approval of the release.', 'verbal-agreement'],
      ['Acceptance is confirmed when the Client\'s site lead tells our engineer that the system works.', 'verbal-agreement'],
      ['Commitments our engineers make about fix times when they visit your plant are treated as part of your contract.', 'verbal-agreement'],
      ['The customer\'s verbal assent at the end of the commissioning visit is sufficient proof that the sensors were installed correctly.', 'verbal-agreement'],
      ['Firewall changes may be instructed through the project WhatsApp group and will be implemented by the duty engineer.', 'verbal-agreement'],
      ['The Operator may extend the retention of recordings where the Client\'s manager so requests by phone.', 'verbal-agreement'],
      ['Extra seats activated at the request of the branch office during an on-site inspection shall be considered ordered.', 'verbal-agreement'],
      ['The Contractor may change the monitored asset list and the service levels attached to it whenever its priorities so require.', 'vague-term'],
      ['We back up your files frequently so you can restore recent work.', 'vague-term'],
      ['The Supplier may modify functionalities of the portal whenever it sees fit.', 'vague-term'],
      ['The Provider shall update the interface mappings whenever necessary.', 'vague-term'],
      ['The Processor shall keep call recordings of the agents for no longer than is necessary.', 'vague-term'],
      ['The Supplier shall keep the platform available to the greatest extent possible.', 'vague-term'],
      ['Inspection rights under this DPA are subject to such restrictions as the Processor may reasonably impose.', 'vague-term'],
      ['Fair use limits apply to storage, and we will tell you if you exceed them.', 'vague-term'],
      ['Delays attributable to unforeseen difficulties shall not give rise to penalties.', 'vague-term'],
    ]);
  });

  it('spares an approval by phone denied with a contracted negation and a soft word bounded by a named IEC standard', () => {
    spares([
      'Upgrading needs a signed order; our support staff can\'t approve it by phone.',
      'The Supplier shall keep adequate controls for remote access, at least those required by IEC 62443-3-3.',
    ]);
  });
});

describe('round 53 (stop 29): scope altered from time to time, industry-normal ranges, terms established at a later stage, two named sides who will discuss a scheme, approvals over radio that remain valid, refunds where we think it is warranted, work after a quick chat that counts as accepted, expectations not construed as enforceable, levels reviewed and set by a joint committee, catalogue components changed at discretion, things we will talk through with a third party, list prompts, the date given in conversation that counts, figures not to be read as a guarantee, a standalone agreement we will sign; work quoted before it is carried out', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Supplier may from time to time alter the scope of the helpdesk service.', 'vague-term'],
      ['Response times are expected to stay within industry-normal ranges.', 'vague-term'],
      ['Retention periods for the camera footage are to be established by the Council in consultation with residents at a later stage.', 'agreement-to-agree'],
      ['The Supplier and the Council will discuss in good faith a credit scheme should uptime fall below the target.', 'agreement-to-agree'],
      ['Berth changes may be approved by the harbour master over VHF radio and shall remain valid until departure.', 'verbal-agreement'],
      ['Where we think it\'s justified, we\'ll credit your account for the outage.', 'vague-term'],
      ['Dashboards our analysts build after a quick chat with your manager count as accepted and will be invoiced at our day rate.', 'verbal-agreement'],
      ['The service levels in this Part express the Council\'s expectations and shall not be construed as enforceable obligations.', 'vague-term'],
      ['Service levels for year two will be reviewed and set by the Joint Steering Committee in light of first-year performance.', 'agreement-to-agree'],
      ['The Service Provider may add, withdraw or modify components of the Service Catalogue at its discretion.', 'vague-term'],
      ['Refunds for cancelled events are something we\'ll talk through with the venue and settle together.', 'agreement-to-agree'],
      ['Categories of data transferred: [list categories].', 'agreement-to-agree'],
      ['Delivery dates can be moved by chatting with your project manager, and any new date they give you in conversation is the one that counts.', 'verbal-agreement'],
      ['The 99.9% uptime figure is a design objective for the hosting tier and should not be read as a guarantee of service.', 'vague-term'],
      ['Our revenue share will be set in a standalone agreement we\'ll sign with you once your shop reaches Gold status.', 'agreement-to-agree'],
    ]);
  });

  it('spares work the client may ask for that is quoted before it is carried out', () => {
    spares([
      'The Customer may ask for extra penetration tests whenever it wishes, and each test will be quoted separately before it is carried out.',
    ]);
  });
});

describe('round 54 (stop 29): the composition of services changed at discretion, enough qualified analysts, emergency work at any time it deems necessary excluded from downtime, more talk as no fallback, discussion between the parties if an event occurs, pricing negotiated with you separately; exceptions accepted during a site survey, assurances that oblige, requests by telephone supplied and invoiced, add it to your bill, understandings reached informally, approvals in a business review, extensions that apply as soon as agreed; a call for proposals is no call; confirmation through a billing page, costs capped in money, a capped charge for what the client asks', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Supplier may change the composition of the Support Services at its sole discretion.', 'vague-term'],
      ['The Contractor will provide enough qualified analysts to meet the Council\'s deadlines.', 'vague-term'],
      ['The Provider may carry out emergency maintenance at any time it deems necessary, and such periods shall not count as Downtime.', 'vague-term'],
      ['The parties undertake to agree service levels within two months, failing which they will continue negotiations until agreement is reached.', 'agreement-to-agree'],
      ['Compensation for sub-processor breaches will be discussed between the parties if such a breach occurs.', 'agreement-to-agree'],
      ['Pricing for volume plans is negotiated with you separately.', 'agreement-to-agree'],
      ['Exceptions that the parties\' engineers accept while conducting the site survey remain valid for the whole term.', 'verbal-agreement'],
      ['Any assurance given via Telegram by the Council\'s officer about site access obliges the Council to pay for waiting time.', 'verbal-agreement'],
      ['Additional interpreters requested by a court clerk by telephone shall be supplied by the Contractor and invoiced under the Schedule of Rates.', 'verbal-agreement'],
      ['Need more storage? Just ask your account manager over the phone and we\'ll turn it on and add it to your bill.', 'verbal-agreement'],
      ['Any understanding reached informally between the parties\' security teams shall be honoured as if it formed part of this Agreement.', 'verbal-agreement'],
      ['The account manager may approve a discount in the course of the annual business review, and that approval binds the Supplier.', 'verbal-agreement'],
      ['Your trial can be extended by our team on a call, and the extension applies as soon as they agree.', 'verbal-agreement'],
    ]);
  });

  it('reads an open call for proposals as no informal call', () => {
    expect(codes('The Contractor shall ensure that interruptions of the grant application portal during the open call for proposals are kept to a reasonable level.')).toEqual(['vague-term']);
  });

  it('spares a confirmation through a billing page and soft costs capped in money', () => {
    spares([
      'Any change to your plan must be confirmed by an administrator through the billing page before it takes effect.',
      'The Processor shall bear the costs of notifying data subjects, to the extent reasonable and capped at EUR 20,000 per incident.',
      'Reasonable costs of a data export requested by the Customer are chargeable, capped at GBP 500 per export.',
      'Any reasonable costs of helping you leave the platform are passed on at cost and will never be more than USD 3,000 in total.',
    ]);
  });
});

describe('round 55 (stop 29): requests told to a rep and added, safeguards modified at discretion, a decision at a later stage on what terms, doing what we can, instructions a party may act on, an assessment by one party in good faith, functionality updated periodically, discussion at renewal time; insurance defined by a minimum in money, a soft word that betters a hard limit, a discretion over a request, a condition of intending, an adequacy decided by a public body', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['If you tell your regional rep at a trade fair that you want extra branches, we\'ll add them and invoice you accordingly.', 'verbal-agreement'],
      ['The Supplier may modify the safeguards described in Schedule 3 at its discretion.', 'vague-term'],
      ['The Council will decide at a later stage whether the app is extended to other districts and on what terms.', 'agreement-to-agree'],
      ['If you leave us, we\'ll do what we can to hand your records to your new provider.', 'vague-term'],
      ['The Client agrees that the Supplier may act on instructions sent by any member of the Client\'s claims team via WhatsApp to reset passwords.', 'verbal-agreement'],
      ['Transfers abroad shall be made only where the recipient offers comparable protection, as assessed by the Processor in good faith.', 'vague-term'],
      ['The Contractor may periodically update the functionality of the portal, including by withdrawing features.', 'vague-term'],
      ['Volume discounts will be discussed at renewal time.', 'agreement-to-agree'],
    ]);
  });

  it('spares insurance defined by a minimum, a soft word that betters a hard limit, a discretion over a request, an intention as a condition, and an adequacy a public body decides', () => {
    spares([
      'The Supplier shall maintain adequate insurance, meaning at minimum professional indemnity cover of SGD 5 million.',
      'Incident reports shall reach the Council no more than 24 hours after discovery, and sooner where possible.',
      'The Regulator may at its discretion request extra reports, which the Contractor shall supply within ten Working Days.',
      'Where the Supplier intends to change a subcontractor, it shall give 30 days\' written notice.',
      'An adequate country is one that ensures an adequate level of protection, as decided by the European Commission.',
    ]);
  });
});

describe('round 56 (stop 29): levels reviewed and revised by a joint committee, telling a teacher and being switched over, terms the parties will discuss, case by case, proceeding on a chat confirmation, sitting down with you to figure out, a subsequent negotiated agreement, things we can\'t control, we and a named body working out later, a phone notification that discharges a duty, acceptance deemed after a debrief, work on a go-live day treated as approved, terms from a Teams meeting that apply even without an order form, no further action after an audit; costs capped by a regulation\'s rates', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The service levels for the help desk shall be reviewed and revised every year by a joint steering committee.', 'agreement-to-agree'],
      ['If you tell your teacher at the lesson that you want the longer course, we\'ll switch you over and charge the difference.', 'verbal-agreement'],
      ['Exit support will be provided on terms that the parties will discuss in good faith at that time.', 'agreement-to-agree'],
      ['Refunds for cancelled classes will be discussed with you case by case.', 'agreement-to-agree'],
      ['Replacing a branch switch may proceed on the strength of a WhatsApp confirmation from the store manager.', 'verbal-agreement'],
      ['Each year we\'ll sit down with you to figure out new storage limits.', 'agreement-to-agree'],
      ['Any extension to further districts shall be the subject of a subsequent negotiated agreement.', 'agreement-to-agree'],
      ['Delays caused by things we can\'t control, like your router, don\'t count as outages.', 'vague-term'],
      ['We and the federation will work out together, at some later point, how data revenue is shared.', 'agreement-to-agree'],
      ['A breach notification made by telephone to the Controller\'s duty officer shall discharge the Processor\'s notification duty in full.', 'verbal-agreement'],
      ['Acceptance of the module shall be deemed to have occurred if the Council\'s staff use it at the pilot without raising objections at the debrief.', 'verbal-agreement'],
      ['Configuration our trainer carries out during the go-live day is treated as approved by you and will be billed hourly.', 'verbal-agreement'],
      ['Terms you work out with your account manager in a Teams meeting apply to your plan, even if we don\'t send you a new order form.', 'verbal-agreement'],
      ['Where the Controller\'s auditor agrees during an on-site audit that an issue is closed, the Processor need take no further action on it.', 'verbal-agreement'],
    ]);
  });

  it('spares costs capped by the rates a regulation lays down', () => {
    spares([
      'The Council reimburses reasonable travel costs, not exceeding the rates laid down in the national travel regulation.',
    ]);
  });
});

describe('the expressions for text scanned as written (stop 29)', () => {
  it('keep an apostrophe inside a character class a character of that class, so that a phrase with a curly apostrophe in a word reads as with a straight one', () => {
    // Lower-casing İ lengthens the text, so it is scanned as written, through the same expressions compiled for it.
    expect(codes('İstanbul office: if you tell your teacher at the lesson that you want the longer course, we\u2019ll switch you over and charge the difference.')).toContain('verbal-agreement');
  });
});

describe('round 57 (stop 29): scoped and priced with you later, picked together, set at your first annual review, allocated in a subsequent agreement; left out of reporting on a chat confirmation, treated as authorised after a workshop, phone instructions that need no written confirmation, switched on after a quick word, oral extensions that do not count as downtime, assurances on a site survey; kept as long as we think useful, an annex amended at will, a fair heads-up, training as required, deleted once no longer needed, best judgement when prioritising; only published answers binding, an Act named by number and year', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['If you need a custom connector, we\'ll scope and price that with you later.', 'agreement-to-agree'],
      ['You and we will pick a hosting region together before go-live.', 'agreement-to-agree'],
      ['The loyalty discount will be set at your first annual account review.', 'agreement-to-agree'],
      ['Responsibility for replacing old sensors will be allocated between Council and Supplier in a subsequent agreement.', 'agreement-to-agree'],
      ['If the Client\'s lead confirms in the shared Teams channel that a slow period may be ignored, the Supplier will leave it out of the availability report.', 'verbal-agreement'],
      ['Exports shall be treated as authorised where the Controller\'s staff raised no objection during the onboarding workshop.', 'verbal-agreement'],
      ['Instructions from the Controller\'s duty officer given by telephone during an incident are valid instructions and need no written confirmation.', 'verbal-agreement'],
      ['Extra storage can be switched on by your account manager after a quick word with you, and it will be billed monthly.', 'verbal-agreement'],
      ['Window extensions agreed orally between the service owners shall not count as unplanned downtime.', 'verbal-agreement'],
      ['Any assurances about fix times given by our engineers during the site survey shall form part of the Services.', 'verbal-agreement'],
      ['We keep your logs for as long as we think is useful.', 'vague-term'],
      ['The Processor may amend Annex 2 at any time by posting a new version online.', 'vague-term'],
      ['We will give you a fair heads-up before we move your data.', 'vague-term'],
      ['The Supplier shall provide training to the Board\'s staff as required during the term.', 'vague-term'],
      ['Backups shall be deleted once the Processor no longer needs them.', 'vague-term'],
      ['Helpdesk staff will use their best judgement when prioritising tickets.', 'vague-term'],
    ]);
  });

  it('spares a telephone channel denied force and measures named by an Act', () => {
    spares([
      'Questions may be put by telephone to the helpline, but only answers published on the portal shall be binding.',
      'The Supplier shall implement appropriate measures, namely those required by the Protection of Personal Information Act 4 of 2013.',
    ]);
  });
});

describe('round 58 (stop 30): subject to review and mutual agreement, whatever we mutually settle on later, discussed with you before the end of your first term or as the need arises, as the two of them arrange between them; work at the request of duty staff treated as instructed, extras promised to you by sales at a trade show, hours worked with the knowledge of a controller deemed approved, priorities agreed on a visit that then govern, clarifications at a bidders\' conference binding, extras set up on a visit counted as ordered, undertakings given during negotiations forming part of the terms, changes settled on at a stand-up; something outside our control, where we can, provisional dates that are no more than an estimate, kept for such period as the provider determines; statements superseded by the agreement', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Support fees after the first year are subject to review and mutual agreement before the anniversary date.', 'agreement-to-agree'],
      ['The addendum will record whatever response times we mutually settle on at a later date.', 'agreement-to-agree'],
      ['The price of the next term will be discussed with you before the end of your initial term.', 'agreement-to-agree'],
      ['Fees for extra report runs will be discussed between the parties as the need arises.', 'agreement-to-agree'],
      ['Weekend cover will be as the Supplier and the Trust arrange between them each spring.', 'agreement-to-agree'],
      ['Repairs done at the request of the night shift supervisor shall be treated as instructed by the Client.', 'verbal-agreement'],
      ['Free months promised to you by our partner team at an industry trade show are honoured automatically.', 'verbal-agreement'],
      ['Overtime worked with the knowledge of the Customer\'s plant manager is deemed approved and chargeable.', 'verbal-agreement'],
      ['The field engineer may, while visiting the depot, agree new repair priorities with the duty manager, and those priorities then govern the work.', 'verbal-agreement'],
      ['Answers given by the Ministry at the pre-bid conference shall bind the parties.', 'verbal-agreement'],
      ['If our installer adds extra tills for you during a site visit, we\'ll count them as ordered by you.', 'verbal-agreement'],
      ['Commitments our sales director made during contract negotiations about data location form part of this agreement.', 'verbal-agreement'],
      ['Firewall settings the administrators settle on during the weekly stand-up may be applied without raising a change ticket.', 'verbal-agreement'],
      ['If anything happens that falls outside our control, no service credit is due.', 'vague-term'],
      ['Where we can, we\'ll warn you before maintenance that might interrupt your bookings.', 'vague-term'],
      ['The go-live dates in the plan are provisional and represent no more than the Supplier\'s current estimate.', 'vague-term'],
      ['Audit logs are retained for such period as the Processor may determine.', 'vague-term'],
    ]);
  });

  it('spares statements superseded by the agreement, a provisional level still to be finalised as a deferral, and an estimate that is a formality', () => {
    spares([
      'Any statement made during contract negotiations is superseded by this Agreement.',
      'Work carried out at the request of duty staff must first be confirmed in writing by the Employer.',
      'The Provider shall attend meetings that the Customer and its auditors arrange with at least 10 business days\' notice.',
      'Where the engineer, while visiting the site, discusses priorities with staff, the priorities in Schedule 2 shall govern.',
      'The Customer may keep copies for such period as it may determine.',
    ]);
  });
});

describe('round 59 (stop 30): as negotiated between two teams, a shared position to reach, a plan both parties are to discuss and sign off, a test plan to be jointly approved, an amendment to be signed after a pilot, discussed once a party has reviewed, arriving at terms in due course; directions while walking a site, dates given in a demo that are part of the obligations, statements given the force of a warranty; intervals of its own choosing, times the provider considers least disruptive, a service description or storage locations changed at will; an effort bounded by a guaranteed floor or by a limit in any event, however far after it', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Contractor may act on directions given by the county engineer while walking the pipeline route with the crew as authority to order extra valves.', 'verbal-agreement'],
      ['The Operator shall test its backup generators at intervals of its own choosing.', 'vague-term'],
      ['Credits will be as negotiated between the Client\'s finance lead and our service manager at the first quarterly review.', 'agreement-to-agree'],
      ['The parties will meet before launch to reach a common position on whether the Supplier may reuse anonymised traffic data.', 'agreement-to-agree'],
      ['Peak-season capacity will be covered in a scaling plan that both parties are to discuss and sign off before the season opens.', 'agreement-to-agree'],
      ['Acceptance tests: as described in the test plan to be drafted and jointly approved during the design phase.', 'agreement-to-agree'],
      ['Firmware updates shall be installed at such times as the Supplier considers least disruptive.', 'vague-term'],
      ['Charges for weekend support shall be fixed by an amendment to be signed upon completion of the trial period.', 'agreement-to-agree'],
      ['Historic data import is excluded for now; its price will be discussed once the Authority has reviewed the sample files.', 'agreement-to-agree'],
      ['The Supplier may amend the Service Description unilaterally whenever it considers this necessary, and the Customer shall accept any such amendment.', 'vague-term'],
      ['The Licensor and the Licensee shall in due course arrive at the terms on which the Licensee may resell the platform.', 'agreement-to-agree'],
      ['The Processor may engage new sub-processors and change the locations at which it hosts the data at its sole discretion and without notice.', 'vague-term'],
      ['Any go-live date that our account team gave you during your product demo is part of our obligations under this agreement.', 'verbal-agreement'],
      ['Statements made by the Supplier\'s architect during the site inspection that the network is segregated shall have the force of a warranty.', 'verbal-agreement'],
      ['Support hours will be confirmed once we have discussed your rota with you during onboarding.', 'agreement-to-agree'],
    ]);
  });

  it('spares an effort with a floor, an interim fallback, a signing clause and the client\'s own audit rhythm', () => {
    spares([
      'We will use reasonable efforts to answer every ticket within an hour, and we guarantee a first response within 4 business hours.',
      'The Supplier shall use reasonable endeavours to repair the link within two hours and shall in any event repair the link, or provide a temporary replacement connection, within six hours of the fault being reported.',
      'Support hours will be confirmed once we have discussed your rota with you during onboarding; until then, the standard hours in Schedule 2 apply.',
      'Any amendment to this Agreement is to be signed by both parties before it takes effect.',
      'The Customer may audit the Supplier at intervals of its own choosing.',
    ]);
  });
});

describe('round 60 (stop 30): an effort under a floor (as a floor, whatever the outcome, at a minimum, as a minimum, in all events); a change a director requests in a videoconference treated as approved, service extended by telling the account lead with fees from that conversation, a sign-off in a voice message that triggers payment, ballots asked for in person and paid for, acceptance announced, variations settled by telephone and invoiced, commitments on an on-site assessment incorporated, extensions deemed granted when the processor rings, conference statements treated as terms, requests over a ranger radio network treated as authorised; throughput reduced at will, trying hard, such coaching as the provider thinks proper; terms the parties arrive at together, a separate commercial discussion, a responsibility that remains open', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Supplier shall treat as an approved Change any extra coverage that the operations director of the transport service requests in a videoconference.', 'verbal-agreement'],
      ['The Customer\'s site lead may extend the support service to further depots simply by telling our account lead, with fees running from the date of that conversation.', 'verbal-agreement'],
      ['Sign-off of the migration may be given by the Client\'s sponsor in a voice message, and that sign-off shall trigger the milestone payment.', 'verbal-agreement'],
      ['Where a polling manager asks the Supplier in person to deliver more ballot boxes, the Supplier shall do so and the Council shall pay for them at the agreed rates.', 'verbal-agreement'],
      ['Acceptance of the release may be given at the end of testing by the Client\'s test manager announcing it to the Supplier\'s team.', 'verbal-agreement'],
      ['Variations to the scope of the Dari and Pashto interpreting services for the Regional Health Directorate may be settled between the Contract Manager and the Supplier by telephone and invoiced accordingly.', 'verbal-agreement'],
      ['Commitments made by the Processor\'s architects during the on-site security assessment are incorporated by reference into this Addendum.', 'verbal-agreement'],
      ['Extensions of the incident-report deadline requested by the Processor shall be deemed granted if the Controller\'s data protection officer assents to them when the Processor rings the national privacy hotline.', 'verbal-agreement'],
      ['Statements made by the Authority\'s buyer at the bidders\' conference about expected volumes shall be treated as terms of this Contract.', 'verbal-agreement'],
      ['The Contractor shall treat any change request raised by a district park warden over the ranger radio network in the northern reserves as authorised by the Department of Conservation.', 'verbal-agreement'],
      ['We may reduce throughput without notice for any customer whose usage we consider excessive.', 'vague-term'],
      ['We\'ll try hard to keep the app working on older phones.', 'vague-term'],
      ['The Supplier shall give the Council\'s staff such coaching on the new system as the Service Provider thinks proper before go-live.', 'vague-term'],
      ['Any replacement of the kiosks will proceed on terms that the Council and the Supplier arrive at together later in the term.', 'agreement-to-agree'],
      ['Pricing for extra sensors beyond the first 50 shall be the subject of a separate commercial discussion between the parties.', 'agreement-to-agree'],
      ['Responsibility for the handheld printers remains open and shall be settled in the Exit Plan.', 'agreement-to-agree'],
    ]);
  });

  it('spares efforts under a floor, two parties changing together, a radio station, opening hours and updates that reach a vessel', () => {
    spares([
      'We will use reasonable endeavours to move your old templates and, as a floor, we will convert every template supplied in DOCX format before go-live.',
      'The Supplier shall use its best endeavours to find a replacement part and, whatever the outcome, shall lend a spare unit within 24 hours of the failure.',
      'The Provider shall make reasonable efforts to recover every mailbox, and at a minimum shall restore all mailboxes from the last nightly backup within six hours.',
      'The Contractor shall take all reasonable steps to keep the portal running and shall, as a minimum, maintain availability of 99.8% in each month.',
      'The Provider shall use commercially reasonable efforts to avoid outages, and shall in all events achieve monthly availability of at least 99.9%.',
      'Radore and the Customer may change the committed bandwidth only by a signed change order.',
      'Round-trip latency on the community radio stream shall not exceed 150 milliseconds.',
      'The service desk remains open until 8pm on business days.',
      'The Provider shall ensure that chart and permit updates reach each vessel before it sails.',
    ]);
  });
});

describe('round 61 (stop 30): measures or controls that bind nobody, a list of supported devices and rates varied whenever it chooses, sub-processors added or replaced at will, encryption where it judges the risk to warrant it, charges amended by a revised schedule, estimates it does not promise to achieve, as and when commercially sensible, times that are aims, as long as is practical, terms and fees updated whenever we choose, intervals of the supplier\'s choosing; a format specified in a later exchange, a rate established by the parties in a plan, staff named by common accord, times jointly determined after a baseline, key personnel by joint decision; a voice note acted on as a formal request, an arrangement over WhatsApp with effect as an approved change, modules accepted when you speak to a team; an effort under a location floor or a floor of fewer than a share', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The controls listed in Annex 3 are illustrative of the Processor\'s usual practice and do not represent a binding commitment for the Council\'s tenant data.', 'vague-term'],
      ['The Provider reserves the right to vary the list of supported scanners and its daily rates for extra work at the Client\'s depots whenever it chooses.', 'vague-term'],
      ['The Processor may add or replace sub-processors for the booking database whenever it wishes, and the list on its website as updated shall form part of this DPA.', 'vague-term'],
      ['Multi-factor authentication for the registry staff accounts shall be enabled by the Processor where it judges the risk to warrant it.', 'vague-term'],
      ['The Supplier may unilaterally amend the Charges for the archive digitisation project by issuing a revised price schedule, which shall bind the Authority from its date of issue.', 'vague-term'],
      ['Uptime figures shown in your Order Form for the booking dashboard are estimates based on past performance across our Estonian customer base and we do not promise to achieve them.', 'vague-term'],
      ['The Vendor shall add support for new barcode printers as and when it is commercially sensible to do so.', 'vague-term'],
      ['Attendance times stated in this Statement of Work for the Perth branches are aims, and the MSP gives no assurance that they will be met on any particular visit.', 'vague-term'],
      ['We will keep the kiosk software compatible with your card readers for as long as is practical.', 'vague-term'],
      ['We may update these Terms, the product features and the subscription fees whenever we choose, and your continued use of the service means you accept the changes.', 'vague-term'],
      ['Snapshots of the case management database will be taken at intervals of the Supplier\'s choosing.', 'vague-term'],
      ['The Processor may change its list of sub-processors and hosting locations at its sole discretion, and such changes shall bind the Controller from their publication online.', 'vague-term'],
      ['Export format for the archive on exit: as the Council and the Supplier specify in a later exchange of emails.', 'agreement-to-agree'],
      ['Service credits for late delivery of the kiosk network shall accrue at a daily rate to be established by the parties in the implementation plan.', 'agreement-to-agree'],
      ['The Supplier\'s project manager for the Riga depots shall be named at a subsequent date by common accord of the parties.', 'agreement-to-agree'],
      ['Resolution times for Severity 3 incidents on the ticketing cluster shall be as jointly determined by the Supplier and the Customer after the three-month baseline period.', 'agreement-to-agree'],
      ['Key Personnel, including the named account manager for the Austrian clinics, shall be designated by joint decision of the parties within the onboarding period.', 'agreement-to-agree'],
      ['Instructions given by the night duty officer of the Fisheries Directorate in a WhatsApp voice note shall be acted on by the Contractor as if they were formal service requests.', 'verbal-agreement'],
      ['A temporary change to the alarm thresholds for the Johor cold store, as arranged between the site engineer and the Provider\'s NOC over WhatsApp, shall have effect as an approved change to this SLA.', 'verbal-agreement'],
      ['Add-on modules may be accepted by you when you speak to our customer success team, and we will bill the modules for your sites from that date.', 'verbal-agreement'],
    ]);
  });

  it('spares efforts under a floor and changes the client is told of or may leave', () => {
    spares([
      'The Processor shall make reasonable efforts to keep the museum\'s visitor data in its Tallinn data centre, and shall in no case transfer it outside Estonia or the European Economic Area.',
      'The Provider shall use reasonable endeavours to resolve Priority 3 faults in the booking module and shall resolve no fewer than 90% of such faults each month within 2 Business Days.',
      'We may change these Terms only by giving you written notice 30 days in advance, and you may then terminate without charge.',
      'The Provider may alter the subscription fees with effect from the next renewal, and the Customer may terminate before that renewal.',
    ]);
  });
});

describe('round 62 (stop 30): a chat confirmation that keeps a period out of the availability figure, a monthly fee varied whenever costs rise, in due time, clarifications at a pre-bid conference whether or not published, changes arranged on a school visit and implemented forthwith, time limits customary for such services, a separate agreement to conclude, staffing and features changed at will, support hours as mutually settled in a later order form, criteria settled in an inception report, consent at a working meeting considered granted; spares an effort with a guaranteed percentage, a superior force defined for the affected party, a notice not given that orders nothing, a timing word inside a deferral and an objection in text form', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Where the Client\'s service owner confirms in a Slack thread that a period of slow response on the Ghent booking portal was acceptable, that period will not count toward the Availability figure.', 'verbal-agreement'],
      ['The Provider may vary the monthly fee for managed payroll services to the Vilnius care homes whenever its own costs rise, and the varied fee shall apply from the next invoice.', 'vague-term'],
      ['Response to faults in the electronic declarations platform of the Customs Authority shall be provided in due time by the Supplier\'s service desk in accordance with the Supplier\'s internal procedures.', 'vague-term'],
      ['The functional specification for the Tbilisi border module shall include any answers given by Authority officials at the pre-bid conference, whether or not those answers were subsequently published.', 'verbal-agreement'],
      ['Small changes to the bus timetables held in the Council\'s system may be arranged between the Supplier\'s route planner and the head teacher when the Supplier visits the school and shall be implemented forthwith.', 'verbal-agreement'],
      ['The Supplier shall perform the Services with due skill and within the time limits customary for services of this type.', 'vague-term'],
      ['The parties will conclude a separate maintenance agreement setting out fix times for the Lima dispatch integration.', 'agreement-to-agree'],
      ['We reserve the right to change licence prices for the analytics module whenever we decide, and new prices apply to your next invoice whether or not we have told you about them.', 'vague-term'],
      ['The consent of the Controller to the reuse of sample data for research purposes, given by the head of the laboratory at the working meeting, shall be considered granted for the term of the Agreement.', 'verbal-agreement'],
      ['The MSP may change the staffing, location and opening hours of the service desk supporting the Prague office at its own discretion, and no such change entitles the Client to terminate or to any reduction in fees.', 'vague-term'],
      ['We may modify or discontinue any feature of the booking app, including the way fares are calculated, at any time and without notice to you.', 'vague-term'],
      ['Support hours for the Regina dispatch tenant shall be as mutually settled in a subsequent Order Form.', 'agreement-to-agree'],
      ['The acceptance criteria for the donor module of the National Blood Service are to be settled in the Inception Report.', 'agreement-to-agree'],
      ['Service levels for the Premium plan will be set in an order form that the parties will execute in due time.', 'agreement-to-agree'],
    ]);
  });

  it('spares what stays bounded or written', () => {
    spares([
      'We will use reasonable endeavours to keep the portal available and in any event will achieve 99.8% monthly availability as measured under Schedule 2, failing which service credits apply.',
      '\'Higher Force\' means an event beyond the reasonable control of the affected party, such as flood, landslide or war, which prevents it from performing this Contract.',
      'We may change these Terms by notifying you by e-mail at least six weeks before the changes take effect, and if you do not object in text form within that period your consent is deemed given.',
    ]);
  });
});

describe('round 63 (stop 30): a matter for the parties to resolve at the relevant review, jointly established by managers of both parties, set out in a separate side letter, completed by one party and approved by the other, agreed in due course despite unresolved incidents, liability for claims discussed at a review, worked out later by we and the customer; silence at a meeting, orally accepted exclusions treated as agreed, cover agreed by phone and included, assurances at a tender clarification meeting with contractual force, deferral requested on a call without any further instrument, work started on the strength of a discussion, a chat agreement dispensing with a breach notice, reports requested by phone billed at a rate, a radio instruction constituting authority; a rate card, a catalogue and rates changed at will, prices adjusted as market conditions require, something we cannot reasonably control, the earliest convenient point; spares the test of avoidability in a force-majeure definition and a support request billed in blocks', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Any rise in the per-seat charge after year three of the managed service for the Latvian libraries shall be a matter for the parties to resolve at the relevant annual review.', 'agreement-to-agree'],
      ['The Processor is authorised to use member data for service analytics where this was discussed with, and not objected to by, the Controller\'s membership director at any meeting.', 'verbal-agreement'],
      ['Exclusions from the terminal availability calculation that the Customer\'s service lead accepts orally at the quarterly business review shall be treated as agreed for service credit purposes.', 'verbal-agreement'],
      ['If our technician agrees with staff at your Aarhus fundraising office over the phone to extend cover into the evening, that cover is included in the Services for that week and billed at the evening rate.', 'verbal-agreement'],
      ['Priority definitions for incidents affecting the Tallinn ticketing CRM shall be jointly established by the Service Managers of both parties within thirty days after the Effective Date.', 'agreement-to-agree'],
      ['Assurances on data residency for the archive information system given by the Contractor\'s project director at the Tartu City Council tender clarification meeting shall have contractual force as if set out in this Contract.', 'verbal-agreement'],
      ['Service credit levels for the loan API shall be set out by the parties in a separate side letter after the first quarter of live operation.', 'agreement-to-agree'],
      ['Deletion of burial records on termination may be deferred for as long as the Controller\'s representative has requested on a call, without any further instrument.', 'verbal-agreement'],
      ['Work on migrating the foundation\'s donor records that was started on the strength of the discussion held on 9 March shall count as authorised and be invoiced accordingly.', 'verbal-agreement'],
      ['The Service Provider reserves the right to amend the rate card for on-site visits to the Riga branches whenever it chooses and without notice to the Customer.', 'vague-term'],
      ['Storage above your plan\'s allowance is charged at our then-current rates, which we may set and adjust as we see fit.', 'vague-term'],
      ['Where the Controller\'s privacy lead agrees in a Teams thread that a breach affecting members is minor, the Processor need not issue a formal breach notification.', 'verbal-agreement'],
      ['Annex 3 (Security Measures): to be completed by the Supplier and approved by the Council before processing of case records begins.', 'agreement-to-agree'],
      ['The Managed Service Provider reserves the right to amend the service catalogue, including the unit prices for managed storage, at its sole discretion and with immediate effect.', 'vague-term'],
      ['The Parties shall in due course agree a procedure for escalating unresolved incidents affecting the tolling back office in Subotica.', 'agreement-to-agree'],
      ['Custom reports built at the request of the Authority\'s control room supervisor, as expressed in a phone conversation, are billed at our professional services rate.', 'verbal-agreement'],
      ['Limits of liability for security breach claims under this Addendum shall be discussed by the parties at the annual contract review.', 'agreement-to-agree'],
      ['An instruction from the Controller to release call recordings to the police, if given by the shift supervisor over the radio, constitutes the Processor\'s authority to release them.', 'verbal-agreement'],
      ['We won\'t be responsible for any delay in publishing auction results if the delay is caused by something we can\'t reasonably control.', 'vague-term'],
      ['Images of visitors captured by the entrance cameras shall be pseudonymised by the Processor at the earliest convenient point after capture.', 'vague-term'],
      ['Unit prices for the stock-monitoring service in later years may be adjusted by the Contractor as market conditions require, and adjusted prices apply to all orders placed after the adjustment.', 'vague-term'],
      ['Premium-tier service levels will be added to these terms once we and the Customer have worked them out.', 'agreement-to-agree'],
    ]);
  });

  it('spares what stays bounded', () => {
    spares([
      'In this clause, Force Majeure means an event beyond the reasonable control of the affected party, such as flood, fire or war, that could not have been prevented by reasonable precautions.',
      'Each Remote Hands request at an on-site location is billed for at least 30 minutes, and after that in blocks of 15 minutes.',
    ]);
  });
});

describe('round 64 (stop 30): a change settled during a stand-up, enough call handlers, amounts the parties may subsequently settle in a change note, terms amended at any time by a body of several words, work requested from the bench, times the business associate considers convenient, credit percentages revised at any time, a rate card the parties are to establish, sub-processors engaged without notice; spares an audit carried out on site, an effort with a plan in all cases within that period, a fallback when two named parties fail to agree, costs capped by a fare and an allowance fixed by decree, and processing as the parties may later agree in writing', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Changes to the monitored sensor list for the Antofagasta plant that the parties settle during the weekly operations stand-up take effect from the next polling cycle without any further documentation.', 'verbal-agreement'],
      ['The Contractor must roster enough call handlers at the Yukon licensing helpline to cope with demand during peak periods.', 'vague-term'],
      ['Deductions for missed backup windows at the Tenerife plant shall be such amounts as the parties may subsequently settle in a Change Note.', 'agreement-to-agree'],
      ['The Island Council of La Palma may amend these Terms of Use, including the fees for the monitoring portal, at any time and without notice to the User.', 'vague-term'],
      ['Additional interpreting work requested by the presiding judge from the bench during a hearing at the Galle District Court shall be performed by the interpreter present and charged to the Court at the overtime rate.', 'verbal-agreement'],
      ['The Business Associate shall make its books and records relating to protected health information available to the Covered Entity\'s auditors at such times as the Business Associate considers convenient.', 'vague-term'],
      ['The Provider may revise the service credit percentages in Annex 3 at any time by publishing an updated version on its status page, and the revised percentages apply to all accounts from the moment of publication.', 'vague-term'],
      ['Egress charges for moving the archive out of the Provider\'s Tampere hosting region on exit shall follow a rate card that the parties are to establish at the time of exit.', 'agreement-to-agree'],
      ['The Processor may engage new sub-processors for the booking platform used by the Doha clinics by updating the list on its website, without any further notice to or consent of the Controller.', 'vague-term'],
    ]);
  });

  it('spares what stays bounded or is a formality', () => {
    spares([
      'The Controller may carry out one on-site audit per year on 30 days\' written notice, and a further audit after any Personal Data Breach, at its own cost.',
      'The MSP shall use reasonable endeavours to resolve Priority 2 incidents at the Dawson test centre within eight business hours and shall, in all cases, provide a workaround or a written remediation plan within that period.',
      'Should the Contracting Authority and the Contractor fail to agree the second-phase bin quantity for Oulu by 31 March, the Contractor shall install 900 sensors at the unit price in the Price Schedule.',
      'Interpreter travel costs for assignments outside Skopje shall be reimbursed at reasonable cost, not exceeding the economy-class bus fare and the per-kilometre allowance fixed by the government decree on travel expenses.',
      'The Processor processes Personal Data only as needed to provide the Services and as the parties may later agree in writing.',
    ]);
  });
});

describe('round 65 (stop 30): a list of countries changed whenever it chooses, an SLA we and you will sign separately, updated now and then, a promise at a steering committee, a voice note that suffices to commit, a handshake at a site visit that a hyphenated parking-ticket no longer hides, a voice note that governs, still under discussion, a credits schedule revised at any time, arrangements that govern, a telephoned request paid for without a purchase order, an approval on a support call treated as authority, as often as schedules allow, an objective and not a contractual undertaking of a company with S.A. in its name; spares efforts under a floor whatever the size or whatever happens, a ticket-logged phone line, a board that approves later and a list changed only after countersignature', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Processor may change the list of countries to which it transfers call-recording data of the Municipality of Kranj whenever it chooses, without informing the Controller.', 'vague-term'],
      ['Service levels for the Premium tier of the ComplianceVault platform will be set out in an SLA that we and you will sign separately.', 'agreement-to-agree'],
      ['The Vendor shall keep the speech model for the council minutes of Zarqa Municipality updated now and then so that new procedural terms are recognised.', 'vague-term'],
      ['The extra warehouse capacity for the winter surge, which the Provider\'s country director promised the Agency\'s supply chief at the Beirut steering committee, shall form part of this Schedule and be provided at no charge.', 'verbal-agreement'],
      ['Approval of emergency compute capacity for the El Alto shelter-supplies dashboard may be given by the Client\'s programme lead in a WhatsApp voice note, which shall suffice to commit the Client to the additional charges.', 'verbal-agreement'],
      ['The parties record that the revised service levels for the Hamilton parking-ticket machines were settled by handshake at the site visit of 3 March and shall operate from that date.', 'verbal-agreement'],
      ['The retention schedule set out by the Responsible Party\'s Information Officer in a voice note of 5 May 2025 shall govern the Operator\'s storage of crossing camera footage.', 'verbal-agreement'],
      ['The service level schedule for the grape-intake module is still under discussion and will be attached to this Order Form when finalised.', 'agreement-to-agree'],
      ['Sol Datacentro S.A. reserves the right to revise the service credits schedule applicable to the Salto permit platform at any time and at its sole discretion, revisions taking effect upon posting to the customer portal.', 'vague-term'],
      ['The Processor confirms that the deletion arrangements discussed with the Brewery\'s IT lead at the Paarl site meeting govern the deletion of seasonal staff records, notwithstanding Annex I.', 'verbal-agreement'],
      ['The Council shall pay for additional camera integration work performed at the telephoned request of the Parking Services Manager, notwithstanding that no purchase order has been raised.', 'verbal-agreement'],
      ['We\'ll treat any approval you give us on a support call as authority to replace brewery hardware at your cost, and we won\'t ask you to confirm it in writing.', 'verbal-agreement'],
      ['We\'ll keep your bottling-line workstations patched as often as our technicians\' schedules allow, prioritising the updates we judge to be critical.', 'vague-term'],
      ['Availability of the Cellar Analytics tenant is targeted at 99.9% per calendar month, it being understood that this figure constitutes a service objective of Nuvem Atlântica, S.A. and not a contractual undertaking towards the Client.', 'vague-term'],
      ['The detailed migration plan will be approved by the Project Board at a date yet to be fixed.', 'agreement-to-agree'],
    ]);
  });

  it('spares what stays bounded, written or a support line', () => {
    spares([
      'The Provider shall use reasonable endeavours to reduce the queue of open tickets and shall, whatever the size of the queue, close at least 85% of Priority 3 tickets within ten Working Days.',
      'We\'ll use reasonable efforts to restore the RailView service after an outage and, whatever happens, will restore at least read-only access within four hours.',
      'Incidents may be reported on the phone number in Appendix 1, but each call is logged as a ticket and the ticket timestamps alone govern response-time measurement.',
      'The Supplier may update the list of data centres as needed, but only after the Authority has countersigned the update, and every data centre shall be located within the EU/EEA.',
    ]);
  });
});

describe('round 66 (stop 30): an excuse wider than force majeure, so far as it is able to secure them, separate negotiation, a rate the parties will fix in a written amendment, consult each other and decide together, an approval in person sufficient for a clause, insofar as practicable, worked them out after a pilot, an assurance that constitutes a binding commitment, such changes as it judges relevant, at some later point work out, a subsequent addendum, acceptance following a site visit treated as an amendment, two parties of several words that will jointly fix; spares the client\'s own discretion over its request and efforts under a floor that will not fall below, at or above, or at least a share in any case', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Contractor shall not be responsible for delays in the Bergen lighting rollout attributable to circumstances it could not reasonably have foreseen, whether or not those circumstances amount to Force Majeure.', 'vague-term'],
      ['Sub-processors engaged for the Nicosia monitoring analytics shall be bound by data protection obligations similar to those in this DPA, so far as the Processor is able to secure them.', 'vague-term'],
      ['Custom integrations with the Bergen municipality\'s asset register are not included in the subscription and will be scoped and priced by separate negotiation.', 'agreement-to-agree'],
      ['Service credits for the Charlottetown terminal-monitoring service shall be payable at a rate which the parties will fix in a written amendment to this SLA.', 'agreement-to-agree'],
      ['The Contracting Authority and the Contractor shall consult each other and decide together on the service levels applicable to the Hue lighting dashboard after the pilot phase.', 'agreement-to-agree'],
      ['The Controller\'s approval for the Processor to use Larnaca subscriber data in testing the new paywall, given in person at the steering group, is sufficient for the purposes of clause 4.2.', 'verbal-agreement'],
      ['The MSP shall ensure, insofar as practicable, that firmware on the label printers in the Charlottetown pharmacies is no more than one version behind the current release.', 'vague-term'],
      ['Service levels for the lab results interface will be added to this order form once the parties have worked them out after the pilot on three farms near Regina.', 'agreement-to-agree'],
      ['The assurance given by the Processor\'s security lead at the audit visit in Linz that passenger data are never stored outside the EEA constitutes a binding commitment under this Agreement.', 'verbal-agreement'],
      ['The Contractor shall keep the herd registration interface for the State Agency up to date with such changes in federal rules as it judges relevant.', 'vague-term'],
      ['The parties shall, at some later point, work out a procedure for jointly handling breaches that involve both the Monastir airport\'s passenger data and the ground handler\'s systems.', 'agreement-to-agree'],
      ['Liquidated damages for late completion of the baggage hall works at Innsbruck shall be fixed by a subsequent addendum to this contract signed by the Contracting Authority and the Contractor.', 'agreement-to-agree'],
      ['Following the site visit to the Linz student residence on 2 April, the Provider\'s lead engineer accepted that door-controller outages would count towards Downtime, and the parties shall treat that acceptance as an amendment to this SLA.', 'verbal-agreement'],
      ['The Provider and the Zadar Student Housing Centre will jointly fix the maintenance window for the residence access cloud at a later date, after which this SLA will be updated to reflect it.', 'agreement-to-agree'],
    ]);
  });

  it('spares what stays bounded or is the client\'s own choice', () => {
    spares([
      'The Client may request, at its discretion, additional site visits to the Hue control room, which the MSP shall provide within 3 Business Days at the daily rate in Schedule 2.',
      'We will use commercially reasonable efforts to reach 99.9% monthly availability for the Rabat e-prescribing service, and we commit that availability will not fall below 99.5% in any calendar month.',
      'Provider shall use commercially reasonable efforts to exceed 99.9% availability for the Chiang Mai check-in platform and shall, whatever happens, keep monthly availability at or above 99.5%, failing which the credits in Exhibit B apply.',
      'The Contractor shall use its best efforts to recruit local staff in Sousse, and at least 60% of on-site personnel shall in any case be residents of the governorate.',
    ]);
  });
});

describe('round 67 (stop 30): commit to defining by mutual accord, a subsequent amendment, mutually settled at the relevant time, consult with a view to fixing, a further statement of work whose price remains open; works approved for invoicing, a Zoom settlement that supersedes an annex, a demonstration that prevails, discounts offered to a group by sales at trade fairs, a window proposed on a site visit and accepted, variations paid without a variation order, an engineer who called at a branch, a telephone conference after which a postponement applies; a security objective and not a contractual undertaking, beyond its control as it considers, as its resources allow, as long as is necessary; spares efforts under a floor of four hours or 99.8%', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Parties commit to defining, by mutual accord, the conditions under which archived meter readings will be moved from the installer\'s old platform in Rethymno.', 'agreement-to-agree'],
      ['Works ordered through the WhatsApp group kept between the Ceredigion school kitchen managers and the MSP\'s engineers are approved for invoicing on completion.', 'verbal-agreement'],
      ['Any retention schedule for camera data on the Chania bus station screens that the parties\' privacy leads settle during a Zoom session shall supersede Annex IV.', 'verbal-agreement'],
      ['Encryption at rest of the dietary records held for Orkney schools is a security objective of the Processor and not a contractual undertaking.', 'vague-term'],
      ['The service levels described to the Customer during the pre-contract demonstration in Sassari apply in addition to those in Schedule 3 and prevail over them in case of conflict.', 'verbal-agreement'],
      ['Discounts offered to Breton school canteen cooperatives by our sales team at trade fairs apply automatically to their subscriptions without a signed Order Form.', 'verbal-agreement'],
      ['The revised backup window proposed by the Provider during its site visit to the Truro ambulance depot is accepted by the Customer and shall govern the hosting service from the following month.', 'verbal-agreement'],
      ['The notification timeline for security incidents affecting the Yarmouth garage telematics data shall be the subject of a subsequent amendment to this BAA.', 'agreement-to-agree'],
      ['Exit assistance on expiry, including handover of the vehicle histories of the Vigo ambulance fleet, shall be furnished on such terms as may be mutually settled at the relevant time.', 'agreement-to-agree'],
      ['Variations requested by the Council\'s rangers during site inspections in Westport shall be carried out by the Contractor and paid as variations under clause 12 notwithstanding that no variation order has been issued.', 'verbal-agreement'],
      ['Where circumstances it considers to be beyond its control delay delivery of the box office system in Mikkeli, the Contractor shall be relieved of the delay damages otherwise due.', 'vague-term'],
      ['The parties shall consult with a view to fixing the service credit regime for the Poprad kiosks before the season, and the regime so fixed shall be appended as Schedule 7.', 'agreement-to-agree'],
      ['The Customer relies on the assurance given by the MSP\'s engineer when he called at the Ełk branch that a spare router will be lent free of charge during repairs, and that assurance binds the MSP.', 'verbal-agreement'],
      ['The Service Provider shall give priority to incidents affecting the Kuressaare library during the summer festival, to the extent its resources allow.', 'vague-term'],
      ['The Customer and the MSP intend to enter into a further statement of work covering the migration of the Timmins credit union\'s servers, the price and timetable of which remain open.', 'agreement-to-agree'],
      ['The Supplier shall retain the Kezmarok district animal-health inspection records for as long as is necessary and thereafter dispose of them securely.', 'vague-term'],
      ['Following the telephone conference of 4 October, the Contracting Authority accepted the Contractor\'s proposal to postpone the second delivery by three weeks, and that postponement applies.', 'verbal-agreement'],
    ]);
  });

  it('spares efforts under a floor', () => {
    spares([
      'We will make reasonable efforts to keep the portal available, and if monthly availability falls below 99.7% you will get a credit of 5% of that month\'s fee for each full 0.5% shortfall.',
      'The Provider shall use reasonable endeavours to restore service and in any case shall achieve a Recovery Time Objective of four hours for the Kuopio ledger replica.',
      'The Contractor shall take all reasonable steps to keep the results system running and shall, as a minimum, maintain availability of 99.8% over each election day.',
    ]);
  });
});

describe('round 68 (stop 31): remains open pending a joint review, a plan to be approved jointly at a later date, a period to be fixed in a specification, the provider and a named operator who will negotiate, a bracketed [country]; stand-ups without an article, a message treated as sufficient authority, a telephoned request that constitutes a purchase order, work settled on a call for a ticket office, work ordered on a visit and delivered at the contract rates, consent at a review that permits processing, a pledge at a hearing that shall oblige, an oral undertaking not to do something, a rebate discussed at an office, calls that are documented instructions; a list of measures, prices raised whenever the provider\'s costs rise, an account suspended if the provider thinks it necessary, a credit claim the provider may refuse; spares efforts under a guaranteed ceiling, a cause-blind or latest deadline, reasonable adjustments for disability, safeguards named right after, a statement that may not vary the SLA, the client\'s meetings called as often as it sees fit', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The MSP may amend its price list, including the charges for on-site visits, whenever it chooses, and such amendments take effect when published.', 'vague-term'],
      ['The Provider may revise the description of organisational and technical measures in Schedule 4 at any time without notice to the Customer.', 'vague-term'],
      ['Hourly rates may be increased by the Supplier whenever its energy costs rise, and the new rates apply from the next invoice.', 'vague-term'],
      ['We may block your user account if we think it appropriate to protect other users.', 'vague-term'],
      ['Service credits are due for each missed hour, provided that the Supplier may, at its discretion, refuse any credit claim it regards as minor.', 'vague-term'],
      ['The storage quota for the reservoir telemetry archive remains open pending a further technical review.', 'agreement-to-agree'],
      ['The acceptance criteria will be listed in a test plan to be approved jointly by the parties at a later date.', 'agreement-to-agree'],
      ['The Provider and the regional water board will negotiate a separate recovery commitment once the first season\'s data is in.', 'agreement-to-agree'],
      ['Notice of a breach shall be given within a period to be fixed in the Security Specification.', 'agreement-to-agree'],
      ['This Agreement is governed by the laws of [country].', 'agreement-to-agree'],
      ['Changes agreed with our delivery manager during daily stand-ups form part of the project plan.', 'verbal-agreement'],
      ['The Contractor may treat a WhatsApp message from the Client\'s site manager as sufficient authority to close a lane, and the lane closure charges shall be paid by the Client.', 'verbal-agreement'],
      ['Where the Client\'s shift lead telephones the Contractor to request extra gritting runs, the request constitutes a purchase order and the Contractor\'s charges for it are payable.', 'verbal-agreement'],
      ['Extra dashboards for the ticket office that were agreed during the kick-off call shall be built and maintained by the Supplier as part of the subscription.', 'verbal-agreement'],
      ['Any additional backup tier requested by the Customer\'s on-site lead while the Supplier\'s team is at the ticket office shall be provisioned and invoiced at list price without a further order form.', 'verbal-agreement'],
      ['Two extra reports, requested by the Chief Executive during his inspection of the plant, shall be delivered under this Contract at the rates in Schedule 2.', 'verbal-agreement'],
      ['Consent to the new use, given by the Controller\'s director during the annual review, permits the Processor to use the data for testing.', 'verbal-agreement'],
      ['The pledge made by the Supplier\'s account manager at the pre-award hearing to keep all data in Estonia shall oblige the Supplier.', 'verbal-agreement'],
      ['The Supplier\'s promise, given verbally at the kick-off, not to move the data abroad forms part of this Agreement.', 'verbal-agreement'],
      ['The loyalty rebate discussed with the clinic\'s owner at the Galway office shall apply from the renewal date.', 'verbal-agreement'],
      ['Directions given by the Controller\'s staff in Zoom calls are documented instructions for the purposes of this Agreement.', 'verbal-agreement'],
    ]);
  });

  it('spares efforts under a floor and standards named or of art', () => {
    spares([
      'We will make every reasonable effort to bring the kennel booking system back quickly, and we guarantee it will be down for no more than six hours.',
      'The Supplier shall use reasonable efforts to fix faults in the locker app and, whatever the reason for the fault, shall restore the app within eight hours.',
      'We\'ll do our best to answer questions fast, and for outages we\'ll send a first update within thirty minutes at the latest.',
      'The Operator shall make reasonable adjustments to the ticket kiosks for visitors with disabilities.',
      'The Processor shall use appropriate safeguards, namely binding corporate rules approved by the lead authority, for any transfer of clinic records.',
      'No statement by a Supplier salesperson about response times shall vary this SLA unless it is recorded in a signed change note.',
      'Inspections may be requested by the Council as often as it sees fit, and the Contractor shall give access within two days.',
    ]);
  });
});

describe('round 69 (stop 31): dealt with in a separate agreement, subject to their mutual agreement, left for a joint committee to decide, to be confirmed by one party\'s team and the other; a ticket-buyer is no support ticket, a trial that converts to a paid plan; at such times as suit the provider\'s needs, whatever notice the circumstances permit, insofar as technically feasible, a timetable changed at the provider\'s discretion, enough stewards, diligence after a bound on the step before, fees raised at any time; spares an interim default until a document is signed, the provider telling the client of a change, diligence under a floor', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The extra retention rules for ticket-buyer records, settled between the two privacy leads during a video call, bind the Supplier from the next release.', 'verbal-agreement'],
      ['The cost of helping with subject access requests shall be dealt with in a separate agreement between the parties.', 'agreement-to-agree'],
      ['The hosting fee will be reviewed by the parties every year, any change being subject to their mutual agreement.', 'agreement-to-agree'],
      ['The alarm threshold for the spillway sensors is left for the Joint Steering Committee to decide.', 'agreement-to-agree'],
      ['Set-up charge for the partner colleges: to be confirmed by the Supplier\'s sales team and the College once enrolments are known.', 'agreement-to-agree'],
      ['The Client may upgrade the pilot simply by telling the Supplier\'s account manager, and the upgraded pilot converts to a paid plan after thirty days.', 'verbal-agreement'],
      ['Planned maintenance will take place at such times as suit the Supplier\'s operational needs.', 'vague-term'],
      ['Updates will be installed with whatever prior notice to the Customer the circumstances permit.', 'vague-term'],
      ['The Vendor shall, insofar as technically feasible, keep the app compatible with new phone models.', 'vague-term'],
      ['The Contractor may change the bin collection timetable at its sole discretion and without notice.', 'vague-term'],
      ['The Operator shall provide enough stewards at each venue to keep spectators safe.', 'vague-term'],
      ['Priority 1 faults will be answered within 30 minutes and thereafter handled with due diligence until fixed.', 'vague-term'],
      ['We reserve the right to raise licence fees at any time, and the new fees apply from your next bill.', 'vague-term'],
    ]);
  });

  it('spares a default until signature, a notice to the client and diligence under a floor', () => {
    spares([
      'If the parties have not signed the data processing annex within sixty days, the standard terms in Schedule 6 apply until they do.',
      'We\'ll tell you about any change to your plan at least 30 days in advance, and you may cancel without charge.',
      'The Supplier will act diligently to fix faults and will in any case meet the availability of 99.8% in Schedule 2.',
    ]);
  });
});

describe('round 70 (stop 31): reserved and to be inserted before signature, subject to a joint review, a plan the parties are to prepare with nothing applying meanwhile, after-hours escalation that is no dispute, fees discussed with you before the anniversary; a user-group day, two teams who met, a screen-share, a word from a manager, an instant-message go-ahead, re-prioritised tickets that bind, satisfaction expressed at the close of a session, a visit that deems a device covered; this Addendum updated at any time, a right reserved in its discretion to revise commitments, a list of covered devices, a frequency that belongs to another duty, constraints the provider may identify, once it is practical; spares measures named after their noun, sub-processors added under the contract\'s own procedure, efforts under a percentage floor', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Provider may update this Addendum for the booking platform at any time without notice, and the updated version binds the Customer once posted.', 'vague-term'],
      ['Roadmap promises made by the Supplier\'s product manager at the annual user-group day form part of the Supplier\'s delivery obligations.', 'verbal-agreement'],
      ['The Supplier reserves the right, in its sole discretion and without notice, to revise the resolution-time commitments in Schedule 2.', 'vague-term'],
      ['The Contractor will back up the booking database on a regular basis and will send usage statistics in the monthly report.', 'vague-term'],
      ['The Customer and the Supplier will work out a mutually acceptable procedure for after-hours escalation during the first month.', 'agreement-to-agree'],
      ['A change to the retention period takes effect once the Controller\'s data lead has approved it when the two teams met to discuss it.', 'verbal-agreement'],
      ['The MSP may alter the list of covered devices and the per-device fee at its discretion, the new fees being due from the next invoice.', 'vague-term'],
      ['Release dates will be set out in a release plan that the parties are to prepare together after launch, and no date applies until that plan exists.', 'agreement-to-agree'],
      ['Firewall rule changes that the Client\'s network lead approves during a screen-share with our engineers count as authorised changes.', 'verbal-agreement'],
      ['The rate of liquidated damages is reserved and will be inserted by the Authority before signature.', 'agreement-to-agree'],
      ['A word from the Client\'s duty manager is enough to authorise an emergency restart, and the cost shall be added to the monthly invoice.', 'verbal-agreement'],
      ['Database upgrades may proceed on the strength of an instant-message go-ahead from the Customer\'s DBA, and that go-ahead counts as the Customer\'s approval.', 'verbal-agreement'],
      ['The reporting module design is subject to a joint review by the Supplier and the regional transport association, the outcome of which will determine what the Supplier must deliver.', 'agreement-to-agree'],
      ['The Client\'s operations lead may re-prioritise incident tickets by text message to the MSP\'s on-call engineer, and the new priority binds the MSP at once.', 'verbal-agreement'],
      ['The Contractor may treat the Council\'s acceptance of the pilot as given where the Council\'s officer expresses satisfaction at the close of the pilot session.', 'verbal-agreement'],
      ['If the Supplier\'s technician confirms, while visiting the depot, that the router is covered by the support plan, the router shall be deemed covered.', 'verbal-agreement'],
      ['The Supplier shall clear snow from the car parks, subject to such operational constraints as the Supplier may identify on the day.', 'vague-term'],
      ['The Processor will delete the data at the end of the contract once it is practical to do so.', 'vague-term'],
      ['Fees for the third year will be discussed with you before the anniversary of the start date.', 'agreement-to-agree'],
    ]);
  });

  it('spares measures named after their noun, a change under the contract\'s procedure and efforts under a floor', () => {
    spares([
      'The Contractor shall implement appropriate accessibility measures in the visitor app, namely those the Accessibility Regulations 2018 require, for the whole term.',
      'This Agreement may be amended only by a signed instrument of both parties, save that the Processor may update Annex 5 to add sub-processors under the objection procedure in clause 9.',
      'The Supplier shall use reasonable efforts to close Priority 3 tickets quickly, provided that at least 85% of them are closed within five Business Days.',
    ]);
  });
});

describe('round 71 (stop 31): as subsequently determined by written agreement, a further arrangement, a future addendum signed once the module is generally available; a commitment at a trade fair, a KakaoTalk message treated as a written instruction; coaches substituted as it considers convenient, commitments that describe aims, intervals the provider chooses, estimates that do not bind, adequate redundancy so that files can be restored, a revision of fees from the date in the notice; spares a floor of staff assigned, an objection at the client\'s discretion, a call confirmed that way, a right priced in the sentence or a schedule, a limit in all cases', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The charge for the quarterly audit report shall be as subsequently determined by written agreement of the parties.', 'agreement-to-agree'],
      ['The hosting commitment given to the Client\'s director at the Lisbon trade fair forms part of this Agreement.', 'verbal-agreement'],
      ['The Controller and the Processor will enter into a further arrangement on the handling of access requests.', 'agreement-to-agree'],
      ['The Contractor may substitute coaches of a different type or seating capacity on any route as it considers convenient, without notice to the Council.', 'vague-term'],
      ['The Supplier will treat a KakaoTalk message from the Client\'s shift lead as a written instruction under this Agreement.', 'verbal-agreement'],
      ['The security commitments in this Annex describe the Supplier\'s aims and do not constitute warranties owed to the Client.', 'vague-term'],
      ['The Provider shall test the fire alarms at whatever intervals the Provider chooses.', 'vague-term'],
      ['Response times and delivery dates shown in this proposal are estimates and do not bind the Supplier.', 'vague-term'],
      ['Service levels for the new module will be set out in a future addendum that you and we will sign once the module is generally available.', 'agreement-to-agree'],
      ['Customer files are backed up using adequate redundancy so that they can be restored after a failure.', 'vague-term'],
      ['Any revision of fees notified by the Supplier for support of the ticket kiosks shall take effect from the date given in the notice.', 'vague-term'],
    ]);
  });

  it('spares floors, the client\'s own rights and writing required', () => {
    spares([
      'The Supplier shall use reasonable endeavours to hire Welsh-speaking staff, provided that at least three such staff are assigned to the helpdesk at all times.',
      'The Library may object to a new sub-processor at its discretion within ten days of notice, in which case the Processor shall not use that sub-processor.',
      'Instructions shall be given in writing or by email from an address listed in Annex 2, and any instruction received on a call must be confirmed that way before the Supplier acts on it.',
      'The Library may ask for extra usage reports whenever it wishes, and each extra report shall be charged at EUR 200.',
      'The Contractor shall do its utmost to minimise noise during works and shall in all cases limit each outage to three hours at night.',
      'The Customer may, at its discretion, ask for extra on-site training days, each of which shall be charged at the day rate in Schedule 3.',
    ]);
  });
});

describe('round 72 (stop 31): a board\'s decision put off to a later date, a side letter the parties intend to sign, a joint review after a pilot; a conversation from which fees accrue, terms agreed across the table that apply notwithstanding a schedule not updated, an assurance whose content is a negation, work requested on an inspection visit and remunerated; a credit table revised by posting, revised fees applied from the next invoice, hours altered whenever it so decides, reasonably light tags (daily activities are no schedule), wherever it judges it practical, sub-processors engaged as it sees fit; spares floors at a minimum, always within a time, a share resolved in every period, controls named after being at a minimum those', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The credit rates for the court portal will be established by the Registry\'s Digital Board at a later date and notified to the Supplier.', 'agreement-to-agree'],
      ['Credits for partial outages will be dealt with in a side letter which the Client and the Supplier intend to sign.', 'agreement-to-agree'],
      ['The Provider may revise the service credit table in Annex D by posting a new version online, and the new table applies from posting.', 'vague-term'],
      ['The Client\'s agreement to upgrade the Lisbon hotel account to the Gold tier may be given in a conversation with its account manager, and fees at the premium rate accrue from that conversation.', 'verbal-agreement'],
      ['The number of sites to join in the second wave is subject to a joint review after the pilot.', 'agreement-to-agree'],
      ['The parties acknowledge that the shorter recovery time was agreed across the table at the annual review and applies notwithstanding Schedule 4, which has not been updated.', 'verbal-agreement'],
      ['We review licence fees periodically and may apply revised fees to your account from the next invoice.', 'vague-term'],
      ['Opening hours of the helpdesk may be altered by the Supplier whenever it so decides, without notice.', 'vague-term'],
      ['The Supplier\'s assurance, given during the site walk-through in Bergen, that backups are never kept offshore is incorporated into this Agreement.', 'verbal-agreement'],
      ['The storage of another 2,000 archive boxes requested by the Council\'s records manager during the inspection visit of 3 June shall be remunerated as part of the Services.', 'verbal-agreement'],
      ['The Contractor shall ensure that the tags are reasonably light and do not unduly restrict daily activities.', 'vague-term'],
      ['Encryption of archived records shall be applied wherever the Supplier judges it to be practical.', 'vague-term'],
      ['The Processor may engage further sub-processors as it sees fit, and the Controller shall be deemed to have accepted each one.', 'vague-term'],
    ]);
  });

  it('spares efforts under a floor and controls named after them', () => {
    spares([
      'The Supplier shall strive to hire engineers locally and shall at a minimum ensure that 30% of the engineers on the account live in the county.',
      'We will use reasonable endeavours to answer emails quickly, and we will always reply within two business hours to emails marked urgent.',
      'The Supplier shall make every effort to restore the portal after an outage and shall, at minimum, restore it from backup within 8 hours.',
      'The Supplier shall apply appropriate technical controls to the case files, being at a minimum those required by the national security standard.',
      'The Supplier shall use all reasonable efforts to resolve Priority 3 incidents and shall in every quarter resolve at least 90% of them within two business days.',
    ]);
  });
});

describe('round 73 (stop 31): parties who intend to set out in a later side letter, an SLA to be attached following discussions, a party to describe or confirm in a long bracket; an inception meeting already held, a trial extended by telling, a commitment confirmed on a kickoff call, pricing as discussed and not repeated in the Agreement, whatever the duty managers arrange, sufficient evidence said in conversation, an arrangement that applies under these Terms, a walk-through, prior authorisation by voice message, a dated meeting, a control room, a dated video call; a parenthesis before modify, all useful precautions, when it judges the data no longer needed, a policy it may amend without notice, staff for a monthly payroll run; spares a restore deadline, a floor in no month, a share in every case, an action in every case', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Council\'s head of IT having confirmed at the inception meeting that reports may be sent by SMS, the Supplier shall proceed on that basis.', 'verbal-agreement'],
      ['The Client\'s office manager may extend the trial period by telling the Supplier\'s sales adviser on the phone, and the extended trial shall be free of charge.', 'verbal-agreement'],
      ['The 30-minute response commitment for Priority 1 tickets, as confirmed by the Supplier\'s account manager on the kickoff call, forms part of this SLA.', 'verbal-agreement'],
      ['Pricing for the second phase is as discussed with the Council\'s IT director at the meeting of 4 May and is not repeated in this Agreement.', 'verbal-agreement'],
      ['During the festival, repair priorities shall follow whatever the parties\' duty managers arrange between them in a phone call on the day.', 'verbal-agreement'],
      ['Deletion of the records may be certified by the Processor\'s security lead to the Controller\'s DPO in conversation, which shall be sufficient evidence of deletion.', 'verbal-agreement'],
      ['The hosting arrangement described by the Supplier\'s chief executive to the Council\'s officers at the Leeds presentation applies to Client Data under these Terms.', 'verbal-agreement'],
      ['The Supplier may, without the consent of the Council, modify the rates in the price list annexed hereto, the new rates applying to later orders.', 'vague-term'],
      ['The parties intend to set out, in a later side letter, the contact list for out-of-hours incidents.', 'agreement-to-agree'],
      ['The Processor\'s undertaking, given to the Controller\'s auditors as they walked through the data centre, to encrypt all backups is incorporated into Annex 3.', 'verbal-agreement'],
      ['The subcontractor undertakes to take all useful precautions to preserve the security of the data.', 'vague-term'],
      ['The Processor will delete call recordings when it judges that the data is no longer needed for the Services.', 'vague-term'],
      ['Spare parts will be held under the MSP\'s stock policy, which the MSP may amend without notice to the Client.', 'vague-term'],
      ['Service Level Agreement: to be attached as Exhibit D following discussions between Customer and Supplier.', 'agreement-to-agree'],
      ['Consent to the transfer of staff data to the support team abroad, conveyed by the Controller\'s director in a Viber voice message, constitutes prior authorisation.', 'verbal-agreement'],
      ['The Client\'s privacy officer approved, at the 2 June meeting, the Supplier\'s use of anonymised data, and that approval is incorporated herein.', 'verbal-agreement'],
      ['The retention periods that the Processor\'s engineer and the Controller\'s site manager settled in the plant control room bind both parties.', 'verbal-agreement'],
      ['The Supplier shall keep sufficient staff on its helpdesk to handle calls during each monthly payroll run.', 'vague-term'],
      ['Extra payslip runs, approved by the Council\'s finance officer during the 3 March video call, shall be carried out at the rates in Schedule 2.', 'verbal-agreement'],
      ['Annex 2 – Security measures: [Processor to describe measures here, including encryption, access control, logging and backup].', 'agreement-to-agree'],
      ['Governing law for this Agreement: [England / other – parties to confirm].', 'agreement-to-agree'],
    ]);
  });

  it('spares efforts under a deadline, a floor or an action required in every case', () => {
    spares([
      'The Supplier will use reasonable efforts to resolve Priority 2 faults and will restore service or provide a workaround no later than six hours after the report.',
      'The MSP shall use all reasonable endeavours to reach a fix rate of 85%, and in no month shall the rate fall below 75% without service credits becoming payable.',
      'The Contractor shall endeavour to hire local staff, and not less than 30 per cent of hours on site shall in every case be worked by local residents.',
      'The Processor shall take reasonable steps to pseudonymise the data and shall in every case strip names before the data leaves the system.',
    ]);
  });
});

describe('round 74 (stop 31): [importe] as a value slot, looked at together with you at the end of the first year, mutually agreed in a test plan to follow, indicators written into the Agreement by way of amendment, a price agreed with the client before each year, points the parties will identify jointly; understandings read into the Contract, a launch event, an authorisation by voicemail after which the supplier may invoice, levels that apply as if set out in the Agreement, work performed and paid at an overtime rate, a message that suffices for a clause; things it could not reasonably control; spares a helpdesk for a user\'s own booking, a correction deadline, a cap whatever the circumstances, a cap on scheduled upgrades', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The understandings reached between the Council and the Supplier at the pre-contract meeting of 4 April regarding free training shall be read into this Contract.', 'verbal-agreement'],
      ['We are not responsible for delays in sending alerts where the delay results from things we could not reasonably control, such as network congestion.', 'vague-term'],
      ['The penalty for each day of delay shall be EUR [importe] per site.', 'agreement-to-agree'],
      ['The discount our sales team announced to members of the hauliers\' association at the Lisbon launch event applies to all subscriptions taken out this year.', 'verbal-agreement'],
      ['The Council\'s contract officer may authorise the Supplier, by voicemail, to onboard more schools, and the Supplier may invoice for those schools accordingly.', 'verbal-agreement'],
      ['The service levels discussed at the Leeds kick-off workshop on 3 May apply as if set out in this Agreement.', 'verbal-agreement'],
      ['Extra evening shifts confirmed by the Council\'s project officer in a Viber message shall be performed and paid at the overtime rate in Annex 2.', 'verbal-agreement'],
      ['Volume discounts for large customers will be looked at together with you at the end of your first subscription year.', 'agreement-to-agree'],
      ['The scope of the annual failover test shall be mutually agreed in a test plan to follow.', 'agreement-to-agree'],
      ['Service indicators will be developed jointly during the first quarter and written into the Agreement by way of amendment.', 'agreement-to-agree'],
      ['The Supplier\'s price for the second year shall be agreed with the Board before the start of that year.', 'agreement-to-agree'],
      ['Consent of the Client to onward transfers to the provider\'s backup site in Leeds may be signified by a Slack message from its IT manager, which suffices for the purposes of clause 8.7.', 'verbal-agreement'],
      ['Monitoring points will be those that the Customer and the Supplier will identify jointly after go-live.', 'agreement-to-agree'],
    ]);
  });

  it('spares a user\'s own booking by phone and efforts under a deadline or a cap', () => {
    spares([
      'Drivers may contact the booking helpdesk by telephone between 07:00 and 19:00 to amend or cancel a booking.',
      'The Supplier shall make best efforts to resolve defects and shall correct any critical defect no later than 3 working days after notice.',
      'The Supplier shall use reasonable endeavours to patch outside opening hours and, whatever the circumstances, shall ensure that no branch loses access for more than 20 minutes.',
      'We will use reasonable efforts to keep the portal available during upgrades and will not schedule upgrades for more than three hours in any month.',
    ]);
  });
});

describe('round 75 (stop 31): as subsequently arranged between two people; a telephoned request that shall not require a purchase order, a change treated as agreed on a farm visit, a depot walked or an office visited by a named team; so far as it is able, as soon as our team is able to get to them, not a binding commitment, fees raised at its own discretion, milestones provisional and liable to move, this Data Processing Addendum updated at any time; spares a floor of named stations by a date', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Supplier shall, so far as it is able, ensure that flood alerts reach registered users without interruption.', 'vague-term'],
      ['Questions from scheme members are answered as soon as our team is able to get to them during office hours.', 'vague-term'],
      ['Staffing levels for the service desk described in Schedule 3 reflect the Supplier\'s intended resourcing and are not a binding commitment.', 'vague-term'],
      ['The laptop refresh cycle shall be as subsequently arranged between the Client\'s IT lead and the Supplier.', 'agreement-to-agree'],
      ['The Provider may raise licence fees for the booking portal at its own discretion, and raised fees apply from the next invoice.', 'vague-term'],
      ['Delivery milestones in the implementation plan for the bike fleet upgrade are provisional and may move as the project progresses.', 'vague-term'],
      ['Extra on-site training days requested by the Client\'s training lead by telephone shall be chargeable at the day rate and shall not require a purchase order.', 'verbal-agreement'],
      ['Where a member agrees a change to the delivery schedule with our area manager during a farm visit, we will treat that change as agreed and invoice accordingly.', 'verbal-agreement'],
      ['The Client accepts that the change to the backup window agreed when the Supplier\'s engineers walked the plant with the Client\'s site manager binds the Client.', 'verbal-agreement'],
      ['The Client\'s consent to hosting outside the EU, given by its director when the Supplier\'s team visited the Client\'s office, shall be binding on the Client.', 'verbal-agreement'],
      ['The Processor may update this Data Processing Addendum at any time and without notice, and continued use of the service constitutes acceptance.', 'vague-term'],
    ]);
  });

  it('spares efforts under a floor of named items by a date, and the duty to mitigate', () => {
    spares([
      'The Contractor shall use its best endeavours to connect further sensors, provided that at a minimum the 30 sensors listed in Annex B are connected by 1 March.',
      'Each Party shall mitigate, so far as it is able, any loss it suffers after a breach by the other.',
    ]);
  });
});

describe('round 76 (stop 31): an amount set out in a side letter the parties will execute; an approval on a walk that requires no further documentation, work requested at a workshop accepted and billable on delivery, staffing described at a meeting included in the fee, an extension agreed on a call that operates as a formal extension, a Viber message that constitutes prior authorisation; any function withdrawn at its sole discretion, conditions it could not reasonably have foreseen, suitable controls beside a quarterly review of another duty; spares a fallback when none is available, a request that takes effect only on approval in the console, a floor of staff assigned, a deadline to have a part back in service', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Approval for the Supplier to use pseudonymised logs from the plant to train its model was given by the Client\'s plant director while walking the turbine hall with the Supplier\'s team and requires no further documentation.', 'verbal-agreement'],
      ['Liquidated damages for late delivery shall be in the amount set out in a side letter which the parties will execute before go-live.', 'agreement-to-agree'],
      ['Custom dashboards built for the harbour office in response to requests made at the onboarding workshop are accepted and billable on delivery.', 'verbal-agreement'],
      ['The Supplier reserves the right to withdraw or modify any function of the booking platform at its sole discretion during the term.', 'vague-term'],
      ['The Client confirms that the extra staffing described by the Supplier at the steering meeting held on 3 March is included in the fixed monthly fee, notwithstanding that Schedule 2 has not been updated.', 'verbal-agreement'],
      ['The Contractor\'s duty to send daily readings is suspended whenever conditions arise that the Contractor could not reasonably have foreseen.', 'vague-term'],
      ['Any extension of time agreed between the Contractor and the Regional Health Office during the weekly review call shall operate as a formal extension under clause 12.', 'verbal-agreement'],
      ['A Viber message from the Client\'s data officer approving the transfer constitutes the Controller\'s prior authorisation under clause 6.', 'verbal-agreement'],
      ['The Supplier shall put in place suitable access controls on the lab network and shall review the user list every quarter.', 'vague-term'],
    ]);
  });

  it('spares fallbacks, written approval and efforts under a floor or deadline', () => {
    spares([
      'The Supplier shall use reasonable endeavours to provide Welsh-speaking engineers and, where none is available, shall provide a qualified interpreter at its own cost.',
      'A request made by phone to the support desk to add user licences takes effect only when the Client\'s administrator approves the emailed quote in the admin console.',
      'The Contractor shall use its best efforts to recruit Welsh-speaking nurses, and shall ensure that at least one such nurse is assigned to every clinic day.',
      'The Provider shall use reasonable endeavours to repair failed speakers and shall have each failed speaker back in service within forty-eight hours of the report.',
      'A quarterly on-site health check of 2 hours is included in the annual fee.',
    ]);
  });
});

describe('round 77 (stop 32): a list the parties shall jointly settle, service levels fixed with each customer in a separate addendum, a price discussed in the last months of the term, a price left to renewal talks; as soon as it conveniently can, limits the provider may alter as it chooses, a fee adjusted as it sees fit, anything else it cannot reasonably control, kept for as long as we need them; a hyphenated incident that is no support channel, instructions given on site with the same effect as a written order, an assurance by a chief executive at a reception, terms settled at their meeting; spares an aim under a guaranteed deadline, the client asking as often as it wishes, and a fee change at discretion that waits for notice and renewal', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The parties shall, before the second billing cycle, jointly agree the roster of kiosks that the maintenance fee covers.', 'agreement-to-agree'],
      ['Support hours for the Gold plan will be fixed with each Gold subscriber in a separate support level schedule.', 'agreement-to-agree'],
      ['The Contractor shall reply to written enquiries from the Board as soon as it conveniently can.', 'vague-term'],
      ['Upload volumes are subject to monthly caps, which we set and may alter as we choose.', 'vague-term'],
      ['The Supplier may rotate the engineers assigned to the account and adjust the Annual Support Charge as it sees fit.', 'vague-term'],
      ['The licence price for any further year will be discussed by the parties in the last three months of the current year.', 'agreement-to-agree'],
      ['The hosting charge for each renewal year shall be the subject of renewal talks starting at least 45 days before the term ends.', 'agreement-to-agree'],
      ['The longer storage of gate-incident footage agreed with the Client\'s site lead during the walk-through of the depot counts as an instruction under clause 5.', 'verbal-agreement'],
      ['Directions given by the site engineer to the Supplier\'s fitters at the depot shall have the same effect as a signed Change Note under clause 12.', 'verbal-agreement'],
      ['The Vendor is not responsible for late alerts caused by carrier outages, gateway faults or anything else it cannot reasonably control.', 'vague-term'],
      ['The Supplier agrees that the hosting assurance given by its chief executive to the members of the Council\'s digital board at the Salzburg premiere reception is a binding term of this Agreement.', 'verbal-agreement'],
      ['We store the call recordings you upload for as long as we need them, and then erase them.', 'vague-term'],
      ['The parties confirm that the retention periods, as settled between the clinic manager and the Processor at their meeting in Graz, are binding although Annex II does not reflect them.', 'verbal-agreement'],
    ]);
  });

  it('spares an aim under a guarantee, the client\'s own choice of how often, and a fee change that waits for notice', () => {
    spares([
      'We aim to restore Severity 1 faults within one hour and guarantee a workaround within four hours, failing which a credit of 5% of the monthly charge applies.',
      'The Customer may ask, as often as it wishes, for a copy of the access log, which the Supplier shall send within five business days.',
      'The Supplier may change its charges at its discretion, but a change takes effect only at the next renewal after written notice.',
    ]);
  });
});

describe('round 78 (stop 32): a term left to a supplementary agreement, an addendum whose terms we will settle together, an amount to be negotiated in a document, terms we will discuss with you at renewal, a plan we will put together with you; a seller who tells you, work informally requested on a walkthrough, cover requested by phone for hyphenated ticket servers, a crew told to go ahead; a fee raised whenever we decide, backups at a frequency that suits our operational needs, objectives that are no warranty', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Escalation contacts under this Agreement shall be the subject of a supplementary agreement between the Client and the Supplier.', 'agreement-to-agree'],
      ['If one of our account managers tells you an add-on is part of your plan, you can rely on getting it free of charge.', 'verbal-agreement'],
      ['Premium subscribers will receive a support addendum, the terms of which we will settle together before the first anniversary.', 'agreement-to-agree'],
      ['Extra scanners which the Council\'s records officer informally requested during the archive walkthrough shall be supplied under this contract at the list rates.', 'verbal-agreement'],
      ['We will keep your mailbox archives backed up at a frequency that suits our operational needs.', 'vague-term'],
      ['The extra evening cover for the zoo-ticket servers, which the Client\'s duty manager requested by phone on 3 May, shall be charged at the standard rate from that date.', 'verbal-agreement'],
      ['The Supplier\'s liability for data loss shall be capped at an amount to be negotiated in the business terms.', 'agreement-to-agree'],
      ['Bulk discounts for kiosk fleets are offered on terms we\'ll discuss with you when your plan is up for renewal.', 'agreement-to-agree'],
      ['Repairs made by the Supplier after the Council\'s facilities lead told the night crew to go ahead shall be treated as approved under the Order.', 'verbal-agreement'],
      ['We may increase the hosting fee for the archive module whenever we decide, and the new fee applies from your next invoice.', 'vague-term'],
      ['Migration of your old case files will be handled under a plan we\'ll put together with you once you sign up.', 'agreement-to-agree'],
      ['Uptime percentages given in this Schedule for the hosting platform are performance objectives and do not constitute a warranty of availability.', 'vague-term'],
    ]);
  });
});

describe('round 79 (stop 32): a price freeze discussed over dinner that applies to all renewals, zones requested on progress calls deemed authorised Changes (Ste. is an abbreviation), free extra work further to a conversation, work begun on a voicemail before the Change Note was countersigned, a request by SMS with no written instruction needed, tasks informally asked of an engineer; a change of equipment or prices without notice or consent, an intended approach that is no commitment, kept for as long as we think makes sense; a schedule to be attached once finalised by the parties; spares named measures the provider calls adequate', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Extra reports that the Council\'s records clerk informally asks the visiting engineer to produce shall be invoiced as approved Additional Services.', 'verbal-agreement'],
      ['We will keep your members\' booking history for as long as we think makes sense.', 'vague-term'],
      ['The Supplier relied on a voicemail from the Client\'s finance lead to begin the Leeds rollout before the Change Note was countersigned, and the rollout is chargeable.', 'verbal-agreement'],
      ['The Contractor may swap servers, tools and subcontractors used for the hosting service without notice to or consent of the Council.', 'vague-term'],
      ['We can increase plan prices for the booking app, and new prices apply from your next invoice without further notice to you.', 'vague-term'],
      ['Retention of exam footage may be extended where the Controller\'s registrar requests this by SMS, and no further written instruction is needed.', 'verbal-agreement'],
      ['Support levels for the kiosk help desk are to be attached as Schedule 6 once finalised by the parties.', 'agreement-to-agree'],
      ['The quarterly patch review described in Annex B represents the Provider\'s intended approach and is not a contractual commitment.', 'vague-term'],
      ['Further to the conversation between the Client\'s site manager and the Supplier\'s technician, the Supplier will also service the lobby screens at no extra charge.', 'verbal-agreement'],
      ['The discount discussed over dinner between the parties\' directors in Porto applies to all renewals of this Agreement.', 'verbal-agreement'],
      ['Extra parking zones that the Council\'s transport officer requests during weekly progress calls on the Sault Ste. Marie app shall be deemed authorised Changes.', 'verbal-agreement'],
    ]);
  });

  it('spares named measures followed by the provider\'s own comment', () => {
    spares([
      'We store the backups in Frankfurt encrypted with AES-256, which we consider adequate for this kind of data.',
    ]);
  });
});

describe('round 80 (stop 32): instructions by phone acted on as documented instructions, work asked for at workshops delivered at no extra charge, hours settled while touring honoured, a trial agreed on the phone not billed, features agreed in meetings built in free, consent provided on a call, coverage told at a trade fair included, a deletion postponed on a request in person, a reduction settled informally that applies from a date; terms not settled yet, a limit and its price we will discuss with you, limits we will have to agree with you, good-faith negotiations regarding a change, a prompt of an acronym and a value name; changes at its sole discretion or whenever it considers a change warranted, a correction where we think it justified, the kind of security a service should have, as and when our schedule allows, prices that may rise without warning, a specification amended with no consent needed; spares measures listed in an annex the parties assessed as appropriate, and terms not agreed by a date with a fallback', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Instructions from the Client about patient records may reach the Supplier by phone or in person, and the Supplier shall act on them as documented instructions.', 'verbal-agreement'],
      ['Additional report formats requested by district nurses at the clinic workshops shall be delivered by the Supplier within the Core Services at no extra charge.', 'verbal-agreement'],
      ['The Supplier shall honour the service hours that the Council\'s parks officer settled with the Supplier\'s crew while touring the depots.', 'verbal-agreement'],
      ['The Supplier may at its sole discretion alter the functionality of the booking module during the contract.', 'vague-term'],
      ['If you\'ve agreed a longer pilot with your account manager over the phone, you won\'t be billed until that pilot ends.', 'verbal-agreement'],
      ['We keep your records tidy, and we\'ll correct errors you report where we think a correction is justified.', 'vague-term'],
      ['Features that our product team agrees to in customer meetings will be built into your plan at no extra cost.', 'verbal-agreement'],
      ['We keep your uploaded files safe with the kind of security a service like ours should have.', 'vague-term'],
      ['Cancellation terms for team bookings haven\'t been settled yet, and we\'ll add them to these terms later.', 'agreement-to-agree'],
      ['The Client\'s consent for the Supplier to use the site photographs from the survey programme for training may be provided during the weekly check-in call.', 'verbal-agreement'],
      ['The parties will settle the handover plan for the Leeds depot at a later date, as they see fit.', 'agreement-to-agree'],
      ['If you need more storage than the standard plan, we\'ll discuss a custom allowance and its price with you when you ask.', 'agreement-to-agree'],
      ['We\'ll fix bugs that stop invoices from sending as and when our development schedule allows.', 'vague-term'],
      ['Prices for our fleet-tracking plans may rise without warning, and we don\'t need your agreement to raise them.', 'vague-term'],
      ['The parties shall enter into good-faith negotiations regarding adding Welsh-language forms to the portal.', 'agreement-to-agree'],
      ['If we told you at the Leeds trade fair that your vans would be tracked across the border, that coverage is included.', 'verbal-agreement'],
      ['If you need to add more than 50 sites, we\'ll have to agree new limits with you first.', 'agreement-to-agree'],
      ['Deletion of site footage may be postponed where the Client\'s safety officer asks for this in person during a depot inspection.', 'verbal-agreement'],
      ['Any fee reduction that the account teams settle informally over their yearly lunch in Bath shall apply from the start of the following quarter.', 'verbal-agreement'],
      ['The Client\'s data protection officer is [DPO name], who may be reached at [DPO email address] about this Addendum.', 'agreement-to-agree'],
      ['The Supplier may amend the Service Specification to reflect changes in its tools, and no consent from the Client is needed for it to do so.', 'vague-term'],
      ['The Provider may revise the Response Objective for the helpdesk whenever it considers that staffing conditions warrant a change.', 'vague-term'],
    ]);
  });

  it('spares named measures and a fallback when terms are not agreed by a date', () => {
    spares([
      'The Supplier shall apply the security measures listed in Annex 3, which the parties have assessed as appropriate to the risk of processing the data.',
      'If revised charges have not been agreed by 31 March in any year, the charges then in force continue unchanged.',
    ]);
  });
});

describe('round 81 (stop 32): a price we will sit down with you to settle; changes the contractor shall be entitled to make whenever it chooses, data centres relocated or controls downgraded at its discretion, prices that may go up at any point, circumstances not reasonably foreseeable, reasonable assistance to the controller with requests, progress reported on a reasonable basis, without significant degradation, deleted once it considers them no longer needed; requests raised with a technician on a visit treated as validly submitted, a waiver in a WhatsApp thread, a sales lead\'s assurance the parties proceeded on, changes settled informally that continue to apply, a Teams authorisation sufficient to proceed, a change begun after discussing it before the Change Note is signed, a demo price you will pay; spares actions agreed at a meeting recorded in writing before taking effect, a restore deadline after without undue delay, and obligations that continue to apply after a force-majeure excuse', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Supplier shall ensure that the parking app copes with Saturday peak demand without significant degradation.', 'vague-term'],
      ['We\'ll sit down with you after the first quarter to settle a fair price for extra user seats.', 'agreement-to-agree'],
      ['The Supplier shall be entitled to modify the functionality of the booking tool whenever it chooses and without the Council\'s consent.', 'vague-term'],
      ['The Processor may relocate the data centres used for member data at its discretion.', 'vague-term'],
      ['Refund requests raised with the Supplier\'s field engineer while visiting the depot shall be treated as validly submitted under clause 9.', 'verbal-agreement'],
      ['A waiver of the exclusion for sensor connectivity faults given in a WhatsApp thread between the parties\' coordinators takes effect without further formality.', 'verbal-agreement'],
      ['The Supplier\'s regional sales lead assured the Client that barcode scanning would be covered by the Gold support tier, and the parties have proceeded on that basis.', 'verbal-agreement'],
      ['Changes to the scope of the flood alert system that the duty officers settled informally before signature continue to apply.', 'verbal-agreement'],
      ['Prices for ParkPal may go up at any point; the new price simply appears on your next invoice.', 'vague-term'],
      ['The Supplier is not liable for any failure of the alarms to sound that arises from circumstances not reasonably foreseeable by the Supplier.', 'vague-term'],
      ['Orders for map updates may be authorised by the Council\'s GIS lead in a Teams chat, and such authorisation shall be sufficient for the Supplier to proceed and charge.', 'verbal-agreement'],
      ['If the Supplier starts a Change to the booking integration after discussing it with the Client but before the Change Note is signed, the Change shall be regarded as approved.', 'verbal-agreement'],
      ['The Processor shall provide reasonable assistance to the Controller with requests received from data subjects.', 'vague-term'],
      ['Upgrades to the Gold plan can be confirmed by simply replying \'yes\' to our account manager in the in-app chat, and we\'ll bill you from that day.', 'verbal-agreement'],
      ['The Processor will delete the door camera recordings once it considers they are no longer needed.', 'vague-term'],
      ['The Supplier shall keep the Council informed of progress on the kiosk upgrade on a reasonable basis.', 'vague-term'],
      ['Any price we quote at a demo of the parking app is the price you\'ll pay for the first year.', 'verbal-agreement'],
      ['The Processor may downgrade or replace its protective controls whenever it chooses at its sole discretion.', 'vague-term'],
      ['A discount promised by one of our account executives in a short email or Slack message applies to your plan as if it were written into the Order Form.', 'verbal-agreement'],
    ]);
  });

  it('spares writing required before effect, a hard deadline and a force-majeure carve-out', () => {
    spares([
      'The Supplier shall attend a review meeting each quarter, and any actions agreed at that meeting shall be recorded in writing and signed off by the Council before taking effect.',
      'Restoration of the member records from backup shall be completed without undue delay and no later than 8 hours after the Client\'s request.',
      'The parties are excused from delay to the extent caused by force majeure, save that security obligations continue to apply throughout.',
    ]);
  });
});

describe('round 82 (stop 32): a move agreed over the radio, an understanding on a video call reflected in the next invoice, add-ons discussed on a session active from its date, credits available for what a sales representative described at a demo, acceptance deemed after attending a satisfactory demonstration; a future arrangement between us and you, transfer terms to be put in place, something we will settle with each customer, a protocol the parties have yet to draw up; regular calibration, prices that can rise without notice after a long subject, sub-processors engaged without informing, indicative periods that may be exceeded, authentication methods changed whenever it sees fit, reasons we could not prevent, backups regularly beside a right to restore, features withdrawn during the Call-Off Term (no call); spares measures being at least those a named framework requires', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Supplier may move the river gauges within the estuary where the Council\'s harbour officer has agreed to the move over the marine radio.', 'verbal-agreement'],
      ['Any understanding reached between the parties\' account leads on a video call about support credits shall be reflected in the next invoice.', 'verbal-agreement'],
      ['The Supplier shall carry out regular calibration of the flow meters so that readings remain reliable.', 'vague-term'],
      ['Our prices for the booking app used by rural clinics can rise without notice to you.', 'vague-term'],
      ['You can upgrade your sensor plan just by telling your account manager, and the new plan starts right away.', 'verbal-agreement'],
      ['Volume discounts for offices sending more than 500 documents a month are subject to a future arrangement between us and you.', 'agreement-to-agree'],
      ['Acceptance of the kiosk software shall be deemed given once the Council\'s representative has attended a satisfactory live demonstration.', 'verbal-agreement'],
      ['The Processor may engage additional sub-processors to host backup files as it considers necessary, without informing the Controller.', 'vague-term'],
      ['Retention periods for gate entry logs set out in Annex 4 are indicative and may be exceeded where operationally required.', 'vague-term'],
      ['The Supplier may modify the authentication methods used by the tenant portal whenever it sees fit, without the prior consent of the Council.', 'vague-term'],
      ['If our platform goes down for reasons we couldn\'t prevent, we won\'t owe you credits for missed bookings.', 'vague-term'],
      ['The Controller may approve a transfer of staff data to a new hosting region by replying \'OK\' in the project messaging channel.', 'verbal-agreement'],
      ['Transfers of driver data to the Processor\'s help centre outside the EEA shall be governed by transfer terms to be put in place before any such transfer begins.', 'agreement-to-agree'],
      ['Storage add-ons discussed with our team during an onboarding video session are active from the date of that session.', 'verbal-agreement'],
      ['How long we keep archived tickets is something we\'ll settle with each customer when it signs up.', 'agreement-to-agree'],
      ['Service Credits will also be available for the periods of slow page loading that the Supplier\'s sales representative described during the product demonstration in Leeds.', 'verbal-agreement'],
      ['The procedure for returning personal data at the end of the services will be laid down in an exit protocol that the parties have yet to draw up.', 'agreement-to-agree'],
      ['We back up your practice\'s records regularly and can restore earlier versions if something goes wrong.', 'vague-term'],
      ['The Supplier reserves the right to modify or withdraw features of the archive software during the Call-Off Term without the Council\'s consent.', 'vague-term'],
    ]);
  });

  it('spares measures being at least those a named framework requires', () => {
    spares([
      'The Supplier shall implement appropriate technical and organisational measures, being at least those required by the National Security Framework at High category, to protect the Council\'s data.',
    ]);
  });
});

describe('round 83 (stop 32): a tier discussed at an expo that applies to the account, a commitment confirmed at an information evening, work begun once a go-ahead is given at a steering group, permission given during a roadside check, an installer\'s word we will honour, an arrangement made with our team at an expo, a discount a managing director offered, a credit claim raised in conversation without the form, a price quoted by our staff at a seminar; terms that remain open, a plan to be drawn up and approved by both parties, a decision at the mid-term review whether, set out in an annex once agreed, handled in a way we agree at the time, a rate agreed with us later; objectives for a portal that are no warranty, hardware substituted without the client\'s consent, plans, prices and limits changed at any time; spares a price agreed at a review with an indexed fallback', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The 99.9% uptime tier discussed with the Supplier\'s sales representative at the Leeds Health Expo applies to the Client\'s account from go-live.', 'verbal-agreement'],
      ['The Processor confirmed at the tenants\' information evening in Hull that meter readings would never leave the UK, and that commitment is a term of this Agreement.', 'verbal-agreement'],
      ['Response times for the depot kiosks remain open and will be written into the Service Description once both parties sign off on them.', 'agreement-to-agree'],
      ['A data migration plan is to be drawn up and approved by both parties within the first Contract Year; its contents are not set out in this Agreement.', 'agreement-to-agree'],
      ['The Supplier may begin work on the battery integration once the Council\'s energy lead has given the go-ahead at the steering group.', 'verbal-agreement'],
      ['Permission to park beyond the permitted bay can be given by a warden during a roadside check, and that permission counts as an amendment to your permit.', 'verbal-agreement'],
      ['The uptime figures in Schedule 3 are service objectives for the booking portal and do not constitute a warranty or guarantee of performance by the Supplier.', 'vague-term'],
      ['The Council will decide at the mid-term review whether the Supplier must also supply spare sensors, and on what terms.', 'agreement-to-agree'],
      ['The Supplier may substitute equivalent or alternative hardware at the kiosks as it sees fit, without the Client\'s consent.', 'vague-term'],
      ['The categories of personal data and the duration of processing for the pilot will be set out in Annex 2 once agreed.', 'agreement-to-agree'],
      ['Refunds for cancelled sessions will be handled in a way we agree with you at the time.', 'agreement-to-agree'],
      ['If our installer tells you during setup that a router is covered by extended warranty, we\'ll honour that.', 'verbal-agreement'],
      ['Clubs who arranged a custom booking page with our team at a sports expo don\'t need to sign an order form; we\'ll treat the expo arrangement as your order.', 'verbal-agreement'],
      ['The Supplier shall honour the discount on repeat bookings that its managing director offered the Client\'s events officer at the Leeds open day in 2025.', 'verbal-agreement'],
      ['Storage beyond 50 GB will be charged at a rate your account lead agrees with us later.', 'agreement-to-agree'],
      ['We may change booking plans, prices and user limits at any time, and the changes apply as soon as we publish them.', 'vague-term'],
      ['A Service Credit claim is valid if the Client raises it with the Supplier\'s account manager in conversation at a quarterly meeting, without the need for the claim form in Annex D.', 'verbal-agreement'],
      ['A price quoted to you by our staff at a client seminar in York applies to your subscription for its first year.', 'verbal-agreement'],
      ['Whether disputed call-outs are chargeable will be settled by what the parties agree at the monthly meeting, and that outcome binds both of them.', 'verbal-agreement'],
    ]);
  });

  it('spares an annual-review price with its indexed fallback', () => {
    spares([
      'Support fees for the third year shall be agreed at the annual review; if no agreement is reached by 1 May, the second-year fees shall be indexed by the CPI for the preceding year.',
    ]);
  });
});

describe('round 84 (stop 32): a fee waived by an engineer while at the depot, a threshold settled orally (a hyphenated alert is no alert), variations authorised orally where time does not permit a written one; staff identified in consultation as the contract progresses, a manual both parties will approve later, limits set in a separate agreement we will sign, a plan to be approved in due course; monitoring reduced as it sees fit, figures for guidance, proper care; spares verbal estimates for guidance beside the signed order form', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['If one of our technicians agrees while at your Leeds depot to waive the call-out fee, you won\'t be charged for it.', 'verbal-agreement'],
      ['The Supplier may reduce or alter the monitoring performed on the pharmacy fridges as it sees fit, without reference to the Client.', 'vague-term'],
      ['The Supplier\'s key staff for the helpdesk shall be identified in consultation with the Council as the Contract progresses.', 'agreement-to-agree'],
      ['The split of weekend cover between the Client\'s wardens and the Supplier shall be set out in an operations manual that both parties will approve later.', 'agreement-to-agree'],
      ['Any humidity-alert threshold the parties settled orally during commissioning of the archive store shall be treated as part of Schedule 2.', 'verbal-agreement'],
      ['Nothing on our status page creates a commitment to you; the delivery figures shown there for partner clinics are for guidance.', 'vague-term'],
      ['Storage limits for Enterprise accounts are set in a separate agreement we\'ll sign with you after your trial.', 'agreement-to-agree'],
      ['The Council\'s Contract Manager may authorise Variations to the parking Services orally where time does not permit a written Variation.', 'verbal-agreement'],
      ['The Supplier shall take proper care of the Council\'s archive records.', 'vague-term'],
      ['The arrangements for returning the kiosks at the end of the Term shall be laid down in an Exit Plan to be approved by the Council in due course.', 'agreement-to-agree'],
    ]);
  });

  it('spares estimates for guidance beside the signed order form', () => {
    spares([
      'Estimates of hosting costs given verbally by our engineers are for guidance only, and the charges you pay are solely those shown in your signed Order Form.',
    ]);
  });
});

describe('round 85 (stop 32): support included because a manager promised it in a Slack channel, a verbal OK that counts as acceptance, changes accepted at a showcase, retention extended following a chat, a word given at a quarterly review, storage approved when you spoke with our team, a schedule kept in place of the standard one, a period discussed with the sales team before signature, what our staff say at a members\' evening; aspirational expectations that form no contractual requirement, a heads-up in advance, expectations not intended to be binding; a matter dealt with by separate agreement, indicators established at the first governance board, a plan we will agree at that point, an annex to be completed jointly, a service level and price we will discuss, a decision taken in consultation; spares the client\'s own right whenever it wishes, controls as appropriate to an environment named in an agreed document, and measures being at a minimum a named control set', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Your club account includes weekend support because our customer success manager promised it to you in our shared Slack channel.', 'verbal-agreement'],
      ['Our onboarding lead\'s verbal OK to import your historic booking data counts as your acceptance of the migration scope.', 'verbal-agreement'],
      ['The Council\'s expectation that card payments at the car park complete within two seconds is aspirational and does not form a contractual requirement.', 'vague-term'],
      ['The Supplier shall deliver the dashboard changes that the Council\'s officers viewed and accepted at the spring showcase.', 'verbal-agreement'],
      ['Any indexation of the Charges beyond year two will be dealt with by separate agreement.', 'agreement-to-agree'],
      ['Following a chat exchange with the Controller\'s IT lead, the Processor extended retention of visitor logs to 24 months.', 'verbal-agreement'],
      ['Key Performance Indicators for the booking service will be established at the first quarterly governance board.', 'agreement-to-agree'],
      ['The Supplier\'s service manager gave his word at the quarterly review that the centre would move to the priority queue at no extra charge.', 'verbal-agreement'],
      ['We\'ll give you a heads-up in advance of any planned downtime affecting your records.', 'vague-term'],
      ['We\'ll talk with you about what happens to your data if you leave, and we\'ll agree a plan at that point.', 'agreement-to-agree'],
      ['Extra storage for your case files was approved when you spoke with our sales team, so you won\'t see a separate charge for it.', 'verbal-agreement'],
      ['The Client\'s key staff shall be named in Annex D, which is to be completed jointly during the transition period.', 'agreement-to-agree'],
      ['Hostel partners who arranged a special payout schedule with our regional manager at a partner meeting keep that schedule in place of the standard one.', 'verbal-agreement'],
      ['If you\'d like a dedicated support line, we\'ll discuss the service level and price with you when you sign up.', 'agreement-to-agree'],
      ['The reduced 48-hour notice period discussed with the Supplier\'s sales team before signature applies to the Council in place of the period set out in clause 9.1.', 'verbal-agreement'],
      ['Anything our staff say at a members\' evening about new coverage areas forms part of your agreement with us.', 'verbal-agreement'],
      ['The response indicators in this Annex represent the Council\'s expectations for the helpdesk and are not intended to be contractually binding on the Supplier.', 'vague-term'],
      ['The Council shall decide, in consultation with the Supplier, the handover arrangements for the helpdesk before the Expiry Date.', 'agreement-to-agree'],
    ]);
  });

  it('spares the client\'s own right and measures named after the soft word', () => {
    spares([
      'The Client may request a usage report whenever it wishes, and the Supplier shall supply the report within ten Business Days of the request.',
      'The Supplier shall implement the security controls of ISO/IEC 27001:2022 Annex A, as appropriate to the hosting environment identified in the agreed Statement of Applicability.',
      'The Supplier shall implement appropriate security measures, being at a minimum the Cyber Essentials Plus controls, to protect data held for the Council.',
    ]);
  });
});

describe('round 86 (stop 32): work begun after a call and invoiced, credits settled by phone with no form required, cover added per a WhatsApp exchange, texting a manager enough to cancel, a commitment texted and honoured, an undertaking at a demo the client signed on, instructions at a fitting, scope added at a site meeting and invoiced, variations discussed on inspections deemed instructed, a word at the trailhead you can rely on; charges reviewed annually and adjusted by agreement, a cap settled in a side letter before go-live, a decision following a review whether; a security set-up changed at its discretion, a fair credit, latency that should generally remain low; spares travel expenses per visit', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Following a telephone conversation with the Contract Manager, the Supplier began the extra booking integration and will invoice it under this Contract.', 'verbal-agreement'],
      ['Credits for the booking outage of 3 March were settled over the phone with the service manager, and no credit request form was required.', 'verbal-agreement'],
      ['Per the WhatsApp exchange between the account teams, the Supplier will also cover the lobby kiosk under the Standard Support tier.', 'verbal-agreement'],
      ['Texting your customer success manager is enough to cancel add-ons on your account.', 'verbal-agreement'],
      ['Indexation of the support charges shall be reviewed annually and adjusted by agreement between the parties.', 'agreement-to-agree'],
      ['The Supplier\'s on-call engineer texted the depot office that weekend bookings would receive critical-tier response times, and the Supplier honours that commitment.', 'verbal-agreement'],
      ['The Supplier\'s liability cap for loss of booking data shall be settled in a side letter before go-live.', 'agreement-to-agree'],
      ['In the product demonstration the Supplier\'s account executive undertook that patient data would be encrypted at field level, and the Client signed this Agreement on that footing.', 'verbal-agreement'],
      ['The Council shall decide, following its review of the pilot phase, whether sensors are to replace manual checks and on what terms.', 'agreement-to-agree'],
      ['The Controller\'s instructions to record clients\' allergy information were given at the costume fitting and are to be treated as documented instructions under this DPA.', 'verbal-agreement'],
      ['The Customer confirms that the extra storeroom was brought into scope at the site meeting of 3 June, and the Supplier shall invoice for it from that date.', 'verbal-agreement'],
      ['The Processor may change its security set-up at its discretion, and such changes shall not require notice to the Controller.', 'vague-term'],
      ['If a storm closes the lifts, we\'ll give you a fair credit, taking account of how much skiing you missed.', 'vague-term'],
      ['Route variations discussed between the pilots and the Council\'s inspectors during site inspections shall be deemed to have been instructed by the Council.', 'verbal-agreement'],
      ['Search latency for archived transcripts should generally remain low, although occasional slowdowns are to be expected.', 'vague-term'],
      ['If one of our team tells you at the trailhead that your day pass can be moved to another date, you can rely on that even though these Terms say passes cannot be changed.', 'verbal-agreement'],
    ]);
  });

  it('spares a capped charge per visit', () => {
    spares([
      'The Supplier shall reimburse the Client\'s reasonable travel expenses for attending acceptance tests, capped at EUR 2,000 per visit.',
    ]);
  });
});

describe('round 87 (stop 32): an offer made to you by staff at an open day, a post in a messaging group treated as an instruction, an ambassador\'s discount, racks requested at a consultation evening, work begun after a call before the purchase order, a threshold shown at a demonstration that forms the standard, an upgrade approved at a meetup, a discount agreed at a careers fair; a schedule to be adopted by the parties, a figure we will let you know nearer the season, a separate SLA we will sign later, points agreed within sixty days, indicators settled by the contract managers at the first review; a convenient point, changes without prior notice, content and format varied as it sees fit, updates whenever we judge them worthwhile, measures replaced or scaled back as it chooses, properly informed, circumstances a named provider could not have foreseen, as demand requires, as long as is appropriate, measures changed without consent; spares named safeguards, adequacy decided by an authority, and content added beside a promise that no feature is withdrawn', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['A room offer made to you by a member of our staff at a hostel open day stands even if it never reaches you through the app.', 'verbal-agreement'],
      ['The Controller may authorise longer retention of door footage by a post in the project\'s messaging group, and the Processor shall treat that post as a written instruction.', 'verbal-agreement'],
      ['Any discount a Leeds Bike Share ambassador offers you at a community event applies to your account, even if it isn\'t shown in the app.', 'verbal-agreement'],
      ['The Processor shall return or delete booking data at a convenient point after the season ends.', 'vague-term'],
      ['Additional bike racks requested by councillors at the public consultation evening shall be added to the Services from the date of that request.', 'verbal-agreement'],
      ['The Provider may alter the frequency of maintenance visits without prior notice where it considers this will improve efficiency.', 'vague-term'],
      ['The Supplier may vary the content and format of the monthly usage reports supplied to the Council as it sees fit.', 'vague-term'],
      ['A retention schedule for closed cases is to be adopted by the Parties before the end of the Implementation Period.', 'agreement-to-agree'],
      ['Once the club chair has rung the Supplier to give the go-ahead, the Supplier may begin the data migration work before the purchase order is issued.', 'verbal-agreement'],
      ['We\'ll push app updates to your kiosks whenever we judge an update worthwhile.', 'vague-term'],
      ['The Processor may replace or scale back its security measures as it chooses, without informing the Controller.', 'vague-term'],
      ['The Supplier shall keep the Council properly informed of the progress of the rollout.', 'vague-term'],
      ['The response-time threshold shown to the Client during the pilot demonstration forms the applicable Performance Standard for the app.', 'verbal-agreement'],
      ['Excluded from Downtime are interruptions caused by circumstances that Leeds Cloud Hosting could not have foreseen or prevented, whatever their nature.', 'vague-term'],
      ['The Supplier shall rebalance bikes between docks as demand requires.', 'vague-term'],
      ['Group discounts for schools are arranged separately, and we\'ll let you know the figure nearer the season.', 'agreement-to-agree'],
      ['Once your committee has approved a plan upgrade with our rep at one of your meetups, we\'ll switch you over and start billing the new price.', 'verbal-agreement'],
      ['Service levels for Enterprise customers will be set out in a separate SLA that we\'ll sign with you later.', 'agreement-to-agree'],
      ['The measurement points used to calculate kiosk availability shall be agreed in writing between the parties within sixty days of the Effective Date.', 'agreement-to-agree'],
      ['A discount agreed with one of our advisers at a student careers fair is valid for your whole first year.', 'verbal-agreement'],
      ['The key performance indicators for the helpdesk will be settled by the Contract Managers at the first Service Review Meeting.', 'agreement-to-agree'],
      ['The Processor shall retain members\' medical notes, including any history disclosed before sessions, only for so long as is appropriate.', 'vague-term'],
      ['The security measures described in Annex II reflect the Processor\'s current practice and may be changed by the Processor without the Controller\'s consent.', 'vague-term'],
    ]);
  });

  it('spares named safeguards, an adequacy listing and content added under a promise', () => {
    spares([
      'The Provider shall maintain security controls commensurate with the data held, being at a minimum the safeguards in the NCSC Cloud Security Principles.',
      'Personal data shall be processed only in the UK or in a country listed by the Secretary of State as providing adequate protection.',
      'We may add new training content as we see fit, but no feature listed in your Order Form will be withdrawn during the term.',
    ]);
  });
});

describe('round 88 (stop 32): a procedure the parties will settle at the first board meeting (an escalation procedure for outages is no dispute), an inspector\'s word that excuses a breach, a deadline extended over the incident hotline, an upgrade approved by letting a manager know at a check-in, a quick WhatsApp enough to release a date; maintenance at times the provider considers least disruptive; spares the client changing its own prices', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The parties will review and settle the escalation procedure for network outages at the first Governance Board meeting.', 'agreement-to-agree'],
      ['Where the Council\'s inspector indicates during a site inspection that a reporting deadline can slip, the Supplier shall not be in breach for the delay.', 'verbal-agreement'],
      ['Scheduled maintenance of the booking platform will be carried out at times Leeds Cloud considers least disruptive to the Client.', 'vague-term'],
      ['Where the Client\'s duty officer and the Supplier\'s on-call engineer agree over the incident hotline to extend the restoration deadline, the extended deadline replaces the Resolution Time for that Incident.', 'verbal-agreement'],
      ['Upgrades to the premium tier can be approved just by letting your account manager know at your quarterly check-in.', 'verbal-agreement'],
      ['A quick WhatsApp from your event planner to our office is enough for us to release a held date to another client.', 'verbal-agreement'],
    ]);
  });

  it('spares the client changing its own prices', () => {
    spares([
      'Your account settings page lists every room type, and you can change prices there yourself whenever you need to.',
    ]);
  });
});

describe('round 89 (stop 32): a client treated as having approved after a talk on site, an instruction spoken to a service desk acted on as a variation, fee exceptions granted by staff at a desk, coverage offered at a project launch, a WhatsApp after which no delay payments are levied; an uplift that is a matter for review and mutual agreement; integrations retired whenever we decide, aspirations that are not warranted, a general approach that obliges nothing; spares measures the parties acknowledge as appropriate and chat comments denied force', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Supplier may treat the club as having approved planned downtime of the pitch sensors once its engineer has talked the work through with the groundstaff on site.', 'verbal-agreement'],
      ['We may retire integrations used by partner clinics whenever we decide they are no longer worth maintaining.', 'vague-term'],
      ['The Supplier may act on any instruction spoken to its service desk by the Council\'s parks officer as though it were an approved Variation.', 'verbal-agreement'],
      ['Any uplift to the Monthly Charges after the first Contract Year shall be a matter for review and mutual agreement at each anniversary.', 'agreement-to-agree'],
      ['Fee exceptions granted by our staff at the visitor information desk bind us, even if they aren\'t recorded in your account.', 'verbal-agreement'],
      ['The service levels in Annex 3 represent the Supplier\'s aspirations and are not warranted.', 'vague-term'],
      ['Weekend coverage that the Supplier\'s operations manager offered at the project launch is included in the Services at no extra charge.', 'verbal-agreement'],
      ['The Council\'s buyer indicated in a WhatsApp message that late delivery of the reports would be overlooked, so the Council shall not levy delay payments for that period.', 'verbal-agreement'],
      ['The security measures described in Annex II illustrate the Processor\'s general approach and do not oblige it to maintain any specific control.', 'vague-term'],
    ]);
  });

  it('spares acknowledged measures and chat comments denied force', () => {
    spares([
      'The Supplier shall implement the security measures set out in Annex 4, which the parties acknowledge as appropriate for the member data.',
      'A promise about discounts binds us only if it appears in your order confirmation email; comments in our chat window are for information only.',
    ]);
  });
});

describe('round 90 (stop 33): a named provider that may change its tools as it sees fit, a format amended at its discretion, a timeframe that reflects severity, intervals suited to conditions, a duty to keep the client informed with no frequency; a plan to be developed jointly, a schedule to follow, a decision at the annual review whether, charges settled with you when you leave; days moved by messaging that become part of the order, reliance on a pre-contract demonstration, a retention agreed over chat, hours extended by a phone call from the day of the call, consent obtained informally at a parents\' evening, a phone call that constitutes notice; spares a soft term a named handbook defines, a quoted clause heading, an amendment effective only when executed, a fallback when we cannot agree, a call written up for signature before it binds, and a weekly report each Friday', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Northgate may change the diagnostic tools and escalation procedures used for the library\'s self-service kiosks as it sees fit.', 'vague-term'],
      ['The Contractor may amend the layout of the monthly occupancy report at its discretion without consulting the Trust.', 'vague-term'],
      ['We will resolve defects that affect the booking of rehearsal rooms within a timeframe that reflects their priority.', 'vague-term'],
      ['The Contractor shall inspect the river gauges at intervals suited to the seasonal flow conditions.', 'vague-term'],
      ['The Supplier shall keep the Council informed of significant events affecting the reliability of the parking sensors.', 'vague-term'],
      ['The parties shall, within sixty days of go-live, jointly develop a continual improvement plan for the kiosk estate, including the targets it will set.', 'agreement-to-agree'],
      ['The escalation regime for the ticket barriers, including the thresholds for service credits, shall be set out in Annex 7 (to follow).', 'agreement-to-agree'],
      ['The Trust will decide at the annual contract review whether the Supplier is to host the archive, and on what terms.', 'agreement-to-agree'],
      ['Any charges for migrating your archive, if any, will be settled with you when you give notice of termination.', 'agreement-to-agree'],
      ['Your office manager can move delivery days just by messaging our dispatch team, and the new days become part of your order.', 'verbal-agreement'],
      ['The Client may rely on any reporting features that the Supplier demonstrated to it before signature.', 'verbal-agreement'],
      ['Where the Client\'s site lead agrees over Slack to a longer retention of CCTV footage, the Processor is permitted to keep the footage for that longer period.', 'verbal-agreement'],
      ['Opening hours of the recycling hotline may be extended by a phone call between the account managers, with effect from the day of that call.', 'verbal-agreement'],
      ['Approval from the school\'s bursar to move pupil records to a new hosting region, obtained informally at a parents\' evening, is sufficient for the purposes of this Agreement.', 'verbal-agreement'],
      ['A phone call to the Customer\'s duty manager shall constitute notice of a security incident for the purposes of clause 9, and no written notification shall then be required.', 'verbal-agreement'],
    ]);
  });

  it('spares a defined soft term, a quoted heading, writing required, a fallback and a weekday schedule', () => {
    spares([
      'Fair wear is acceptable for returned kit, and our returns handbook sets out exactly what counts as fair wear.',
      'Clause 18 (\'Events outside our control\') lists the only events, such as a national grid failure, that excuse us from delays.',
      'Any change to this Agreement, even if first discussed on a call, takes effect only when both parties have executed a variation deed.',
      'Prices for extra sites will be agreed with you in a quote; if we can\'t agree within 21 days, the standard site rate in our published price list applies.',
      'If you join a planning call, anything we agree on it is written up and sent to you for signature before it becomes binding.',
      'The Contractor shall keep the Council informed of progress by a written status report delivered each Friday before noon.',
    ]);
  });
});

describe('round 91 (stop 33): extras raised in an onboarding conversation that are included free, a voice note treated as approval, an approved outage treated as a Change Order, a turnaround promised on a visit that we commit to, a walk-through after which an exclusion applies from the date of the visit, a Teams call treated as the prior written authorisation, a policy agreed at a launch evening that still applies, commitments as described by sales during a demonstration, reductions promised at a convention reflected in the first invoice, statements over dinner incorporated into the agreement; an excuse for unforeseen circumstances, changes as its operations require, levels indicative of what is expected that give rise to no credits; two named parties with accents who will settle a method later, a scope as mutually agreed; spares a not-binding sanction of a formality and obligations as described in an annex', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Any extra seats raised during your Liège clinic\'s onboarding conversation are included free for the whole term.', 'verbal-agreement'],
      ['We\'ll treat a voice note from your site supervisor as your approval to restart the pumps after maintenance.', 'verbal-agreement'],
      ['The Client\'s facilities lead approved the extended network outage in a chat message, and the Supplier treats that approval as a Change Order under clause 12.', 'verbal-agreement'],
      ['Whatever response time our team offered when they visited your depot is the response time we commit to.', 'verbal-agreement'],
      ['The Controller\'s privacy lead authorised the move of the visitor logs to a new hosting provider during a Teams call, which the Processor shall treat as the prior written authorisation required by Clause 6.', 'verbal-agreement'],
      ['The Controller\'s privacy lead authorised the move of the visitor logs to a new hosting provider during a Zoom call, which the Processor shall treat as the prior written authorisation required by Clause 6.', 'verbal-agreement'],
      ['If your practice agreed a special cancellation policy with us at our Rotterdam launch evening, that arrangement still applies.', 'verbal-agreement'],
      ['Availability commitments for the ticketing app are as described to the Council by Brightway\'s sales team during the 2025 product demonstration.', 'verbal-agreement'],
      ['Price reductions promised to a member by the Supplier\'s sales executive at the Utrecht trade convention will be reflected in its first invoice.', 'verbal-agreement'],
      ['Statements about backup retention that Corvid\'s account director gave the Trust\'s CIO over dinner are incorporated into this Agreement.', 'verbal-agreement'],
      ['The Supplier shall not be liable for any failure of the booking service caused by unforeseen circumstances.', 'vague-term'],
      ['The Provider reserves the right to substitute scanning equipment, alter reporting tools and modify the service levels as its operations require.', 'vague-term'],
      ['The service levels in Schedule 3 are indicative of the performance the Council expects and shall not give rise to service credits.', 'vague-term'],
      ['Brückner and the Région shall settle in a future annex the method for measuring response times at the depots.', 'agreement-to-agree'],
      ['The frequency and scope of security testing shall be as mutually agreed by the parties.', 'agreement-to-agree'],
    ]);
  });

  it('spares the sanction of a formality and a description in an annex', () => {
    spares([
      'Instructions given orally to the Supplier\'s technicians on site shall be confirmed by email within one business day, failing which they shall not bind either party.',
      'The Supplier\'s obligations regarding on-call cover for the pharmacy system shall be as described in Annex 4.',
    ]);
  });
});

describe('round 92 (stop 33): claims lodged by mentioning them on a call, assurances at a suppliers\' day relied on, phone instructions that are documented instructions, a faster resolution time discussed at a reception that will apply, an upgrade confirmed by replying to a text, services extended by mentioning it to a technician and then chargeable, rate freezes from an industry day that remain valid; times approximate with no commitment, enough backup copies, windows in a proposal indicative only, reports shared where the supplier judges it appropriate, objectives that are not a warranty, proper arrangements, replies that can vary and are not promised; an annex to be completed once a process is finalised, a plan the parties thereafter finalise; spares a limit in support hours, a workshop for information only beside a written route, and assurances as to a minimum', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Service credit claims may be lodged by mentioning them to the account manager on the weekly service call.', 'verbal-agreement'],
      ['The Supplier may rely on assurances given by the Council\'s buyer at the suppliers\' day as to the number of sites to be covered.', 'verbal-agreement'],
      ['The Controller may give instructions on the processing of member data to the Processor\'s support lead over the phone, and such instructions shall be documented instructions for the purposes of Article 28(3)(a) GDPR.', 'verbal-agreement'],
      ['The faster resolution time for Priority 2 faults, discussed with our sales director at the museum\'s reception, will apply from the go-live date.', 'verbal-agreement'],
      ['Once you\'ve confirmed an upgrade by replying \'yes\' to our text message, we\'ll move your studio account to the new plan and bill you for it.', 'verbal-agreement'],
      ['The Customer\'s site manager may extend the Services to the new warehouse simply by mentioning it to the Supplier\'s technician, and the extended Services are then chargeable.', 'verbal-agreement'],
      ['Rate freezes that our team agreed with your finance office at an industry day remain valid for the whole term.', 'verbal-agreement'],
      ['Any delivery times mentioned on our website are approximate and don\'t create a commitment on our part.', 'vague-term'],
      ['We will keep enough backup copies of your records to let you recover from most accidental deletions.', 'vague-term'],
      ['The response windows stated in the Supplier\'s proposal are indicative only and do not constitute contractual commitments.', 'vague-term'],
      ['Penetration test reports will be made available to the Customer where the Supplier judges disclosure to be appropriate.', 'vague-term'],
      ['Availability figures in this Schedule are service objectives for the booking platform used by the regional libraries and are not a warranty of availability.', 'vague-term'],
      ['The Contractor shall put in place proper arrangements to protect the patient records held in the clinic system.', 'vague-term'],
      ['Replies to support tickets usually arrive within a business day, though response times can vary and are not promised.', 'vague-term'],
      ['The data categories are listed in Annex 2, which is to be completed once the client\'s new intake process is finalised.', 'agreement-to-agree'],
      ['The Supplier shall submit, and the parties shall thereafter finalise, the Transition Plan for the payroll service.', 'agreement-to-agree'],
    ]);
  });

  it('spares a limit in support hours, a workshop for information only and assurances as to a minimum', () => {
    spares([
      'The Supplier shall resolve Severity 2 faults as soon as reasonably practicable and no later than six Support Hours after logging.',
      'Any workshop held under clause 9 about the rollout is for information only; instructions to the Supplier may be given solely by written Change Order.',
      'Assurances as to the minimum number of training days are set out in Schedule 4.',
    ]);
  });
});

describe('round 93 (stop 33): a storage increase proposed on a visit that applies to all accounts, seats OKed in a chat that are active without the order form, return evidenced by a phone call in place of the written certificate, data sent on the strength of a Slack approval, a free month promised at a fair that forms part of the terms, credits calculated on the basis discussed on a site visit, a network that performs to the levels described at a demonstration; circumstances outside a two-word name\'s control, anything we could not reasonably foresee; a mechanism as the board and the supplier subsequently agree, fees put in a separate agreement; spares protection meaning the controls of named principles and reports requested at intervals of the client\'s choosing', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Customer agrees that the storage increase proposed by the Supplier\'s director during the plant visit in Leeds applies to all archive accounts.', 'verbal-agreement'],
      ['If one of our staff OKs a seat increase for your office in a chat message, the extra seats are active even if you never submit the order form.', 'verbal-agreement'],
      ['Return of the clinic\'s records on termination may be evidenced by a phone call from the Processor\'s service manager in place of the written certificate required by Clause 11.', 'verbal-agreement'],
      ['The Processor may begin sending appointment data to the new analytics tool on the strength of the Controller\'s Slack approval of 3 June.', 'verbal-agreement'],
      ['A free month promised to you by our rep at the Galway farmers\' fair forms part of these terms.', 'verbal-agreement'],
      ['Service credits shall be calculated on the basis discussed between the parties\' project leads during the site visit of 9 April.', 'verbal-agreement'],
      ['Until the service schedule is issued, the radio network shall perform to the levels described by the Supplier\'s sales engineer at the product demonstration.', 'verbal-agreement'],
      ['Downtime does not include any interruption that results from circumstances outside Harbour Systems\' reasonable control.', 'vague-term'],
      ['We aren\'t responsible if bookings are interrupted by anything we couldn\'t reasonably foresee or prevent.', 'vague-term'],
      ['The annual price review mechanism shall be as the Customer\'s finance board and the Supplier subsequently agree.', 'agreement-to-agree'],
      ['If you need a custom report, we\'ll discuss the scope and fees with you and put them in a separate agreement.', 'agreement-to-agree'],
    ]);
  });

  it('spares named principles and the client\'s choice of intervals', () => {
    spares([
      'The Supplier shall apply adequate protection to patient data, meaning at a minimum the controls in the National Cyber Security Principles.',
      'The Council may request a usage report at intervals of its choosing, which the Supplier shall deliver within 5 Working Days of the request.',
    ]);
  });
});

describe('a fallback in the sentence after a term left to a later agreement (stop 33, found trying real terms)', () => {
  const deferred = 'The parties shall, within ninety days of the Effective Date, jointly develop a service improvement plan, including the targets it will contain.';
  const fallback = 'If the parties cannot agree a plan within thirty days, the service levels in this Agreement continue to apply.';
  const other = 'The plan will then be reviewed every year.';

  it('spares the deferral when the next sentence says what applies if the parties do not agree, and reports it otherwise', () => {
    expect(codes(`${deferred} ${fallback}`)).toEqual([]);
    expect(codes(`${deferred} ${other}`)).toEqual(['agreement-to-agree']);
    expect(codes(deferred)).toEqual(['agreement-to-agree']);
    // The fallback must follow: one before the deferral settles nothing about it.
    expect(codes(`${fallback} ${deferred}`)).toEqual(['agreement-to-agree']);
  });

  it('judges the pair the same when read again after other texts (the remembered sentence holds the words after it), wrapped, and ungated', () => {
    for (let i = 0; i < 3; i++) {
      expect(codes(`${deferred} ${other}`)).toEqual(['agreement-to-agree']);
      expect(codes(`${deferred} ${fallback}`)).toEqual([]);
      expect(codes(`Each party appoints a manager. ${deferred} ${fallback}`)).toEqual([]);
      expect(codes(`Each party appoints a manager. ${deferred} ${other}`)).toEqual(['agreement-to-agree']);
    }
    const wrapped = `${deferred} ${fallback}`.replace(/ (?=\S{6,})/g, (m, at: number) => (at % 3 === 0 ? '\n      ' : ' '));
    expect(codes(wrapped)).toEqual([]);
    expect(findLexiconMatches(`Each party appoints a manager. ${deferred} ${fallback}`, 0, {}, false)).toEqual([]);
  });
});

describe('round 94 (stop 33): levels demonstrated on a pre-sales visit treated as committed, consent obtained in a telephone conversation, licences approved by a visiting engineer added without an order, commitments given by a sales representative that bind as though set out, a WhatsApp rate that overrides the price list, support on the terms described over the phone, onboarding offered at a trade fair that applies though not on the order, a tier that applies as arranged over the phone, streets pointed out on a site visit, a free month offered when visiting, credits claimable for outages acknowledged over live chat, billing switched once you mention it to support; a price raised at any time, confirmations within a short time; a price we will work with you to agree, a commitment we will settle during onboarding, a window settled at a review of the claims environment, refund terms covered by a future policy; an assurance as to the acceptable level is one verbal step, and a deeming as if written requires no writing; spares a variation recorded before it takes effect and a change confirmed in billing settings', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The response times demonstrated to the Client\'s ward staff during the pre-sales site visit shall be treated as the committed levels for the first year.', 'verbal-agreement'],
      ['The Customer\'s consent to moving backups outside the EEA may be obtained in a telephone conversation with the Supplier\'s security lead.', 'verbal-agreement'],
      ['When our regional engineer visits your depot and approves extra licences, you can add them to your account straight away without placing a new order.', 'verbal-agreement'],
      ['Response commitments given to the school by the Supplier\'s sales representative in Leeds bind the Supplier as though set out in this Schedule.', 'verbal-agreement'],
      ['If you arranged a reduced rate with our local agent over WhatsApp, that rate overrides our published price list.', 'verbal-agreement'],
      ['Weekend support will be provided on the terms the Supplier\'s account manager described to the Client over the phone before signature.', 'verbal-agreement'],
      ['Any free onboarding our sales staff offer you at a trade fair in Utrecht will apply to your account even if it isn\'t shown on your order.', 'verbal-agreement'],
      ['The premium support tier applies as arranged between the Customer\'s IT lead and the Provider\'s architect over the phone in June.', 'verbal-agreement'],
      ['The Contractor shall extend the camera network to the additional streets pointed out by the Council\'s officer during the site visit on 3 May.', 'verbal-agreement'],
      ['The free listing month our rep offered when visiting your shop applies even though it isn\'t in your order.', 'verbal-agreement'],
      ['Service Credits may also be claimed for any outage that the Provider\'s support engineer acknowledges over live chat as credit-eligible.', 'verbal-agreement'],
      ['Your plan switches to annual billing once you mention it to our support staff during a help call.', 'verbal-agreement'],
      ['We may raise the subscription price of the booking app at any time.', 'vague-term'],
      ['Confirmations will normally be returned to the Customer within a short time after the order is placed.', 'vague-term'],
      ['If you need more than 20 users, we\'ll work with you to agree a suitable add-on price.', 'agreement-to-agree'],
      ['Your plan includes a custom response commitment, which we\'ll settle with you during onboarding.', 'agreement-to-agree'],
      ['The parties will settle the release window for the claims environment at the first monthly service review.', 'agreement-to-agree'],
      ['Refund terms for cancelled lessons will be covered by a future policy we\'ll agree with schools.', 'agreement-to-agree'],
      ['Assurances given by the Council\'s inspector in conversation with the Contractor as to the acceptable noise level shall be binding for the purposes of the Specification.', 'verbal-agreement'],
      ['The Processor\'s undertaking, given at the kick-off meeting, to host the records only in Norway shall bind the Processor as if written into this DPA.', 'verbal-agreement'],
    ]);
  });

  it('reports an assurance as to an acceptable level once, as the verbal step, and reads a deeming as if written as no written requirement', () => {
    expect(codes("Assurances given by the Council's inspector in conversation with the Contractor as to the acceptable noise level shall be binding for the purposes of the Specification.")).toEqual(['verbal-agreement']);
    expect(codes("The Processor's undertaking, given at the kick-off meeting, to host the records only in Norway shall bind the Processor as if written into this DPA.")).toEqual(['verbal-agreement']);
  });

  it('spares a variation recorded before it takes effect and a change confirmed in the billing settings', () => {
    spares([
      'Any agreement reached at the monthly review meeting shall be recorded as a formal Variation before it takes effect.',
      'You may request a plan change during a call with your account manager, but it takes effect only when you confirm it in your billing settings.',
    ]);
  });
});

describe('round 95 (stop 33): layouts signed off on a video walkthrough that count as accepted, a rate offered at a vendor fair demo for the first months, devices requested in person added to the monthly charge, what sales agreed at a fair as part of the plan, a text treated as an accepted Work Order, no charge confirmed at a kick-off, an extension agreed on a visit continuing on the contract terms, agreements at the foot of a tower and on a quayside; whatever times it considers least disruptive, whatever manner we think right, seats reduced where in its view necessary, deletion unless it decides otherwise, the way and pace we choose, estimates that don\'t bind us; deciding together later, a decision once a season is reviewed, credits determined at a later date, categories identified jointly, rates set together, fees open to discuss, prices worked out with you once volumes are known; spares a change accepted in the billing console, a suitable format defined at once, and the duty to follow instructions unless they infringe the law', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Poster layouts you sign off during a video walkthrough with our designer count as accepted, and we\'ll charge for any later changes.', 'verbal-agreement'],
      ['The lower rate offered by Nordic Cloud\'s sales representative at the Tromsø vendor fair demo applies for the first twelve months.', 'verbal-agreement'],
      ['Extra scanners requested in person by the depot supervisor at the Supplier\'s office shall be supplied and added to the monthly charge.', 'verbal-agreement'],
      ['Anything our sales representative agreed with you at the Ghent trade fair is part of your Basic plan, even if it isn\'t listed on the pricing page.', 'verbal-agreement'],
      ['Where the Customer\'s site lead indicates by text message that a quotation is acceptable, the Contractor may proceed and the quotation shall be treated as an accepted Work Order.', 'verbal-agreement'],
      ['The Supplier\'s engineer confirmed at the kick-off meeting that weekend changes would be handled at no extra cost, and the Client shall not be charged for them.', 'verbal-agreement'],
      ['Any extension of the trial that the Council\'s officer agrees to while visiting the depot shall continue on the terms of this Contract.', 'verbal-agreement'],
      ['The Supplier\'s engineer agreed with the caretaker at the foot of the tower that the bells would be monitored at the premium tier, and the premium Service Level shall apply to them.', 'verbal-agreement'],
      ['The harbour master told the Contractor on the quayside that mooring fees could be collected directly, and the Contractor may rely on that permission.', 'verbal-agreement'],
      ['Maintenance will be carried out at whatever times the Provider considers least disruptive to the clinic.', 'vague-term'],
      ['Where a customer disputes a charge, we will investigate in whatever manner we think right and let you know the outcome.', 'vague-term'],
      ['The Provider reserves the right to reduce the number of user seats included in the Basic tier where in its view this is necessary.', 'vague-term'],
      ['The Processor shall delete visitor data at the end of each season unless it decides that retention serves its purposes.', 'vague-term'],
      ['We\'ll restore your booking page after an outage in the way and at the pace we choose.', 'vague-term'],
      ['Response timings in our product sheet are estimates and don\'t bind us.', 'vague-term'],
      ['We\'ll decide together after the trial month how many user seats your plan includes.', 'agreement-to-agree'],
      ['The Authority will decide, once the first season has been reviewed, which depots are to be covered by the service.', 'agreement-to-agree'],
      ['The Council shall determine the service credits for the messaging gateway at a later date.', 'agreement-to-agree'],
      ['The data categories to be processed will be identified jointly once the clinics have been onboarded.', 'agreement-to-agree'],
      ['We and you will set the seasonal commission rates together each spring.', 'agreement-to-agree'],
      ['Our fees for adding new sites after your first year remain open for us to discuss with you.', 'agreement-to-agree'],
      ['We\'ll work out messaging prices for alerts to your regional clinics and depots with you once volumes are known.', 'agreement-to-agree'],
    ]);
  });

  it('spares a change accepted in the console, a format defined at once and a legal test', () => {
    spares([
      'If we agree with you to change your plan, the change takes effect only once you\'ve accepted it in the billing console.',
      'Inspection records shall be kept in a suitable format, namely CSV files matching the council\'s published record template.',
      'The Processor shall follow the instructions unless it believes they infringe data protection law, in which case it shall inform the Controller within 48 hours.',
    ]);
  });
});

describe('round 96 (stop 33): no objection raised at a meeting before data trains fault-prediction models, certificates not needed after a phone call, assurances at a site induction, an exception approved by one of our reps on a visit, a walk-through that counts as acceptance, a verbal instruction without awaiting the written order, a site added in a conversation serviced at the rate, deadlines relaxed in a WhatsApp group; prices that go up whenever we decide; a timeline agreed with you after onboarding (accented words between), discounts on terms we will discuss; spares the GDPR\'s appropriate statutory obligation, telling by email, more often if prudent beside a frequency, a clock-time deadline and one before the next statement', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Where the Customer raised no objection during the kick-off meeting, the Supplier may use the sensor history to train its fault-prediction models.', 'verbal-agreement'],
      ['The Processor need not issue destruction certificates for the clinic records where it has reported the destruction to the Controller\'s lead in a phone call.', 'verbal-agreement'],
      ['The Supplier may rely on assurances given by the Council\'s engineer during the site induction as to which records fall within the scope of the Services.', 'verbal-agreement'],
      ['When one of our account reps visits your depot and approves an exception to the storage limits, that exception binds us.', 'verbal-agreement'],
      ['A short walk-through with our local representative counts as your acceptance of the configuration, so you won\'t need to sign the setup form.', 'verbal-agreement'],
      ['Where the Authority\'s duty officer has verbally instructed a driver to proceed, the Contractor need not await the written Order before charging the trip to the Authority.', 'verbal-agreement'],
      ['Any extra site added to the route by the Council\'s warden in a conversation at the depot shall be serviced at the Standing Offer rate.', 'verbal-agreement'],
      ['Fix deadlines may be relaxed where the account managers settle a revised time in the incident WhatsApp group.', 'verbal-agreement'],
      ['Our prices for the reporting dashboard may go up whenever we decide, and the new prices apply from your next invoice.', 'vague-term'],
      ['We\'ll agree the migration timeline for your Łódź archive with you after onboarding.', 'agreement-to-agree'],
      ['Volume discounts for more than 50 users are available on terms we\'ll discuss when you reach that threshold.', 'agreement-to-agree'],
    ]);
  });

  it('spares a term of art, written notice, a bounded frequency and two deadlines', () => {
    spares([
      'The Processor shall ensure that its staff have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality.',
      'We may raise the subscription fees once a year by telling you at least 60 days beforehand by email, and you may cancel before the increase applies.',
      'The Contractor shall inspect the alarms at least once every 90 days, and may inspect more often if it considers it prudent.',
      'The Provider shall deliver the meter data to the portal promptly, and no later than 06:00 CET on the following day.',
      'We\'ll fix billing errors promptly, at the latest before your next monthly statement is issued.',
    ]);
  });
});

describe('round 97 (stop 34): a negotiation put off while a claims portal runs its first season or offshore access to claim records, consent given during an audit that suffices to proceed, a text message that suffices to establish a credit, engineers agreeing on the spot what counts against uptime, a fee open to negotiation, a price quoted separately once agreed, a fee we will talk through and settle then; credits on a fair basis; spares disputes about insurance claims, written notice that suffices, reasonable costs capped at months of fees, a fee not open to negotiation, a question about downtime answered in writing, a walk-through of a dashboard', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Supplier and the Council will negotiate the hosting charge for any additional depot once the first year of operation is complete.', 'agreement-to-agree'],
      ['The parties shall negotiate revised response times once the claims platform has processed its first thousand expense claims.', 'agreement-to-agree'],
      ['The Customer\'s approval of the revised rota, given to our engineer during the site visit, will be sufficient for us to proceed with the change.', 'verbal-agreement'],
      ['A WhatsApp message from the duty manager confirming that the outage was a Service Failure shall suffice to establish the client\'s entitlement to a credit.', 'verbal-agreement'],
      ['Any overpayment will be refunded on a fair basis taking account of the services already used.', 'vague-term'],
      ['The hourly rate for out-of-hours call-outs will be open for negotiation after the first winter.', 'agreement-to-agree'],
      ['Charges for the optional analytics module will be quoted separately once we\'ve agreed the scope with you.', 'agreement-to-agree'],
      ['During the quarterly review call, the service managers agreed there and then that planned patching overruns would not count as downtime.', 'verbal-agreement'],
      ['Should you want extra sensors, we\'ll go over the price and delivery date with you and agree them at that point.', 'agreement-to-agree'],
    ]);
  });

  it('spares claims as records, written notice, a capped cost, a denied negotiation and a question answered in writing', () => {
    spares([
      'Disputes about insurance claims shall be referred to the Ombudsman in accordance with clause 19.',
      'The Provider shall store warranty claim records for six years after the end of the Term.',
      'Written notice signed by an authorised signatory shall be sufficient for the Supplier to proceed with the change.',
      'We will reimburse reasonable travel expenses you incur for the annual review meeting, up to two months\' fees in total.',
      'The hourly rate for out-of-hours call-outs is not open to negotiation during the Initial Term.',
      'The Customer may ask during the quarterly review whether planned patching overruns count as downtime, and the Provider shall answer in writing within 10 Business Days.',
      'We\'ll talk through the monitoring dashboard with your staff during onboarding.',
    ]);
  });
});

describe('round 98 (stop 34): a duty dispensed with after being told on a call, promises made when we came over to see your staff, a window agreed on a call treated as planned maintenance, an assurance that data is never stored abroad treated as part of the contract, a phone call to approve extra runs that are invoiced, a go-ahead by phone after which time is not downtime, a claim raised while the manager is on site; an excuse for what is out of our hands, controls suited to the records; a number of meters fixed once the client confirms its list, what happens to bookings we will speak with you about, a joint review that agrees changes where needed; spares a written waiver, notified maintenance, an invoice on acceptance, a phone call to report a fault, written approval, an update where necessary to comply with law', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Supplier need not produce the monthly audit log, having been told by the Authority\'s project manager on a call that the log was no longer wanted.', 'verbal-agreement'],
      ['Commitments our engineers made when they came over to see your depot staff count as part of this Agreement.', 'verbal-agreement'],
      ['A patch window agreed with the client\'s IT lead on a Teams call shall be treated as planned maintenance.', 'verbal-agreement'],
      ['We can\'t be held liable for late deliveries when something occurs that is outside of our hands.', 'vague-term'],
      ['The Supplier\'s assurance, given at the kick-off call, that backups are never stored outside the EU shall be treated as part of this Contract.', 'verbal-agreement'],
      ['The number of meters covered by the monthly fee will be fixed once the Council confirms its final rollout list.', 'agreement-to-agree'],
      ['We\'ll speak with you about what happens to your archived bookings if the service is ever withdrawn.', 'agreement-to-agree'],
      ['Where the duty manager phones the Supplier to approve extra gritting runs, the Supplier may invoice those runs at the Schedule 3 rates.', 'verbal-agreement'],
      ['The Processor protects personal data using controls suited to the sensitivity of the records.', 'vague-term'],
      ['Extra maintenance windows may be taken once the site manager has given the go-ahead by phone, and such time shall not count as downtime.', 'verbal-agreement'],
      ['A refund request that the client raises with our account manager while the manager is at the client\'s offices shall be treated as validly made.', 'verbal-agreement'],
      ['The Parties shall jointly review, and where needed agree changes to, the retention schedule after the first audit.', 'agreement-to-agree'],
    ]);
  });

  it('spares a written waiver, notified maintenance, a fee invoiced on acceptance, a fault reported by phone, written approval and the law deciding', () => {
    spares([
      'The Supplier need not produce the monthly audit log where the Authority has waived it in writing.',
      'Planned maintenance notified through the customer portal at least five Business Days in advance shall be treated as Scheduled Maintenance.',
      'The monthly fee will be invoiced when the Council confirms acceptance of each site.',
      'Where the duty manager phones the Supplier to report a fault, the Supplier shall respond within one hour.',
      'Extra maintenance windows may be taken only with the Customer\'s written approval, and such time shall not count as downtime.',
      'The Supplier shall review the retention schedule each year and update it where necessary to comply with law.',
    ]);
  });
});

describe('round 99 (stop 34): an assurance on the phone that entitles a refund, requests on site treated as approved change orders, a rate agreed over lunch that applies instead, leads who shake hands on extra days, maintenance agreed in a conversation excluded from availability, a technician on the premises who approves a lower scope, reports asked for on a call paid as Additional Services, consent on a visit that satisfies a clause, a permission told to an engineer on site, a harbour office that said you could, a downgrade by message, go-live on indicated satisfaction, uses approved by telling, a discount offered during negotiations that remains in force; measures we consider appropriate, features removed for any reason, retention cut without telling you; a fee fixed by you and us later; spares listed measures, the portal, notified maintenance, a written notice, a booking through the portal, written agreement to changes, a third-working-day deadline, a retention cap, discounts in a schedule', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['We protect your booking history with the security measures we consider appropriate for it.', 'vague-term'],
      ['If our helpdesk told you on the phone that a refund is due, that assurance entitles you to the refund without a written claim.', 'verbal-agreement'],
      ['Extra licences requested by the school\'s IT lead while on site with our engineers shall be treated as approved change orders.', 'verbal-agreement'],
      ['If our account manager agreed a rate with you over lunch during one of our visits, that rate applies instead of the one in the price list.', 'verbal-agreement'],
      ['Where the two project leads shake hands on extra training days, the extra days shall be billable at the day rate.', 'verbal-agreement'],
      ['Emergency maintenance, agreed with the site manager in a conversation at the depot, is excluded from the monthly availability figure.', 'verbal-agreement'],
      ['If our technician, while at your premises to replace a router, approves a lower number of covered devices, the reduced scope applies from the next invoice.', 'verbal-agreement'],
      ['Extra reports the operations manager asked for during the monthly review call shall be paid as Additional Services even if no purchase order was issued.', 'verbal-agreement'],
      ['Consent to sub-processing, given by the client\'s data lead during a visit to our office, shall satisfy Clause 7.', 'verbal-agreement'],
      ['Where the Council\'s lead has told our engineer on site that the cameras may store number plates, we may store them.', 'verbal-agreement'],
      ['If the harbour office said you could moor an extra night, you don\'t need to make a separate booking.', 'verbal-agreement'],
      ['The fee for extra storage will be fixed by you and us when the new season\'s rates are published.', 'agreement-to-agree'],
      ['We may remove or change any reporting feature at any time for any reason.', 'vague-term'],
      ['If you message your account manager asking to downgrade your plan, the downgrade takes effect from the date of your message.', 'verbal-agreement'],
      ['Go-live shall occur when the Client\'s project lead indicates satisfaction following the demonstration at its office.', 'verbal-agreement'],
      ['The Trust\'s privacy lead may approve new uses of the data by telling our account manager, and such uses are then permitted uses under this DPA.', 'verbal-agreement'],
      ['We can cut the retention period for your log history at any time without telling you.', 'vague-term'],
      ['The discount that our sales director offered to you during price negotiations in March shall remain in force for the Initial Term.', 'verbal-agreement'],
    ]);
  });

  it('spares listed measures, the portal, notified maintenance, written notice, a portal booking, written agreement, a deadline, a retention cap and a schedule', () => {
    spares([
      'We protect your booking history with the security measures listed in Annex 2, which the parties consider appropriate for it.',
      'Extra licences requested through the ordering portal shall be treated as approved change orders.',
      'The Contractor shall answer enquiries promptly and by the end of the third working day after receipt at the latest.',
      'Emergency maintenance notified through the service portal at least 24 hours in advance is excluded from the monthly availability figure.',
      'Where the Council has notified us in writing that the cameras may store number plates, we may store them.',
      'If you want to moor an extra night, you need to make a separate booking through the portal.',
      'We may change the reporting features only with your written agreement and at least 60 days\' notice.',
      'The Processor may keep the logs for as long as needed to investigate an incident, provided that none is retained longer than 90 days.',
      'The discounts set out in Schedule 4 shall remain in force for the Initial Term.',
    ]);
  });
});

describe('round 100 (stop 34): an instruction at a forum treated as a Variation, a schedule described at an AGM that is the agreed policy, an export requested during an inspection that shall be built, a discount offered at a festival applied to the invoice, seats ordered by a WhatsApp message we treat as an order, procedure changes agreed on the spot that bind, a rota outlined in a kick-off conversation, outages that will not count against the credit entitlement, routes on the basis of a timetable discussed at the inception meeting, consent given during a handover, a change agreed while inspecting a boiler, instructions through a live-chat window, a limit raised when you pop into the office; logs properly protected, help to the extent it is able, data kept as long as the Supplier deems necessary, limits lowered or backup frequency changed at will; a mechanism left to a further round of negotiations, a rate the parties will set, hours as the Joint Board decides; spares a defined Force Majeure Event, a phone instruction confirmed through the portal, a steering group set up, a line that cannot change terms, a credit asked for, a frequency changed only with written agreement, a signed form, a festival season', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Supplier shall keep the access logs properly protected at all times.', 'vague-term'],
      ['The Supplier may treat an instruction given by the Council\'s IT lead at the regional digital forum as a formal Variation adding two more libraries.', 'verbal-agreement'],
      ['The backup schedule that our consultant described at your board\'s AGM shall be the agreed backup policy under this Contract.', 'verbal-agreement'],
      ['The Supplier will help the Customer respond to audits to the extent it is able to do so.', 'vague-term'],
      ['The Supplier shall build the extra export that the Client requested during the site inspection in May.', 'verbal-agreement'],
      ['The price review mechanism for the second year remains open and will be the subject of a further round of negotiations between the parties.', 'agreement-to-agree'],
      ['Any discount offered to you by our rep at the spring trade festival will be applied to your next invoice.', 'verbal-agreement'],
      ['Service credits shall be paid at a rate the parties will set after the first annual review.', 'agreement-to-agree'],
      ['You can add users by sending us a short WhatsApp message, and we\'ll treat that message as an order for the extra seats.', 'verbal-agreement'],
      ['Our engineer may agree small changes to the escalation procedure with your duty manager on the spot, and such changes will bind both of us.', 'verbal-agreement'],
      ['The Contractor shall keep to the monthly cleaning rota outlined in the kick-off conversation with the school bursar.', 'verbal-agreement'],
      ['As our sales manager told you on the demo call, outages during your peak season will not count against your credit entitlement.', 'verbal-agreement'],
      ['The Supplier shall route collections on the basis of the timetable discussed with the Council\'s waste officer at the inception meeting, no written Collection Plan being required.', 'verbal-agreement'],
      ['The parties acknowledge that the Client\'s manager, during the handover at the depot, consented to dashcam footage being kept for training, and the Supplier may use it on that basis.', 'verbal-agreement'],
      ['Opening hours for the winter season shall be as the Joint Board decides when it next meets.', 'agreement-to-agree'],
      ['Customer data will be kept for as long as the Supplier deems necessary.', 'vague-term'],
      ['We\'ll lower the upload limits on basic plans if we need to, without notifying you.', 'vague-term'],
      ['We can change how frequently backups are taken at any time, and we don\'t need your agreement to do so.', 'vague-term'],
      ['A change to the alarm threshold that our technician agrees with your caretaker while inspecting the boiler shall take effect immediately, without a change order.', 'verbal-agreement'],
      ['Any instruction given by the Trust through our live-chat support window shall constitute a documented instruction under this DPA.', 'verbal-agreement'],
      ['If our front-desk team says when you pop into the office that your seat limit has been raised, the higher limit applies straight away.', 'verbal-agreement'],
    ]);
  });

  it('spares a defined event, a portal confirmation, a set-up, a denial, a credit claim, written agreement, a signed form and a festival season', () => {
    spares([
      'Delays caused by events beyond the Supplier\'s control are excused only to the extent they constitute a Force Majeure Event as defined in clause 21.',
      'Instructions given by phone must be confirmed by the Customer through the service portal within one Business Day, failing which the Supplier may ignore them.',
      'The parties will set up a joint steering group within 30 days of the Effective Date.',
      'Our phone line is for support only: nobody on the line can change your plan or these Terms.',
      'If the portal is down for more than 2 hours in a week, you can ask us for a service credit of 5% of the weekly fee.',
      'We will change how frequently backups are taken only with your written agreement.',
      'Any instruction given by the Trust through the signed instruction form in Annex 3 shall constitute a documented instruction under this DPA.',
      'The Processor shall delete festival wristband data within 90 days after the end of each festival season.',
    ]);
  });
});

describe('round 101 (stop 34): an approval at the workshop the channel names, a promise from a call before signature that forms part of the Service Levels, survey points from a site walkover regarded as ordered, a change agreed at the boat yard counted as a booking, a claim window extended by telling you, refund requests accepted as valid in the live chat, assurances at a county show; laptops in good working order, a guide that does not bind us, circumstances beyond a named provider\'s control; charges fixed once both sign off, a price we will discuss with you, a later decision in consultation, a cap fixed by both before the Order, an amount as the parties decide, fees discussed and set separately; spares a change confirmed by letter, a radio station, a defined term, staff defined at once, a phone instruction confirmed in writing, a cap stated in the Order, a defined Force Majeure Event', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Following the design workshop at the depot, at which the Council\'s officer approved the new route maps, the Supplier may roll them out without further approval.', 'verbal-agreement'],
      ['Charges for adding a second site will be fixed once both parties sign off on the migration plan.', 'agreement-to-agree'],
      ['The Provider\'s promise to restore service within four hours, as given by its sales lead in a call before signature, forms part of the Service Levels.', 'verbal-agreement'],
      ['If you later want the archive module, we\'ll discuss the price and the timing with you at that point.', 'agreement-to-agree'],
      ['Extra survey points requested by the Council\'s ranger during a site walkover shall be regarded as ordered under this Contract.', 'verbal-agreement'],
      ['A booking change that one of our guides agrees with you at the boat yard counts as a booking under these Terms.', 'verbal-agreement'],
      ['The Council will decide later, in consultation with the Supplier, which reports are needed each month.', 'agreement-to-agree'],
      ['The Supplier shall keep the loan laptops in good working order.', 'vague-term'],
      ['The Supplier\'s liability cap for each Order shall be the amount fixed by the Customer and the Supplier before that Order is placed.', 'agreement-to-agree'],
      ['The delivery times on our website are a rough guide and don\'t bind us.', 'vague-term'],
      ['Our account manager may extend your credit-claim window by telling you so at the quarterly review.', 'verbal-agreement'],
      ['Refund requests acknowledged by our support agent in the live chat are accepted as valid requests under this clause.', 'verbal-agreement'],
      ['Liability insurance shall be in such amount as the parties decide at the first steering meeting.', 'agreement-to-agree'],
      ['Assurances given by our staff at the county show about free installation are part of your contract with us.', 'verbal-agreement'],
      ['Fees for extra exports will be discussed with you and set separately.', 'agreement-to-agree'],
      ['Downtime caused by circumstances beyond Harbour Data Systems\' reasonable control is excluded from the availability figure.', 'vague-term'],
    ]);
  });

  it('spares a letter, a radio station, a definition, staff defined at once, writing required, a stated cap and a defined event', () => {
    spares([
      'A change requested orally, whether by phone or at a meeting, shall take effect only once the Customer confirms it by letter from its Contract Manager.',
      'The Supplier shall review the rota used by the community radio station each month.',
      'For the purposes of this Agreement, "normal working hours" means 08:00 to 18:00 on Business Days.',
      'The Supplier shall provide suitably qualified staff, meaning staff who hold a current CompTIA Security+ certificate.',
      'Any instruction given in a meeting or by telephone must be confirmed in writing by the Client before the Supplier acts on it.',
      'The Supplier\'s liability cap for each Order shall be the amount stated in that Order.',
      'Downtime caused by a Force Majeure Event as defined in clause 20 is excluded from the availability figure.',
    ]);
  });
});

describe('round 102 (stop 34): agreement on a phone call that constitutes a change to the Specification, telling your driver that counts as a valid cancellation, sensors installed on the strength of a WhatsApp exchange invoiced as Change Requests, hosting begun on assent given at a meeting, a response time shown at a demo included in the commitments, a dashboard demonstrated at a pitch the Supplier shall deliver, a yes to a text taken as an order, users mentioned at an expo included at no extra cost, bins agreed during a ride-along; an interruption it could not reasonably have avoided, load times that should ordinarily remain short enough, enough notice; a review that settles on a provider (accented words), an annex to follow, compensation discussed case by case and agreed together, KPIs as finalised during onboarding; spares a fallback that stops the transfer, reports delivered at a meeting, an inspection season, 30 days\' notice, a signed Order Form', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The parties shall review the hosting arrangements for Łódź archive data and settle on a new provider by mutual agreement.', 'agreement-to-agree'],
      ['The encryption standards for the backup copies will be set out in a separate technical annex to follow.', 'agreement-to-agree'],
      ['The Supplier shall be excused from its reporting duties during any interruption it could not reasonably have avoided.', 'vague-term'],
      ['The Council\'s agreement, given in a phone call, to add two more depots constitutes a change to the Specification.', 'verbal-agreement'],
      ['Telling your driver at the pickup point that you want to cancel counts as a valid cancellation under these terms.', 'verbal-agreement'],
      ['Page load times for the booking site should ordinarily remain short enough not to annoy users.', 'vague-term'],
      ['Any compensation for late deliveries will be discussed between us on a case-by-case basis and agreed together.', 'agreement-to-agree'],
      ['Extra sensors installed on the strength of a WhatsApp exchange with the Client\'s site manager shall be invoiced as Change Requests.', 'verbal-agreement'],
      ['The Supplier started hosting the data offshore on the basis of the Customer\'s assent given at the steering meeting.', 'verbal-agreement'],
      ['The faster response time shown to your team at the sales demo is included in the commitments under this Agreement.', 'verbal-agreement'],
      ['The Supplier shall deliver the mobile dashboard demonstrated to the Trust at the pitch meeting, even though it is not in the Specification.', 'verbal-agreement'],
      ['If you answer yes when our account team texts you, we\'ll take that as your order and start billing that day.', 'verbal-agreement'],
      ['We will give you enough notice before we change the login process.', 'vague-term'],
      ['Any extra users our rep mentioned to you at the trade expo are included in your subscription at no extra cost.', 'verbal-agreement'],
      ['The KPIs for the helpdesk shall be those in the Order Form, as finalised by the parties during onboarding.', 'agreement-to-agree'],
      ['The extra bins agreed with the Council\'s waste officer during the ride-along in May are included in the Contractor\'s scope at no extra charge.', 'verbal-agreement'],
    ]);
  });

  it('spares a fallback, a delivery at a meeting, an inspection season, a notice period and a signed Order Form', () => {
    spares([
      'Should the Customer and the Supplier be unable to agree a new data location within thirty days, the Supplier shall cease the transfer and keep the data in the EU.',
      'The Supplier shall deliver the reports listed in Schedule 2 at the monthly meeting.',
      'The maintenance window during the winter inspection season shall be agreed between the parties in writing before go-live.',
      'We will give you at least 30 days\' notice before we change the login process.',
      'The KPIs for the helpdesk shall be those set out in the signed Order Form.',
    ]);
  });
});

describe('round 103 (stop 35): figures published to give a feel, not a guarantee; a robust set of backups; work done with the client\'s knowledge before a variation form, or without a purchase order, treated as approved or paid; training agreed during a visit invoiced at the rates; events not within its power to prevent; a named provider that varies the scope as it sees fit; courses as the Supplier may decide; a side letter, a protocol both sides will put together, a rate agreed in due course, charges determined by both after a pilot, discounts discussed at your renewal, cycles settled at the first annual review, criteria the parties\' managers may agree in the course of the project, hours revisited at the mid-term review; an access agreed with a manager at a meeting and implemented; an oral approval acted upon; an assurance given at an information day relied on; a report waived in a support chat; an arrangement made at a trade fair that replaces the terms; spares a cap on audits, rounded figures, the client\'s failure, unpaid work without a purchase order, charges set in a schedule', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Our response figures are published to give you a feel for typical turnaround, not a guarantee of any particular time.', 'vague-term'],
      ['The Vendor shall maintain a robust set of backups for the payroll archive at all times.', 'vague-term'],
      ['Additional rack work that the Supplier carries out with the Customer\'s knowledge before a variation form has been issued shall be treated as approved.', 'verbal-agreement'],
      ['Services performed at the store manager\'s request without a purchase order shall be treated as authorised.', 'verbal-agreement'],
      ['Extra training sessions, agreed with the trainer during her visit, will be invoiced at the hourly rates in Schedule 2.', 'verbal-agreement'],
      ['The Provider is not liable for delays caused by events that are not within its power to prevent.', 'vague-term'],
      ['Harbour Data Services reserves the right, at each anniversary, to vary the scope of the hosting services as it sees fit.', 'vague-term'],
      ['The Supplier shall give the Customer\'s staff such refresher courses as the Supplier may decide.', 'vague-term'],
      ['The service credit regime shall be the subject of a side letter to be signed by both parties.', 'agreement-to-agree'],
      ['Escalation contacts will be set out in a protocol that we and the hospital trust will put together before go-live.', 'agreement-to-agree'],
      ['The hourly rate for out-of-hours work shall be as agreed in due course between the Service Manager and the Supplier.', 'agreement-to-agree'],
      ['Charges for the second phase shall be as determined by the Council and the Supplier following completion of the pilot.', 'agreement-to-agree'],
      ['Loyalty discounts will be discussed at your renewal.', 'agreement-to-agree'],
      ['The number of test cycles shall be settled at the first annual service review.', 'agreement-to-agree'],
      ['Acceptance criteria for the new modules shall be as the parties\' project managers may agree in the course of the project.', 'agreement-to-agree'],
      ['The parties will revisit the support hours at the mid-term review, and the revised hours will apply from then on.', 'agreement-to-agree'],
      ['Temporary access for auditors may be agreed with the site manager at the weekly operations meeting, and the Supplier shall then implement it.', 'verbal-agreement'],
      ['The Data Protection Officer may approve urgent transfers orally, and the Processor may act upon that approval.', 'verbal-agreement'],
      ['The Supplier may rely on any assurance about delivery dates given by the Council\'s project officer at the suppliers\' information day.', 'verbal-agreement'],
      ['If the Customer\'s coordinator confirms in a support chat that the quarterly report is waived, the Supplier need not provide that report.', 'verbal-agreement'],
      ['If you agreed a longer trial with our staff at a trade fair, that arrangement replaces the trial period in these terms.', 'verbal-agreement'],
      ['Urgent repairs carried out without a purchase order shall be paid at the standard rates.', 'verbal-agreement'],
    ]);
  });

  it('spares a cap on audits, rounded figures, the client\'s own failure, work without a purchase order that is not paid, a refused order and charges set in a schedule', () => {
    spares([
      'The Customer may request an extra audit at any time, but the Supplier need not provide more than two audits in any year.',
      'Figures in this report are rounded, not estimates.',
      'The Supplier shall not be liable for delays caused by the Customer\'s failure to provide access.',
      'Work performed without a purchase order shall not be paid.',
      'Charges shall be as set out in Schedule 3, as determined by the Council and the Supplier on signature.',
      'Orders placed without a purchase order number will not be accepted.',
    ]);
  });
});

describe('round 104 (stop 35): maintenance windows rescheduled at the vendor\'s sole discretion, problems it cannot control, failures arising from unforeseen conditions, whatever steps it considers appropriate, a platform designed for a high level of uptime where interruptions may occur, expectations that shall not be construed as obligations; changes deemed approved with no Change Request to raise, testing agreed on site recognised under the contract, payment for cabling requested during a visit or repairs ordered over the radio, a documented instruction by WhatsApp, no objection period after a corridor conversation, a method said on a call to be acceptable, a confirmation relied on, the same effect as a Service Request, a phone order treated as an order although a signed form is normally required, costs agreed with an engineer binding without a quotation; reports set up once agreed with your team, a rate for the Council to confirm; spares a limit by close of the next Business Day, a maintenance discretion bounded in time, interruptions in an approved window, payment for scheduled services, action only after confirmation in the portal and a recorded exception', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Vendor may reschedule maintenance windows for the payroll system at its sole discretion.', 'vague-term'],
      ['Changes made after the Customer\'s manager said yes on the weekly call shall be deemed approved Changes, and the Supplier need not raise a Change Request for them.', 'verbal-agreement'],
      ['We are not liable for late deliveries caused by problems we cannot control.', 'vague-term'],
      ['Any extra day of testing agreed between the Supplier\'s lead and the Council\'s officer on site shall be recognised under this Contract.', 'verbal-agreement'],
      ['If a billing error occurs, we will investigate and take whatever steps we consider appropriate.', 'vague-term'],
      ['The Supplier shall be entitled to payment for additional cabling installed where the site manager requested it during a site visit.', 'verbal-agreement'],
      ['The Customer\'s instruction to delete the old backups, sent by WhatsApp to the Supplier\'s engineer, is a documented instruction for the purposes of this Agreement.', 'verbal-agreement'],
      ['The new hosting subcontractor was cleared with the Customer\'s IT director in a corridor conversation, so no objection period applies.', 'verbal-agreement'],
      ['The masking method, which the client\'s privacy lead said on a call was acceptable, satisfies the requirements of Schedule 4.', 'verbal-agreement'],
      ['The Provider is not responsible for outages arising from unforeseen weather conditions.', 'vague-term'],
      ['After the demo at the depot, the Supplier\'s consultant confirmed that the mobile app would be included at no cost, and the Council shall rely on that confirmation.', 'verbal-agreement'],
      ['The platform is designed to achieve a high level of uptime, but interruptions may occur.', 'vague-term'],
      ['Custom reports for your branches will be set up once we have agreed them with your finance team.', 'agreement-to-agree'],
      ['If you tell our agent on the phone that you want more licences, we\'ll treat that as your order, even though licences normally require a signed order form.', 'verbal-agreement'],
      ['Travel costs that the Customer\'s office manager agreed with the Supplier\'s engineer at the site shall be binding on the Customer even though no written quotation was issued.', 'verbal-agreement'],
      ['Schedule 3 describes the Customer\'s expectations for reporting and shall not be construed as imposing contractual obligations on the Supplier.', 'vague-term'],
      ['The daily rate for on-site support shall be EUR [Council to confirm] per day.', 'agreement-to-agree'],
      ['The Supplier may rely on any instruction the site lead sends by text message, and such instruction shall have the same effect as a Service Request.', 'verbal-agreement'],
      ['The Supplier shall be entitled to payment for urgent repairs requested by the night manager over the radio, as though each had been ordered under clause 4.', 'verbal-agreement'],
    ]);
  });

  it('spares a next-day limit, bounded maintenance, an approved window, scheduled payment, action only after written confirmation and a recorded exception', () => {
    spares([
      'The Supplier shall restore the service without delay and at the latest by close of the next Business Day after the fault is reported.',
      'Instructions may be given by telephone, but the Supplier shall act on them only after they are confirmed in the service portal.',
      'Scheduled maintenance may take place at the Supplier\'s discretion, but only between 02:00 and 04:00 on Sundays.',
      'Interruptions may occur during the planned migration weekend, which the Customer has approved in writing.',
      'The Supplier shall be entitled to payment for the services set out in Schedule 2.',
      'The Supplier need not raise a Change Request for changes that cost nothing and take less than one hour, provided it records them in the monthly report.',
    ]);
  });
});

describe('round 105 (stop 35): audits supported as far as resources allow, answers as soon as the team is able, sub-processors engaged without telling, a fee adjusted with parts replaced, such staff as are necessary, intervals it thinks best, events outside its control, logs kept while useful, intended practices not warranted, estimates for illustration that do not bind, KPIs for monitoring only, design goals not guarantees, sufficient staff in a billing period; conditions the parties will put in place, a price to agree after the pilot, a fee agreed on each occasion, credits confirmed in the Order Form after a review or by two parties before go-live, refunds discussed once investigated or when needed, a format confirmed by the account team, penalties settled in the light of first results; visits arranged when a supervisor visits, a repair confirmed by phone as covered, work begun after talking it through pending the Change Note, a report demonstrated before subscribing, a transfer needing no further authorisation, a WhatsApp confirmation acted on, a discount honoured from a trade fair; spares a phone instruction confirmed by email first, two engineers in a billing period, prices reviewed against an index', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Vendor shall support the Customer\'s audits as far as its operational resources allow.', 'vague-term'],
      ['Questions about invoices will be answered as soon as our billing team is able.', 'vague-term'],
      ['The Processor may engage new sub-processors for the archive and is not required to inform the Controller.', 'vague-term'],
      ['The Supplier reserves the right to replace parts of the scanner fleet and to adjust the monthly service fee accordingly.', 'vague-term'],
      ['The Contractor shall allocate such support staff as are necessary to clear the backlog.', 'vague-term'],
      ['Sensor readings are uploaded at whatever intervals we think are best.', 'vague-term'],
      ['We are not liable for delays caused by events that happen outside our control.', 'vague-term'],
      ['We keep usage logs for as long as we find them useful.', 'vague-term'],
      ['Annex 3 describes the Vendor\'s intended practices for backups and is not warranted.', 'vague-term'],
      ['Delivery dates quoted on our website are estimates for illustration and don\'t bind us.', 'vague-term'],
      ['The KPIs in Schedule 2 are for monitoring purposes only.', 'vague-term'],
      ['The uptime figures represent design goals and not contractual guarantees.', 'vague-term'],
      ['The Vendor will provide sufficient staff during the monthly billing period.', 'vague-term'],
      ['The Vendor\'s liability for lost records is subject to conditions the parties will put in place after the first audit.', 'agreement-to-agree'],
      ['A fixed price for the second phase is something we plan to agree with you after the pilot.', 'agreement-to-agree'],
      ['The fee for each extra workshop shall be as mutually agreed on each occasion.', 'agreement-to-agree'],
      ['Credits for late delivery are to be confirmed in the Order Form after the Customer completes its budget review.', 'agreement-to-agree'],
      ['The escalation fee: to be confirmed by Société Générale Services and the Customer prior to go-live.', 'agreement-to-agree'],
      ['Refunds for failed transfers will be discussed with you once we\'ve investigated the cause.', 'agreement-to-agree'],
      ['Licence fees for additional branches will be discussed with you when you need them.', 'agreement-to-agree'],
      ['The reporting format will be confirmed with you by our account team.', 'agreement-to-agree'],
      ['The penalty regime shall be settled in the light of the first quarter\'s results.', 'agreement-to-agree'],
      ['Extra cleaning visits may be arranged with the Supplier\'s supervisor when she visits the site, and will then apply for that month.', 'verbal-agreement'],
      ['Where the Supplier\'s engineer confirms by phone that a repair is covered by the fees, the Customer shall not be charged separately.', 'verbal-agreement'],
      ['The Vendor may start the migration after talking it through with the Customer\'s IT lead, pending the formal Change Note.', 'verbal-agreement'],
      ['Any report our analyst demonstrated to you before you subscribed will be provided as part of your subscription.', 'verbal-agreement'],
      ['Transfer of the logs to the insurer was cleared with the Customer\'s director in a conversation at lunch and requires no further authorisation.', 'verbal-agreement'],
      ['The client\'s manager confirmed on WhatsApp that overtime would be paid at the normal rate, and the Supplier shall act on that confirmation.', 'verbal-agreement'],
      ['We honour the discount our sales manager discussed with your team at the trade fair.', 'verbal-agreement'],
    ]);
  });

  it('spares a phone instruction confirmed by email first, a number of engineers and prices reviewed against an index', () => {
    spares([
      'Any instruction given by phone is to be confirmed by email before the Supplier acts on it.',
      'The Supplier shall provide at least two engineers during the monthly billing period.',
      'The prices in Schedule 1 shall be reviewed in the light of the index and adjusted as set out in clause 9.',
    ]);
  });
});

describe('round 106 (stop 35): retention periods from a launch meeting treated as documented instructions, texts to an engineer that are valid service requests, fittings from a working bee paid without an order, rules worked out over Slack that supplement a schedule, a handover remark that the system is satisfactory (one finding), promises in an onboarding call included in the subscription, windows moved by text that are Scheduled Maintenance, changes by phone that need no Change Request, visits paid as if ordered, sensors deemed within scope after a walk-round; KPIs the parties will work together to establish, a credit discussed between us and your team, fees we will work out with you later, a rate confirmed before the first visit, a schedule completed jointly, devices decided at the first committee meeting, a convention settled and added thereafter, a plan the parties intend to write, whether costs are included talked through later, costs shared as the parties may later resolve; everything that is reasonable, suspension whenever we think it necessary, a schedule changed without consent, a tariff modified at its discretion; spares workshops capped per year, phone orders followed up by a signed form and a change request not required', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Supplier will treat the retention periods discussed at the launch meeting with the Customer\'s records team as the Customer\'s documented instructions.', 'verbal-agreement'],
      ['Requests that the Customer\'s shift lead texts to the Supplier\'s night engineer shall be valid service requests under this Contract.', 'verbal-agreement'],
      ['Extra fittings requested by parents at the school working bee shall be paid even where no order has been raised.', 'verbal-agreement'],
      ['Access rules the two teams worked out over Slack shall supplement Schedule 5.', 'verbal-agreement'],
      ['Acceptance shall be deemed to have occurred where the Customer\'s manager tells the Supplier\'s engineer at handover that the system is satisfactory.', 'verbal-agreement'],
      ['Anything our account manager promised you during your onboarding call is included in your subscription.', 'verbal-agreement'],
      ['Maintenance windows may be moved by the Supplier\'s engineer by text message, and such moved windows are Scheduled Maintenance for the purposes of this SLA.', 'verbal-agreement'],
      ['Small changes approved by the Customer\'s coordinator by phone shall not require a Change Request.', 'verbal-agreement'],
      ['Extra visits the Customer\'s staff arrange directly with the Supplier\'s technician on site shall be paid as if ordered by Purchase Order.', 'verbal-agreement'],
      ['New sensors added after a site walk-round with the Customer\'s engineer shall be deemed to be within scope.', 'verbal-agreement'],
      ['The parties will work together to establish KPIs during the first quarter.', 'agreement-to-agree'],
      ['Any credit for a missed delivery will be discussed between us and your finance team.', 'agreement-to-agree'],
      ['Setup fees for the new warehouse aren\'t included, and we\'ll work them out with you later.', 'agreement-to-agree'],
      ['The daily rate for weekend work is to be confirmed by the Supplier before the first such visit.', 'agreement-to-agree'],
      ['The retention rules shall be set out in Schedule 4, to be completed jointly before go-live.', 'agreement-to-agree'],
      ['Ownership of the test devices will be decided at the first meeting of the Steering Committee.', 'agreement-to-agree'],
      ['The naming convention will be settled at the design workshop and added to the Specification thereafter.', 'agreement-to-agree'],
      ['The handover steps will be described in a plan that the parties intend to write in the first contract year.', 'agreement-to-agree'],
      ['We and the school will talk through whether printing costs are included once the new printers arrive.', 'agreement-to-agree'],
      ['Travel costs shall be shared as the parties may later resolve.', 'agreement-to-agree'],
      ['The Supplier shall do everything that is reasonable to reduce energy use at the depot.', 'vague-term'],
      ['We may suspend data uploads whenever we think it necessary.', 'vague-term'],
      ['The Supplier may change the patching schedule without the Customer\'s consent.', 'vague-term'],
      ['The Supplier reserves the right to modify the pricing tariff at its discretion.', 'vague-term'],
    ]);
  });

  it('spares workshops capped per year, phone orders followed up by a signed form, and a change request not required to fix a defect', () => {
    spares([
      'The Supplier shall run workshops at such times as the Customer reasonably requests, up to a maximum of four workshop days per year.',
      'Orders given by telephone shall be followed up by the Customer with a signed order form before any work starts.',
      'The Supplier shall not require a Change Request to be signed before fixing a defect.',
    ]);
  });
});

describe('round 107 (stop 35): data a vendor may adjust where it considers it misleading, current practice that is no commitment, illustrative targets with no entitlement to credits, within a few minutes, a named provider adjusting how uptime is measured, components substituted as it sees fit, nothing on a service levels page binding; texting yes that counts as accepting a quote, a slot moved if a lead agrees in a chat, visits authorised by phoning the help desk, a request validly made on a call, downtime not taken into account after a text, an approval on a call that satisfies a clause; pricing discussed at renewal, a cap settled in an addendum executed after go-live, service levels negotiated when customers sign up; spares a clause that lists the only excusing events, a site instruction confirmed in an email first, a fixed alert time', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Vendor may adjust the response-time data where it considers the raw figures misleading.', 'vague-term'],
      ['Texting yes to your account manager counts as accepting the quote for the extra licences.', 'verbal-agreement'],
      ['If you need a test environment, we\'ll discuss the pricing for it with you at renewal.', 'agreement-to-agree'],
      ['The controls described in Schedule 2 reflect the Vendor\'s current practice and are not a commitment to any level of security.', 'vague-term'],
      ['A delivery slot may be moved if the Customer\'s site lead agrees to the change in the team chat.', 'verbal-agreement'],
      ['Any cap on liability is to be settled in an addendum executed after go-live.', 'agreement-to-agree'],
      ['The response targets in Annex 4 are illustrative and shall not give rise to any entitlement to credits.', 'vague-term'],
      ['The Customer may authorise extra weekend visits by phoning the help desk, and such visits shall be charged at the day rate.', 'verbal-agreement'],
      ['A refund request is validly made if the Customer raises it with its account manager on a catch-up call.', 'verbal-agreement'],
      ['Where the Customer\'s IT lead agrees by text to a patch outside the window, the resulting downtime shall not be taken into account in calculating availability.', 'verbal-agreement'],
      ['The Customer\'s approval of the new data centre, given by its office manager on a call, satisfies clause 9.1.', 'verbal-agreement'],
      ['Alerts are usually sent within a few minutes.', 'vague-term'],
      ['Harbour Data reserves the right to adjust the method by which uptime is measured as it sees fit.', 'vague-term'],
      ['The Supplier may, as it sees fit, substitute components of the platform without the Customer\'s consent.', 'vague-term'],
      ['Nothing on our service levels page is a binding commitment.', 'vague-term'],
      ['Customers on the premium plan get service levels that we negotiate with them when they sign up.', 'agreement-to-agree'],
    ]);
  });

  it('spares a list of the only excusing events, an instruction confirmed in an email first and a fixed alert time', () => {
    spares([
      'Clause 12 lists the only events outside either party\'s control that excuse performance.',
      'Any instruction given during a site visit shall be confirmed by the Customer in an email before the Supplier acts on it.',
      'Alerts are sent within 5 minutes of detection.',
    ]);
  });
});

describe('round 108 (stop 35): things that are not our fault or not in our hands, or similar matters, retention it considers necessary, components withdrawn without consent, fast enough, a rota revised whenever it considers a change necessary, targets indicative of a level; testing without a Change Request paid, add-ons billed from the date of a text, duties relaxed by an understanding in conversation, promised hours that stay in place, a list updated in a meeting that is the approved list, an upgrade begun before the form is countersigned, an assurance at a site walk; details sorted out with you later, a matter the parties will resolve, a separate arrangement put together after go-live, such sum as the parties may settle upon, what that costs, arrangements reserved for a future variation; spares one on-site audit a year, an EN standard, an ordinal business-day deadline and a discretion of the client that asks', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Reports may arrive late because of things that aren\'t our fault.', 'vague-term'],
      ['Response times do not apply while access is blocked by snow, strikes or similar matters.', 'vague-term'],
      ['The Vendor will delete the records at the end of the term, save where it considers retention necessary.', 'vague-term'],
      ['The Supplier may substitute or withdraw any component of the service without seeking the Customer\'s consent.', 'vague-term'],
      ['We\'ll make sure the portal is fast enough for daily use.', 'vague-term'],
      ['Delays caused by things that are not in our hands are excluded.', 'vague-term'],
      ['The Supplier shall revise the rota whenever it considers a change to be necessary.', 'vague-term'],
      ['The targets in Schedule 6 are indicative of the service level expected and shall not give rise to any remedy.', 'vague-term'],
      ['Extra testing carried out at the request of the Customer\'s site lead, without a Change Request, shall be paid at the day rate.', 'verbal-agreement'],
      ['Add-ons confirmed by text with our rep are billed from the date of the text.', 'verbal-agreement'],
      ['The Customer may relax the Supplier\'s reporting duties by an understanding reached in conversation with the Supplier\'s manager.', 'verbal-agreement'],
      ['The free support hours our director promised when she visited your office stay in place for as long as you subscribe.', 'verbal-agreement'],
      ['The sub-processor list, as updated in a Teams meeting with the Customer\'s data officer, is the approved list for the purposes of clause 9.', 'verbal-agreement'],
      ['If the Supplier starts the upgrade before the Change Request form is countersigned, the change shall be treated as approved.', 'verbal-agreement'],
      ['The assurance given at the pre-contract site walk that the cables would be replaced free of charge shall be binding on the Supplier.', 'verbal-agreement'],
      ['If you want us to connect to your ERP, we\'ll sort out the details and cost of that work with you later.', 'agreement-to-agree'],
      ['The hosting location is a matter the parties will resolve by negotiation.', 'agreement-to-agree'],
      ['Escalation rules are set through a separate arrangement we\'ll put together with you after go-live.', 'agreement-to-agree'],
      ['The annual uplift shall be such sum as the parties may from year to year settle upon.', 'agreement-to-agree'],
      ['If you need weekend support, we\'ll talk with you about what that costs.', 'agreement-to-agree'],
      ['Exit arrangements are reserved for a future variation to this Contract.', 'agreement-to-agree'],
    ]);
  });

  it('spares an audit a year, a named EN standard, an ordinal business-day deadline and the client\'s own discretion to ask', () => {
    spares([
      'The Processor shall permit one on-site audit per year.',
      'The measures meet the requirements of EN 50600 for data centre facilities.',
      'The Supplier shall send a written report no later than the second Business Day after resolution.',
      'At its discretion the Customer can request extra training, which the Supplier shall deliver within ten Business Days.',
    ]);
  });
});

describe('round 109 (stop 35): all necessary steps, proper steps, something we could not help, other external causes, as and when circumstances require, changed at any time without telling you; an amount we and your office settle on, an extra fee we will discuss, up for discussion, a further agreement between the parties, a calendar drawn up jointly, how many seats we will discuss, KPIs the client sets later; a technician\'s word we stand behind, sensors fitted while they are visiting added to the plan, a rota agreed in a chat that governs, retention extended accordingly, a sales assurance that binds as though set out, discounts from an outreach day, a claim form not needed after a call, work from a site walkaround, parts supplied accordingly; spares a strict obligation that is not best efforts, a fallback to terminate and steps set out in a schedule', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Supplier shall take all necessary steps to protect the archive.', 'vague-term'],
      ['The Vendor shall take proper steps to keep the kiosks secure.', 'vague-term'],
      ['We are not responsible if uploads fail because of something we couldn\'t help.', 'vague-term'],
      ['The Supplier is not liable for delays attributable to supplier failures or other external causes.', 'vague-term'],
      ['The Supplier shall update the rota as and when circumstances require.', 'vague-term'],
      ['We may change which browsers we support at any time, without telling you first.', 'vague-term'],
      ['The security deposit will be an amount we and your office settle on when you sign up.', 'agreement-to-agree'],
      ['If you need more than 50 users, we\'ll discuss an extra licence fee with you.', 'agreement-to-agree'],
      ['Support for legacy devices will be up for discussion when your first term runs out.', 'agreement-to-agree'],
      ['A further agreement between the parties will set out the escalation timeline.', 'agreement-to-agree'],
      ['The Customer and the Supplier will jointly draw up a testing calendar after go-live.', 'agreement-to-agree'],
      ['We\'ll discuss with you how many seats your team needs and set your price then.', 'agreement-to-agree'],
      ['KPIs for the helpdesk will be set by the Customer at a later date.', 'agreement-to-agree'],
      ['If our technician tells you a fault is covered by the warranty, we\'ll stand behind that.', 'verbal-agreement'],
      ['Extra sensors you ask our staff to fit while they\'re visiting will be added to your plan and billed.', 'verbal-agreement'],
      ['Where the two managers agree a new rota in a WhatsApp chat, that rota governs response times.', 'verbal-agreement'],
      ['Where the Customer\'s manager has asked by text for the logs to be kept longer, the Supplier may extend retention accordingly.', 'verbal-agreement'],
      ['The Vendor\'s assurance, given by its sales manager, that data stays in the EU binds the Vendor as though set out in this Agreement.', 'verbal-agreement'],
      ['Discounts mentioned by our partner at the outreach day apply to your subscription.', 'verbal-agreement'],
      ['Where the account manager confirms on a call that a claim is valid, the Customer need not submit the claim form.', 'verbal-agreement'],
      ['The Supplier shall treat as authorised any extra work the Customer requested during a site walkaround, even though no Purchase Order was raised.', 'verbal-agreement'],
      ['Where the Supplier\'s engineer has told the site manager that spare parts will be supplied free, the Supplier shall supply them accordingly.', 'verbal-agreement'],
    ]);
  });

  it('spares a strict obligation, a right to terminate when no agreement is reached and steps set out in a schedule', () => {
    spares([
      'The duty to restore service within four hours is a strict obligation and not a best efforts undertaking.',
      'If the parties cannot reach agreement on a new sub-processor within 30 days, the Customer may terminate the affected service.',
      'The Supplier shall take the steps set out in Schedule 4 to protect the archive.',
    ]);
  });
});

describe('round 110 (stop 36): trying not to, prices raised with no advance warning, an excuse wider than force majeure with a modal; a fee discussed if you ever ask, thresholds looked at again and settled between them, a plan drawn up and agreed, dates pinned down, an annex both sides are to finalise, a time frame the parties will establish in a plan, a cap the parties may later negotiate, a good-faith discussion at a review, a procedure still being drafted, an amendment still to come; an entitlement to what was agreed on a visit, a sales promise that prevails, an omission that is not a breach, liability accepted after a call, a set-up we stick to, refunds payable notwithstanding, support as arranged when two leads met, a driver\'s word that counts as approval, a valid change given on a walk-round, a service stopped from that date, a renewal in force, a tier that applies from the offer, a timetable that now governs; spares a fallback to the client\'s date, a schedule, a change with notice and a right to terminate, a dispute discussed in good faith', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Vendor shall be entitled to the mileage allowance agreed with the site supervisor during his inspection of the pumping station.', 'verbal-agreement'],
      ['The uptime figure promised to the library trustees by the Supplier\'s account manager shall prevail over Schedule 2.', 'verbal-agreement'],
      ['The operations lead agreed at the kickoff meeting that the Provider could skip the first penetration test, and this omission is not a breach.', 'verbal-agreement'],
      ['Following the phone call of 12 March, the Contractor accepted liability for the corrupted backup at its own cost.', 'verbal-agreement'],
      ['If you set up a special retention rule with our support engineers over the phone, we will stick to it.', 'verbal-agreement'],
      ['Refunds already settled with the Client\'s office manager in WhatsApp messages are payable notwithstanding clause 9.', 'verbal-agreement'],
      ['The Supplier shall keep a technician on site during the harvest week, as arranged when the two account managers met in June.', 'verbal-agreement'],
      ['If one of our drivers tells you on delivery that the old scanners can stay in service, that counts as approval under these terms.', 'verbal-agreement'],
      ['A change of route for the collection rounds, where given in person by the depot manager during a site walk-round, shall be a valid Change Instruction.', 'verbal-agreement'],
      ['The Council said in conversation with the Contractor\'s foreman that weekend patrols could stop, and the Contractor ceased providing them from that date.', 'verbal-agreement'],
      ['The renewal of the hosting term was confirmed to the Provider in a text from the Customer\'s finance lead and is therefore in force.', 'verbal-agreement'],
      ['The premium support tier applies from the date it was offered to the Client\'s IT officer in a Slack message.', 'verbal-agreement'],
      ['After a conversation at the Kerikeri office, the Customer accepted the Supplier\'s revised migration timetable, which now governs the cutover.', 'verbal-agreement'],
      ['The Processor will try not to store backup copies of the donor records outside the United Kingdom.', 'vague-term'],
      ['The charge for a second data export will be discussed with you if you ever request one.', 'agreement-to-agree'],
      ['At the first annual review the parties will look again at the alert thresholds and settle new figures between them.', 'agreement-to-agree'],
      ['Any additional reporting obligation is to be discussed and, if acceptable to both sides, written into a future amendment.', 'agreement-to-agree'],
      ['The Customer and the Supplier will draw up and agree an Exit Plan during the first contract year.', 'agreement-to-agree'],
      ['Go-live dates for the second warehouse will be pinned down once we have a project plan with you.', 'agreement-to-agree'],
      ['The access-control annex will be an appendix that both sides are to finalise before the pilot starts.', 'agreement-to-agree'],
      ['The Supplier shall restore the service within the recovery time the parties will establish in the continuity plan.', 'agreement-to-agree'],
      ['The Supplier\'s liability for data loss shall be capped as the parties may later negotiate.', 'agreement-to-agree'],
      ['The parties will discuss in good faith, at the six-month review, the retention period for archived call recordings.', 'agreement-to-agree'],
      ['Credits for missed collections will be handled under a procedure we are still drafting with the depot operators.', 'agreement-to-agree'],
      ['The Supplier may change the hosting fees with no prior notice, and the new fees apply from the next invoice.', 'vague-term'],
      ['The Contractor is not liable for delays whose cause lies beyond its reasonable control, whether or not that cause would amount to force majeure.', 'vague-term'],
      ['The Provider may vary the tooling, staffing and charges for the helpdesk as its commercial needs require, without the Client\'s consent.', 'vague-term'],
    ]);
  });

  it('spares a fallback to the client\'s date, a schedule, a change with notice and a right to terminate, an engineer\'s deadline, a consent requirement and a dispute step', () => {
    spares([
      'If the Customer and the Supplier are unable to agree on the date of the annual test, the Supplier shall accept the date nominated by the Customer, on at least 20 days\' notice.',
      'The Supplier shall provide on-site support throughout the festival week, as set out in Schedule 4.',
      'The Provider may change the hosting fees on 90 days\' written notice, and the Customer may terminate before the change takes effect.',
      'One of our engineers will attend the site within four hours of a Priority 1 call.',
      'The Processor shall not transfer personal data outside the EEA without the Controller\'s prior written consent.',
      'The parties shall discuss in good faith any dispute arising under this Agreement before referring it to mediation.',
    ]);
  });
});

describe('round 111 (stop 36): an aspirational deliverable that gives rise to no obligation, a design objective with no remedy, levels revised unilaterally, fees adjusted at our discretion, conditions not within its control; a limit we will talk with you about, a term left open, a calendar drawn up jointly, a price fixed then; a use that falls within the documented instructions, a valid request by WhatsApp, features part of what you pay for, storage provided at no cost, a figure that governs, terms our manager described, a use allowed at a demo, add-ons accepted by replying to a text, a sales manager\'s assurance honoured; spares an instruction confirmed through a platform, an excuse defined by its clause, efforts ruled out, a meeting that varies nothing, meeting a standard, an order form before billing, reasonable satisfaction', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Analysis of the gate camera footage, as agreed with the Controller\'s records officer in a hallway conversation, falls within the documented instructions.', 'verbal-agreement'],
      ['Any request texted to the duty technician via WhatsApp shall constitute a valid Change Request under clause 6.', 'verbal-agreement'],
      ['Reports our consultant showed you during the onboarding call are part of what you\'re paying for, even if the order form does not list them.', 'verbal-agreement'],
      ['The extra backup node, which the Supplier agreed to install in a message on the Client\'s Slack channel, shall be provided at no additional cost.', 'verbal-agreement'],
      ['The response target was shortened to two hours during the site visit in March, and that target governs all credit claims from April.', 'verbal-agreement'],
      ['Cancellation terms for the booking app are the ones our account manager described to you on the call.', 'verbal-agreement'],
      ['The Processor may keep the sensor logs for twelve months, because the Controller\'s IT lead approved it at the demo in September.', 'verbal-agreement'],
      ['Add-ons you accept by replying YES to our support team\'s text message are treated as ordered on your account.', 'verbal-agreement'],
      ['The Vendor\'s sales manager assured the Council that spare scanners would be lent free of charge, and the Vendor shall honour that assurance.', 'verbal-agreement'],
      ['The monthly capacity report is an aspirational deliverable and gives rise to no contractual obligation on the Provider.', 'vague-term'],
      ['The Host may unilaterally amend the backup frequency and the support hours for the portal.', 'vague-term'],
      ['We reserve the right to change the hosting fees at our sole discretion.', 'vague-term'],
      ['The Supplier is not responsible for outages caused by conditions at the customer sites that are not within its control.', 'vague-term'],
      ['The 99.9% uptime figure is a design objective, and missing it does not by itself entitle the Client to any service credit.', 'vague-term'],
      ['If your library needs more than 500 loans a month, we\'ll talk with you about a higher plan limit.', 'agreement-to-agree'],
      ['The archive retention period is left open for the parties to settle in a later schedule.', 'agreement-to-agree'],
      ['Patch windows shall be listed in a calendar that the Supplier and the Council will draw up jointly each month.', 'agreement-to-agree'],
      ['At the twelve-month review the Council will decide whether to add the east depot, and the fee for that site will be fixed then.', 'agreement-to-agree'],
    ]);
  });

  it('spares an instruction confirmed through a platform, an excuse its clause defines, efforts ruled out, a meeting that varies nothing, meeting a standard, an order form before billing and the client\'s reasonable satisfaction', () => {
    spares([
      'Any instruction given at a site meeting shall take effect only once the Customer confirms it through the Supplier\'s ticketing platform.',
      'Under clause 19 (Relief Events) the Supplier is excused only while an event beyond its reasonable control prevents performance and only if it gives notice within 2 days.',
      'Service credits are paid whether or not the Supplier shows that it used reasonable endeavours to prevent the failure.',
      'The Council may ask the Supplier to attend a meeting to discuss performance, but no such meeting shall vary the service levels.',
      'The Supplier shall apply the controls in Annex 3, which the parties accept as meeting the requirements of ISO 27001.',
      'Any extra licence must be confirmed through the self-service order form before we start billing you for it.',
      'The Supplier shall deliver the reports to the reasonable satisfaction of the Council.',
    ]);
  });
});

describe('round 112 (stop 36): regular penetration tests, do all it can, services withdrawn unilaterally, a specification amended as and when it sees fit, users lowered with no notice, levels not intended to be binding, anything that isn\'t within our control; terms sorted out later, a regime the parties intend to put in place, sitting down to work out a price, a fee arrived at case by case, an annex that remains to be completed, review and sign-off by both parties, a specification two parties will prepare later, a %%MERGE%% field; a switch billed accordingly, items from a site walkround supplied under this order, terms talked through on a trip that apply under this SLA, an oral approval where there is no time for a form, a demo schedule that constitutes a documented commitment, supplier-day discounts for all future orders, an instruction given informally and acted on, sensors asked for by radio invoiced as if ordered, hours that apply instead of a clause, bidder-presentation prices for additional licences, a timetable as it was described, a discount for as long as the rep said, requests treated as duly authorised changes, an upgrade we honour, no objection when a move was explained, a text sufficient to deduct a refund, a bid team\'s commitment honoured, licences billed from the date of a message; spares an oral instruction documented by email before acting, costs capped in ngultrum, DIN 4150-3, a deadline after an adverb, a cap per trip, Schedule 3 before signature and Article 46 safeguards', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['If you say yes when our rep rings you about the faster backup plan, we\'ll switch you to it and bill you accordingly.', 'verbal-agreement'],
      ['Extra scanners requested by the depot manager during the Council\'s site walkround shall be supplied under this order at the catalogue prices.', 'verbal-agreement'],
      ['The longer retention period, as talked through with the Supplier\'s consultants during their trip to Bergen, applies under this SLA.', 'verbal-agreement'],
      ['Where there is no time to complete a Change Form, the site lead may approve a change orally, and the Contractor may proceed in reliance on that approval.', 'verbal-agreement'],
      ['The backup rota explained to the Client\'s office manager during the product demo shall constitute the Supplier\'s documented service commitment.', 'verbal-agreement'],
      ['Discounts discussed with the Council\'s buyers at the supplier day shall apply to all future orders under this Framework.', 'verbal-agreement'],
      ['Any instruction to share visitor data with the caterer may be given informally, for example through the chat box in the admin portal, and the Processor shall act on it.', 'verbal-agreement'],
      ['Where the ward manager has asked for extra sensors by radio during a night shift, the Supplier may invoice those sensors as if a Purchase Order had been issued.', 'verbal-agreement'],
      ['Support hours explained to you by our onboarding lead during your office visit apply instead of clause 5.', 'verbal-agreement'],
      ['Prices quoted to the Council\'s officers during the bidder presentation shall apply to any additional licences ordered under this Contract.', 'verbal-agreement'],
      ['The Supplier shall follow the patching timetable as it was described to the IT manager at the kick-off meeting.', 'verbal-agreement'],
      ['A discount offered to your club by one of our reps over WhatsApp applies for as long as the rep said it would.', 'verbal-agreement'],
      ['The Vendor may treat requests posted by the practice manager in the Vendor\'s Slack channel as duly authorised changes to the booking system.', 'verbal-agreement'],
      ['We\'ll honour any upgrade to your storage plan that someone from our team agrees with you by text.', 'verbal-agreement'],
      ['The Processor may move staff rota data to its offshore support team if the Controller\'s HR lead raised no objection when the move was explained to her at the office.', 'verbal-agreement'],
      ['A text from our support lead confirming a refund is sufficient for you to deduct that refund from your next invoice.', 'verbal-agreement'],
      ['The Supplier shall honour any commitment about response times given by its bid team during the clarification meeting.', 'verbal-agreement'],
      ['If you message your account manager to add users mid-term, we\'ll bill the extra licences from the date of your message.', 'verbal-agreement'],
      ['Export formats for your archive, and any charge for them, will be sorted out when you give notice to leave.', 'agreement-to-agree'],
      ['The parties intend to put in place a service credit regime for the helpdesk before the end of the first year.', 'agreement-to-agree'],
      ['If your club books more than 500 sessions a month, we\'ll sit down with you to work out a custom price.', 'agreement-to-agree'],
      ['The fee for extra audit support is to be arrived at by the parties case by case.', 'agreement-to-agree'],
      ['The categories of personal data shall be specified in Annex 2, which remains to be completed.', 'agreement-to-agree'],
      ['The method for calculating queue times remains subject to review and sign-off by both parties after go-live.', 'agreement-to-agree'],
      ['The test plan is to be set out in a separate service specification that the Supplier and the Council will prepare later.', 'agreement-to-agree'],
      ['Your support tier is: %%SUPPORT_TIER%% as confirmed in your welcome pack.', 'agreement-to-agree'],
      ['The Contractor shall carry out regular penetration tests of the booking portal and report significant findings to the Council.', 'vague-term'],
      ['The Supplier shall do all it can to keep the kiosks online at all times.', 'vague-term'],
      ['The Provider may reduce or withdraw the backup services for the archive unilaterally, without notifying the Client.', 'vague-term'],
      ['The Vendor reserves the right to amend the service specification as and when it sees fit, without the Customer\'s consent.', 'vague-term'],
      ['We can lower the number of users on your account if we decide it is needed, with no notice to you.', 'vague-term'],
      ['The service levels in this schedule record the parties\' shared aims and are not intended to be legally binding.', 'vague-term'],
      ['We are not liable if reports reach you late because of anything that isn\'t within our control.', 'vague-term'],
    ]);
  });

  it('spares a written record before acting, a capped cost, a named standard, a bounded deadline, a cap per trip, a pre-signature schedule and named transfer safeguards', () => {
    spares([
      'Any instruction given orally shall be documented by email before it is acted upon.',
      'The Supplier shall bear the reasonable costs of replacing lost tags up to Nu 20,000 per year, and the Council shall bear any costs above that cap.',
      'The Contractor shall install suitable vibration monitors complying with DIN 4150-3.',
      'Service will be restored expeditiously, and no later than four hours after the fault is logged.',
      'The Supplier shall reimburse reasonable travel costs for attending the acceptance test, capped at EUR 300 per trip.',
      'The exclusion of planned upgrades from Downtime, as set out in Schedule 3 before signature, applies from the Effective Date.',
      'The Processor shall transfer personal data outside the EEA only where appropriate safeguards under Article 46 GDPR are in place.',
    ]);
  });
});

describe('round 113 (stop 36): prices raised or lowered as we see fit, fees that change at our discretion, a few minutes, only such time as is reasonably required, objectives not warranted, planning assumptions with no commitment, a set-up altered as it sees fit, aspirations not used to assess, whenever we think it matters, such measures as are suitable, anything we cannot reasonably prevent; a list attached when finalised; instructions given by ringing a desk, credits waived in a chat, what you are buying, a pause not counted as Downtime, a screen-share covered by support, a claim valid without a form, an engineer\'s word treated as covered, documented instructions that include a call, readers as if listed, levels shown at a demonstration, cover a sales director described, no charge when an installer says so, users mentioned to onboarding, no default after a kick-off, storage counted towards a level, refunds paid as promised, changes applied as amendments, a delay accepted at the quay, an email approval without a form that suffices, settings from a pilot trial, an instruction acted on; spares WCAG, a negated variation, countersigned minutes, the end of the shift, confirmation through a portal before acting, trial capacity, an emergency-call service and two parties changing hours in writing', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Instructions about visitor data may be given by the Council\'s duty officer ringing the Supplier\'s service desk.', 'verbal-agreement'],
      ['A Customer who tells our support chat that it accepts reduced capacity during the festival waives service credits for that week.', 'verbal-agreement'],
      ['The dashboards we showed your finance team in the demo are what you\'re buying.', 'verbal-agreement'],
      ['A pause in nightly backups, if cleared with the Supplier\'s support team in a Slack chat, shall not be counted as Downtime.', 'verbal-agreement'],
      ['A custom export that one of our consultants sets up with you over a screen-share is covered by our support obligations.', 'verbal-agreement'],
      ['Credit claims may be raised with the service manager during the quarterly site visit, and a claim acknowledged in person is valid without a written claim form.', 'verbal-agreement'],
      ['If one of our engineers visits your depot and says a repair is covered, we\'ll treat it as covered.', 'verbal-agreement'],
      ['The Council\'s documented instructions include any instruction given to the Processor by the records manager during a phone call.', 'verbal-agreement'],
      ['Where the Supplier\'s field engineer agrees at the depot gate to add two extra cameras, those cameras fall within this SLA as if they had been listed in the Order Form.', 'verbal-agreement'],
      ['Response times for the booking line are those that were shown to the Council\'s officers at the pre-sales demonstration.', 'verbal-agreement'],
      ['The Supplier shall also provide the weekend cover that its sales director described to the trustees during the tender presentation.', 'verbal-agreement'],
      ['When our installer visits your shop and says a new reader is covered, you won\'t be charged for it.', 'verbal-agreement'],
      ['If you mentioned to our onboarding team while setting up that you wanted extra users, we\'ll add them and bill you for them.', 'verbal-agreement'],
      ['The Council agreed in the kick-off meeting to extend the migration deadline by two weeks, and the Supplier shall not be in default for that period.', 'verbal-agreement'],
      ['Any extra storage discussed at the site visit shall count towards the committed service level.', 'verbal-agreement'],
      ['Refunds for the outage will be paid as the Provider\'s support lead promised in the live chat, notwithstanding the usual claim deadline.', 'verbal-agreement'],
      ['The Processor shall apply, as amendments to Annex 2, any retention changes announced by the Controller at the weekly operations call.', 'verbal-agreement'],
      ['Where the Supplier\'s technician agrees with the harbour master at the quay to postpone a repair, the Customer shall be taken to have accepted the delay.', 'verbal-agreement'],
      ['Where the Council\'s facilities manager approves extra sensors by email without a Change Form, that approval shall suffice as a Change.', 'verbal-agreement'],
      ['The retention settings demonstrated to the Controller at the pilot trial shall count as the Controller\'s documented instructions.', 'verbal-agreement'],
      ['The Controller\'s instruction to delete the old logs was given by telephone to the Processor\'s account lead, and the Processor shall act on it.', 'verbal-agreement'],
      ['We can raise or lower subscription prices as we see fit.', 'vague-term'],
      ['Subscription fees can change at our discretion, and the new fee will appear on your next invoice.', 'vague-term'],
      ['Alerts for a door left open shall normally reach the control room within a few minutes.', 'vague-term'],
      ['The Processor shall delete the data at the end of the contract, allowing itself only such time as is reasonably required.', 'vague-term'],
      ['The measures in Annex II represent the Processor\'s objectives and are not warranted to be in place at all times.', 'vague-term'],
      ['The staffing figures in Schedule 4 are planning assumptions, and the Supplier gives no commitment to meet them.', 'vague-term'],
      ['The Supplier may alter the hosting set-up, tooling and support processes for the portal as it sees fit.', 'vague-term'],
      ['The KPIs in Annex 3 express the Council\'s aspirations for the service and shall not be used to assess the Supplier\'s performance.', 'vague-term'],
      ['We\'ll warn you about unusual usage whenever we think it matters.', 'vague-term'],
      ['The Supplier shall take such measures as are suitable to protect the records against loss.', 'vague-term'],
      ['We are not responsible for delays caused by anything else we can\'t reasonably prevent.', 'vague-term'],
      ['The list of approved sub-processors shall be attached as Appendix 4 when finalised.', 'agreement-to-agree'],
    ]);
  });

  it('spares a named accessibility standard, a denied variation, countersigned minutes, a shift deadline, portal confirmation before acting, trial capacity, an emergency-call service and a change by written agreement', () => {
    spares([
      'The Supplier shall make reasonable adjustments to the booking site so that it meets WCAG 2.1 Level AA.',
      'No statement made in a meeting or call shall vary the Service Levels unless it is recorded in a change note signed by both parties.',
      'At the Customer\'s request the Supplier shall hold one security review a year, and the outcomes shall be recorded in minutes countersigned by the Customer before they take effect.',
      'The Supplier shall notify the Customer of any error without undue delay, and no later than the end of the shift in which it is detected.',
      'Requests may be sent by phone or email, but the Processor will act on them only once the Controller confirms the request through the admin portal.',
      'The Provider may offer additional trial capacity at its discretion, but nothing in this clause obliges it to do so.',
      'The emergency-call handling service shall answer 95% of calls within 10 seconds.',
      'The Supplier and the Customer may change the service hours by written agreement.',
    ]);
  });
});

describe('round 114 (stop 36): statements of intent, guidance only, objectives that are no warranty, sole discretion over Downtime, prices updated by us at any time, regular health checks, thresholds revised whenever it publishes, a fair and equitable basis, such further testing as is needed, information it deems relevant, indicative fees it may adjust, intervals it considers sufficient, things we could not reasonably foresee, a day or so; a price discussed closer to renewal, good-faith discussions to establish, a variation to be issued later, a review to consider with the supplier, something we will review with you, a custom plan to talk about; instructions acted on from a visit or a call, a walkdown, a thumbs-up as sign-off, an extended scope delivered, an understanding from a workshop, cover continued from a WhatsApp group, an engineer\'s assurance, a set-up promise, a working group, a support line told to downgrade, an understanding reached in a call, a live-chat OK, a window applied since, an Instagram DM, a text that extends, a module within scope, consent given in conversation, because that is what the rep said, a WhatsApp confirmation, no objection at a presentation, SMS instructions, a walk-through as sign-off, a promise when the engineer came out, it is covered, set-up told as an order, engineers at the plant; spares on-site audits, a fallback, a deadline after without undue delay, rates in an annex, an email that follows a call and safeguards under 45 CFR', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Supplier shall act on Council instructions about the archive that are given in person at the reading room or phoned through to its help desk.', 'verbal-agreement'],
      ['Extensions of time for the migration may be granted by the Council\'s project lead in the course of a site walkdown.', 'verbal-agreement'],
      ['The Vendor may treat a thumbs-up emoji in the shared Teams channel as the Customer\'s sign-off on each release.', 'verbal-agreement'],
      ['The scope of the helpdesk was extended at the kick-off meeting to cover the second warehouse, and the Supplier shall deliver that extended scope at the contract rates.', 'verbal-agreement'],
      ['The Supplier\'s workshop with the Council\'s officers produced an understanding that travel costs would be reimbursed, and that understanding forms part of the Contract.', 'verbal-agreement'],
      ['The Provider will continue the evening cover for the ticket desk that was arranged through the WhatsApp group with the venue manager.', 'verbal-agreement'],
      ['Any assurance given by the Supplier\'s engineer at the depot that firmware updates are included in the fee shall bind the Supplier.', 'verbal-agreement'],
      ['If our installer told you during setup that the first year of monitoring is free, we\'ll stand by that.', 'verbal-agreement'],
      ['Revised cleaning rotas settled in the estates working group shall take effect immediately, without the need for a Change Note.', 'verbal-agreement'],
      ['If you told our support line that you wanted to downgrade, we\'ll treat your plan as changed even though the change form was never submitted.', 'verbal-agreement'],
      ['The Parties acknowledge the understanding reached in their call of 3 May that backup data will be kept for ten years.', 'verbal-agreement'],
      ['If our support agent OKs a credit in live chat, you don\'t need to fill in the credit request form.', 'verbal-agreement'],
      ['The Processor learned in a corridor conversation with the Controller\'s IT lead that the deletion window could be extended, and has applied that window since.', 'verbal-agreement'],
      ['Your move to the premium plan was approved by our sales team in an Instagram DM and takes effect straight away.', 'verbal-agreement'],
      ['Our account manager texted your office manager that you could keep the old app until June, and that text extends your licence.', 'verbal-agreement'],
      ['The Council\'s officer indicated in a Teams message that the Supplier could add a reporting module, and that module is accordingly within scope.', 'verbal-agreement'],
      ['Consent to the new hosting sub-processor was given by the Controller\'s office manager in conversation with the Processor\'s sales team.', 'verbal-agreement'],
      ['We\'ll treat your site as covered by the premium tier, because that\'s what our regional rep told you at the demo.', 'verbal-agreement'],
      ['The Vendor\'s WhatsApp confirmation that the second site is covered by the premium tier is treated as upgrading the Customer\'s plan from that date.', 'verbal-agreement'],
      ['The Council shall be regarded as having accepted the reports if its officer raised no objection when the Supplier presented them at the depot.', 'verbal-agreement'],
      ['Instructions passed to the Supplier by the site manager via SMS shall constitute valid Customer Instructions under this Contract.', 'verbal-agreement'],
      ['A walk-through of the new booking flow attended by the Council\'s officer shall serve as the Council\'s sign-off of that flow.', 'verbal-agreement'],
      ['Extra storage we promised you when our engineer came out to your office is included in your subscription.', 'verbal-agreement'],
      ['When one of our technicians visits your warehouse and says a scanner swap is covered, it\'s covered.', 'verbal-agreement'],
      ['If you told your onboarding specialist during setup that you wanted ten more seats, we\'ll treat that as your order.', 'verbal-agreement'],
      ['The Processor may keep the camera footage for longer, the Controller\'s site manager having said this was fine when the Processor\'s engineers were at the plant.', 'verbal-agreement'],
      ['The service descriptions in this schedule are a statement of intent only and create no enforceable obligation on either party.', 'vague-term'],
      ['The retention periods in Annex 2 are guidance only and do not oblige the Processor to delete data on any date.', 'vague-term'],
      ['The uptime figures in Schedule 1 are service objectives and do not constitute a warranty of availability or a basis for service credits.', 'vague-term'],
      ['The Provider may, in its sole discretion, determine whether an interruption counts as Downtime.', 'vague-term'],
      ['Subscription prices may be updated by us at any time.', 'vague-term'],
      ['The Supplier shall perform regular health checks on the servers.', 'vague-term'],
      ['The Vendor may revise the response thresholds and the associated credit percentages whenever it publishes a new version of this page.', 'vague-term'],
      ['Credits will be calculated on a fair and equitable basis.', 'vague-term'],
      ['The Supplier shall carry out such further testing as is needed to keep the system secure.', 'vague-term'],
      ['The Processor shall give the Controller such information as the Processor deems relevant to show compliance.', 'vague-term'],
      ['The hosting fees are indicative, and the Supplier may adjust them during the term.', 'vague-term'],
      ['Backups are taken at intervals the Provider considers sufficient to limit data loss.', 'vague-term'],
      ['We are not responsible for late deliveries when things happen that we couldn\'t reasonably foresee.', 'vague-term'],
      ['Replies to tickets usually arrive within a day or so, depending on how busy we are.', 'vague-term'],
      ['Your renewal price will be discussed with you closer to the renewal date.', 'agreement-to-agree'],
      ['The Council and the Supplier shall enter into good-faith discussions to establish a benchmarking mechanism.', 'agreement-to-agree'],
      ['Responsibility for disposing of old hardware shall be allocated between the Parties by a variation to be issued at a later date.', 'agreement-to-agree'],
      ['The Council will consider with the Supplier, at the first review, whether the service should include weekend cover.', 'agreement-to-agree'],
      ['Service credits are something we\'ll review with you at your first annual check-in.', 'agreement-to-agree'],
      ['If you need more than 200 users, we\'ll talk to you about a custom plan.', 'agreement-to-agree'],
    ]);
  });

  it('spares on-site audits, a fallback, a bounded deadline, capped rates, a follow-up email and a named regulation', () => {
    spares([
      'The maximum number of on-site audits the Controller may carry out each year is three.',
      'The parties will agree on the test schedule no later than 30 days before go-live, failing which the Supplier\'s proposed schedule applies.',
      'Replacement of a failed camera will be completed without undue delay and in any event within 48 hours.',
      'Reasonable travel expenses shall be reimbursed under the Council\'s expenses policy, capped at the rates in Annex 5.',
      'Any urgent instruction given over the phone must be followed by a Client email within two Business Days, failing which the Supplier may reverse the change.',
      'Business Associate shall use such safeguards as are necessary, and comply with Subpart C of 45 CFR Part 164.',
    ]);
  });
});

describe('round 115 (stop 37): sensible precautions, proper training, intervals that seem right, whatever time we think best, retention it considers useful, such frequency as is appropriate, current practice that does not oblige, guidance that creates no obligation, prices up at our discretion, a routing algorithm reconfigured whenever it chooses, components substituted as it sees fit, a supplier free to alter functions; service levels once the parties reach agreement, a cap in a subsequent side letter, a timeline we settle with you, a level considered at the review, transfer terms the parties agree to put in place, a prompt to complete before signature, a rate negotiated before each anniversary, a format we decide together, a number to be confirmed after a budget review, pricing worked out case by case, terms still open for discussion, a number decided with the supplier, a later proposal and mutual acceptance, an amount to be set out in a side letter; an offer from a rep at a show, backups paused when staff are asked by phone, a fix time described at a demonstration, work requested by SMS and paid for, a yes when the analyst rang, a plan change the moment you tell support, instructions given at a weekly meeting, callouts chargeable after a phone call, a fitter told on the roof, what a technician promises, a tier agreed by text that then governs, work deemed approved before a Change Order, a date discussed over lunch, a go-live date discussed at a walk-round, deletion on the strength of a conversation, lanes arranged when the manager calls, changes agreed in the in-app chat, a tier confirmed on site, a quick text as all you need, a claim acknowledged by phone, oral authority, cover shown in a demo included in a plan; spares mutual force majeure with the parties named, the cost of an on-site audit, what staff say that counts only once confirmed, an exhibit catalogue, documented instructions, processing after signature and a capped rise', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Vendor will take sensible precautions to protect the exhibit-hall booking records.', 'vague-term'],
      ['The Supplier shall give the Council\'s caretakers proper training on the boiler telemetry dashboard.', 'vague-term'],
      ['We will back up your tasting-room sales ledger at intervals that seem right to us.', 'vague-term'],
      ['Reminder texts go out to members at whatever time we think works best for the club.', 'vague-term'],
      ['The Processor will erase volunteer records at the end of each season, save where it considers keeping them useful.', 'vague-term'],
      ['The Provider shall test the failover link with such frequency as is appropriate to the Customer\'s operations.', 'vague-term'],
      ['The security controls in Annex 3 reflect the Supplier\'s current practice and do not oblige the Supplier to keep them in place.', 'vague-term'],
      ['These quick-start notes about our ferry-booking service are for guidance only and don\'t create any obligation on us.', 'vague-term'],
      ['Membership fees for the rowing app may go up at our discretion, with no advance warning.', 'vague-term'],
      ['The Contractor reserves the right to reconfigure the routing algorithm for the depot whenever it chooses, without notice to the Council.', 'vague-term'],
      ['Harbourline Data Ltd may substitute, withdraw or reconfigure any component of the Managed Services as it sees fit.', 'vague-term'],
      ['The Supplier is free to alter the functions of the queue software at its discretion and without reference to the Trust.', 'vague-term'],
      ['Service levels for the added loading bays shall be written into Schedule 4 once the parties have reached agreement on them.', 'agreement-to-agree'],
      ['The cap on the Supplier\'s liability shall be an amount determined by the parties in a subsequent side letter.', 'agreement-to-agree'],
      ['The ticketing integration will go live on a timeline we settle with you after the discovery phase.', 'agreement-to-agree'],
      ['The Council will consider, at the annual review, what level of service credits should apply to late bin collections.', 'agreement-to-agree'],
      ['Any transfer of patient data abroad will be subject to transfer terms that the parties agree to put in place when needed.', 'agreement-to-agree'],
      ['Purposes of the processing: to be completed by the Controller prior to signature.', 'agreement-to-agree'],
      ['The licence fee shall rise each year at a rate negotiated in good faith before each anniversary of the Start Date.', 'agreement-to-agree'],
      ['The file format for your archive export will be one we decide together when you give notice.', 'agreement-to-agree'],
      ['The number of depots covered by this Order is to be confirmed by the Council following its autumn budget review.', 'agreement-to-agree'],
      ['Pricing for studios with more than ten rooms is worked out with our team case by case.', 'agreement-to-agree'],
      ['Cancellation charges for group bookings are still open for discussion between us and you.', 'agreement-to-agree'],
      ['After the trial, the Trust will decide with the Supplier how many kiosks each ward needs, and the Charges will change to match.', 'agreement-to-agree'],
      ['The fee for extra seats will be the subject of a later written proposal and mutual acceptance.', 'agreement-to-agree'],
      ['The Supplier\'s liability cap under this Schedule shall be the amount to be set out in a side letter.', 'agreement-to-agree'],
      ['A discount that our area rep offered you at the county show stays valid even if it is not on your invoice.', 'verbal-agreement'],
      ['Backups of the loyalty database shall be paused whenever the Client\'s duty manager asks the Supplier\'s engineers to do so over the phone.', 'verbal-agreement'],
      ['The fix time for the box-office feed is the one described to the Client\'s venue manager during the pre-sales demonstration.', 'verbal-agreement'],
      ['The Council shall pay for additional gritting runs which its highways officer requested by SMS.', 'verbal-agreement'],
      ['The Processor may begin using visitor data for footfall analysis once the Controller\'s manager has said yes when the Processor\'s analyst rang her.', 'verbal-agreement'],
      ['A plan change for your bakery takes effect the moment you tell our support staff you want it.', 'verbal-agreement'],
      ['The Processor shall follow any instructions about CCTV footage that the Controller\'s estates lead gives at the weekly site meeting.', 'verbal-agreement'],
      ['Extra callouts are chargeable where the Client\'s facilities lead asked for them in a phone call to the dispatcher.', 'verbal-agreement'],
      ['If you told one of our fitters while they were on your roof that you wanted more panels, we may fit them and bill you.', 'verbal-agreement'],
      ['Anything our technician promises you while installing the sensors counts as part of your plan.', 'verbal-agreement'],
      ['Our account manager may agree a higher support tier by text message, and that tier then governs the season.', 'verbal-agreement'],
      ['Work done by the Supplier at the Trust\'s request before a Change Order has been signed shall be deemed approved and payable.', 'verbal-agreement'],
      ['The Supplier shall hand over the new firmware by the date discussed with the Client\'s engineer over lunch.', 'verbal-agreement'],
      ['The Contractor shall be entitled to the later go-live date for the library kiosks that was discussed with the Council\'s officer at the site walk-round.', 'verbal-agreement'],
      ['Deletion shall be carried out, on the strength of a conversation between the Controller\'s lead and the Processor\'s engineer.', 'verbal-agreement'],
      ['Extra lanes you arrange with our partner manager when they call at your pool are added to your plan and billed from that day.', 'verbal-agreement'],
      ['Plan changes can be agreed with our team in the in-app chat and take effect straight away.', 'verbal-agreement'],
      ['The 99.9% tier shall apply from the date the Provider\'s engineer confirmed it to the site manager while on site.', 'verbal-agreement'],
      ['A quick text from our director confirming you can add more vans is all you need to use them.', 'verbal-agreement'],
      ['A Service Credit claim shall be treated as accepted where the Provider\'s support desk acknowledged the outage over the telephone.', 'verbal-agreement'],
      ['Urgent replacement of cameras may proceed on the oral authority of the Client\'s estates lead, with the purchase order to follow.', 'verbal-agreement'],
      ['The weekend cover we showed you in the demo is included in your Harbour plan even though your order form says weekdays.', 'verbal-agreement'],
      ['We will agree with you later how many on-site inspections are included in the Gold plan.', 'agreement-to-agree'],
    ]);
  });
  it('spares a mutual excuse with the parties named, the cost of an on-site audit, staff statements that count only once confirmed, an exhibit catalogue, documented instructions, processing after signature and a capped price rise', () => {
    spares([
      'Neither the Council nor the Supplier shall be in breach while prevented by flood, fire or other events beyond its reasonable control, for so long as the cause continues.',
      'Neither you nor we are responsible for delays caused by storms, strikes or other events outside our control, if the affected party tells the other in writing within three days.',
      'Failing agreement on the cost of an on-site audit within 10 days, the daily rate in Schedule 2 shall apply.',
      'Anything our staff say on a call about your plan only counts once we confirm it in an updated order form.',
      'The Supplier shall keep the exhibit catalogue available to visitors during opening hours.',
      'The Processor shall follow the documented instructions in Annex 1 and no others.',
      'The Provider shall back up the data every 24 hours and keep each copy for 30 days.',
      'The Contractor may begin processing once the Council has signed the data processing agreement.',
      'Prices are fixed for the Initial Term and may rise only on renewal, by no more than 3%.',
    ]);
  });
});

describe('round 116 (stop 37): retention unless it considers it necessary, a price raised whenever we need to or decide to, nothing meant to tie us to a level, sufficient spare parts, an adequate period (no longer bounded by a schedule-record compound), a measurement methodology modified without notice, all due dispatch, subcontractors appointed at its discretion, a schedule amended unilaterally; terms we will discuss and agree with you later, measures agreed in an annex to be appended, a list compiled by the parties, periods mutually agreed, a price we will work through together, compensation discussed if and when the problem arises, a policy still being finalised, indicators for timely work developed jointly, a list to be mutually approved; credits settled in a conversation with no claim form, a credit rate arranged by telephone, a confirmation relied on in place of an annex, a Messenger group, a text that removes a period from Availability, audit rights satisfied on an informal tour, an undertaking at a gathering, a period arranged at the inception meeting, no objection in a video conference, a cancellation by SMS, a quota that overrides, an obligation waived after a call, instructions given to a driver, a refund request by WhatsApp as a valid claim, sensors demoed and said to be free, verges shown on a walk of the site, a fee cap raised after a conversation; spares a spoken instruction confirmed in writing first, a variation denied by neither … nor, routine maintenance as a time, planned maintenance whenever we need it with notice, listed spare parts and schedule terminals', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Processor shall erase donor records when the campaign ends, unless it considers keeping them necessary for its own business purposes.', 'vague-term'],
      ['We can raise the price of your market-stall plan whenever we need to.', 'vague-term'],
      ['We may raise the monthly hosting fee whenever we decide to, and the new fee applies at once.', 'vague-term'],
      ['These notes describe how we usually run the booking service, but nothing in them is meant to tie us to any particular level of service.', 'vague-term'],
      ['The Supplier shall keep sufficient spare parts for the tram-stop display screens to avoid long outages.', 'vague-term'],
      ['The Contractor shall keep gate-schedule records for an adequate period to allow the Council to audit them.', 'vague-term'],
      ['Parkline Ltd may modify the measurement methodology used to calculate Availability without notice to the Customer.', 'vague-term'],
      ['The Supplier shall answer alarm calls from the depot with all due dispatch.', 'vague-term'],
      ['The Processor may appoint new subcontractors for the payroll service at its sole discretion and without informing the Controller.', 'vague-term'],
      ['The Contractor may amend the maintenance schedule unilaterally and with immediate effect.', 'vague-term'],
      ['If you want us to link the app to your till system, we\'ll discuss the terms and agree them with you later.', 'agreement-to-agree'],
      ['The security measures shall be those the Controller and the Processor agree in a security annex to be appended after the risk review.', 'agreement-to-agree'],
      ['The list of Sub-processors is to be compiled by the parties and attached as Annex 4 once the onboarding form is complete.', 'agreement-to-agree'],
      ['Service windows shall be such periods as the Client\'s site lead and the Supplier mutually agree.', 'agreement-to-agree'],
      ['Custom report templates are available at a price we\'ll work through together once we\'ve scoped them.', 'agreement-to-agree'],
      ['Any compensation for missed deliveries will be discussed with you if and when the problem arises.', 'agreement-to-agree'],
      ['Late-cancellation refunds will follow a policy that we and the venue owners are still finalising.', 'agreement-to-agree'],
      ['The key performance indicators for timely collection of bins will be developed jointly by the parties during the mobilisation period.', 'agreement-to-agree'],
      ['The list of approved sub-processors is to be mutually approved before the Processor starts work.', 'agreement-to-agree'],
      ['Credits owed for the March outage were settled in a conversation between the parties\' account leads, and the Customer need not submit a claim form.', 'verbal-agreement'],
      ['A higher credit rate of 20% applies to outages during the harvest, as arranged by telephone between the Customer\'s farm manager and the Provider\'s support lead.', 'verbal-agreement'],
      ['The Processor\'s lead confirmed on a call that the data would stay in Norway, and the parties rely on that confirmation in place of a transfer annex.', 'verbal-agreement'],
      ['The Processor may act on instructions passed on by the club secretary through the members\' Messenger group.', 'verbal-agreement'],
      ['A text message from the Provider\'s support lead confirming that a logging outage was planned removes that period from the Availability calculation.', 'verbal-agreement'],
      ['The Controller\'s audit rights are satisfied where its officer expresses approval at the end of an informal site tour.', 'verbal-agreement'],
      ['Any undertaking given by the Council\'s officer at the village gathering about extra bus runs shall bind the Council.', 'verbal-agreement'],
      ['The longer loan period arranged between the Supplier and the schools officer during the inception meeting shall apply to every school.', 'verbal-agreement'],
      ['The Processor may engage a new Sub-processor where the Controller\'s lead has raised no objection during a video conference.', 'verbal-agreement'],
      ['Cancellation of your plan takes effect as soon as you let us know by SMS.', 'verbal-agreement'],
      ['If you agreed a custom booking quota with us at the Saint Ives harbour open day, that quota overrides your plan limits.', 'verbal-agreement'],
      ['Following the conference call with the Client\'s officer, the Supplier\'s obligation to send monthly test certificates is waived.', 'verbal-agreement'],
      ['Instructions given to the Supplier\'s driver at the depot by the Council\'s yard manager shall be valid Council instructions.', 'verbal-agreement'],
      ['A refund request raised by WhatsApp message to the Provider\'s area manager shall be a valid claim under clause 7.', 'verbal-agreement'],
      ['Extra sensors our team demoed to you and said would be free for a year are included at no charge.', 'verbal-agreement'],
      ['The Supplier may treat extra verges pointed out by the Council\'s officer during a walk of the site as ordered Services.', 'verbal-agreement'],
      ['Further to the conversation between the Council\'s finance officer and the Supplier on 3 May, the fee cap has been raised to EUR 900.', 'verbal-agreement'],
    ]);
  });
  it('spares a spoken instruction confirmed in writing first, a variation neither channel can make, routine maintenance, notice of planned maintenance, listed spare parts, schedule terminals, a mutual excuse and credits claimed in writing', () => {
    spares([
      'Any instruction first given by word of mouth must be confirmed on the instruction form within two Working Days before the Supplier acts on it.',
      'Neither a phone call with nor a message from support staff can vary the committed availability level; only a signed amendment may do so.',
      'Instructions received by telephone are not documented instructions, and the Processor shall not act on them until the Controller has confirmed them in writing.',
      'Instructions the Controller gives in an urgent phone call shall be restated by the Controller in an email within one Business Day.',
      'The Controller\'s instruction, given orally to the Processor\'s engineer during routine maintenance, must be confirmed in writing before the Processor acts on it.',
      'Whenever we need to take the service down for planned maintenance, we will tell you by email at least 48 hours in advance.',
      'The Supplier shall keep the spare parts listed in Schedule 3 at the depot.',
      'The Supplier shall keep the gate-schedule terminals running during opening hours.',
      'Neither party shall be liable for delays caused by events beyond its reasonable control.',
      'Credits owed for any outage shall be claimed in writing within 30 days.',
    ]);
  });
});

describe('round 117 (stop 37): a system that can handle the expected demand, copes with busy days, robust enough, the urgency the situation warrants, as fast as our systems allow, enough redundancy, capacity added if it judges the load requires it, a frequency altered on its own initiative, service aspirations with no liability, a guide only, statements of intent that create no enforceable rights, targets that give rise to no remedy; an annex that remains to be completed, a rate card drawn up in due course, indexation discussed in good faith, times left for the parties to fix, a separate commercial agreement between us, a protocol drawn up at a later stage, a schedule (to be completed), an amount set in the renewal, estate identified jointly, audit costs left to resolve, an arrangement we will reach later; screens that come with your plan, a target that also covers, an emoji reaction in a Signal group, an approach described at a pre-contract demonstration, a visit where extra days are agreed, a supplier that will also monitor, rights mentioned when we showed you the platform, consent given when the committee met, a waiver agreed at a craft fair, a manager who accepted when meeting, an enhanced basis outlined at a demonstration, a pick-up time that applies in place of the standard target, a credit acknowledged by SMS, rules agreed at a consultation evening, a period agreed while visiting a field station, a live messaging window, a Teams approval that needs no Change Note, a user meetup; spares help by phone with changes through account settings, audits no more than once a year, a listed excuse for both of us, a festival season as a time, the client\'s own review intervals, the client\'s choice whether to order and reviews at no extra charge', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Supplier shall ensure the booking system can handle the expected demand during the summer regatta.', 'vague-term'],
      ['We\'ll make sure the ticket page copes with busy launch days.', 'vague-term'],
      ['The gate controller shall be robust enough to withstand the salt spray at the harbour.', 'vague-term'],
      ['Burst pipes at a site will be attended to by the on-call team with the urgency the situation warrants.', 'vague-term'],
      ['Frost alerts are sent to your phone as fast as our systems allow.', 'vague-term'],
      ['The Provider shall build enough redundancy into the booking cluster to keep it available during a node failure.', 'vague-term'],
      ['The Supplier will add storage for the river gauges during the flood season if it judges that the load requires it.', 'vague-term'],
      ['The Contractor may alter the gauge sampling frequency on its own initiative, with no requirement to obtain the Council\'s consent.', 'vague-term'],
      ['The response times quoted for the kiosks are service aspirations, and the Supplier shall incur no liability if they are missed.', 'vague-term'],
      ['Delivery dates shown in the order portal are a guide only, and we don\'t promise that your order will arrive by then.', 'vague-term'],
      ['The audit commitments in this Schedule are statements of intent and do not create enforceable rights for the Controller.', 'vague-term'],
      ['The service levels in Annex C are targets to guide continuous improvement and shall not give rise to any remedy if missed.', 'vague-term'],
      ['The support hours after migration are set out in Annex D, which remains to be completed.', 'agreement-to-agree'],
      ['The Client and the Supplier shall in due course draw up a rate card for extra work.', 'agreement-to-agree'],
      ['Indexation of the fees after Year 3 shall be discussed by the parties in good faith on each anniversary.', 'agreement-to-agree'],
      ['Response times for urgent rescheduling are left for the Provider and each venue to fix in a future order.', 'agreement-to-agree'],
      ['Revenue share on ticketed events will be covered by a separate commercial agreement between us.', 'agreement-to-agree'],
      ['The Controller and the Processor shall draw up at a later stage a joint protocol on anonymisation.', 'agreement-to-agree'],
      ['The service levels for replacing scanners shall be as set out in Schedule 4 (to be completed).', 'agreement-to-agree'],
      ['The cap on the Processor\'s liability shall not exceed an amount to be set in the Master Agreement renewal.', 'agreement-to-agree'],
      ['The Client and the Supplier will jointly identify, after the first audit, which kiosks fall within the Managed Estate.', 'agreement-to-agree'],
      ['The cost of audits is left for the parties to resolve when an audit is first requested.', 'agreement-to-agree'],
      ['Volume discounts depend on an arrangement we\'ll reach with the club later.', 'agreement-to-agree'],
      ['Extra screens shown to you in a demo come with your plan, as our team told you.', 'verbal-agreement'],
      ['Following the call with the Client\'s manager on 3 March, the Provider confirmed that the 99.9% target also covers the winter moorings.', 'verbal-agreement'],
      ['The Controller\'s approval of the new sub-processor list may be given by an emoji reaction in the project\'s Signal group.', 'verbal-agreement'],
      ['The Processor shall follow the retention approach its sales team described to the Controller during the pre-contract demonstration.', 'verbal-agreement'],
      ['When our trainer visits your office and agrees extra training days with you, those days are added to your plan at the standard rate.', 'verbal-agreement'],
      ['Following the conversation between the Supplier\'s helpdesk lead and the Client\'s coordinator, the Supplier will also monitor the app at weekends.', 'verbal-agreement'],
      ['The priority booking rights we mentioned when we showed you the platform apply to your subscription.', 'verbal-agreement'],
      ['Consent to move the data abroad was given when the club committee met in May, and the Processor shall rely on it as the Controller\'s documented instructions.', 'verbal-agreement'],
      ['If you spoke with one of our staff at the craft fair and they agreed to waive your setup fee, that waiver applies.', 'verbal-agreement'],
      ['As the Provider\'s manager accepted when meeting the operators, outages during the thaw will not be counted as Excluded Downtime.', 'verbal-agreement'],
      ['Credits shall be calculated on the enhanced basis that the Provider\'s engineer outlined during the product demonstration.', 'verbal-agreement'],
      ['The 30-minute pick-up time, as promised at the sales demo, applies in place of the standard Severity 2 target.', 'verbal-agreement'],
      ['Credit claims may be raised by SMS to the service manager, and any credit he acknowledges by reply SMS is payable.', 'verbal-agreement'],
      ['Changes to the booking rules agreed at the Council\'s consultation evening shall be implemented as if they had been issued as a Change Notice.', 'verbal-agreement'],
      ['If our specialist agreed a custom retention period with you while visiting your field station, we\'ll apply it to your account.', 'verbal-agreement'],
      ['An instruction passed to the Processor\'s helpdesk through its live messaging window shall be treated as a written instruction of the Controller.', 'verbal-agreement'],
      ['Route changes that the Council\'s coordinator approves in a Teams chat shall not require a Contract Change Note.', 'verbal-agreement'],
      ['If you confirmed a custom field with our product team at a user meetup, we\'ll treat it as part of your plan.', 'verbal-agreement'],
      ['The price for Optional Services shall be reviewed and agreed by the Parties before the Authority decides whether to order them.', 'agreement-to-agree'],
    ]);
  });
  it('spares help by phone with changes made in the account settings, a bounded audit frequency, a listed excuse, a festival as a time, the client\'s own review intervals, reviews at no extra charge and a phone cancellation denied', () => {
    spares([
      'You can reach us by phone for help, but any request to change your plan must be made through your account settings.',
      'The Processor shall allow audits at reasonable intervals, being no more than once in any twelve-month period.',
      'Neither of us is responsible for delays caused by the events listed in the \'Events outside anyone\'s control\' section, which are the only events that excuse performance.',
      'The Processor shall return or delete all applicant data within 60 days after the end of the festival season.',
      'The Authority may require the Contractor to attend progress reviews on the festival permit system at such intervals as the Authority chooses.',
      'The Customer may ask the Supplier to attend quarterly reviews in person at no extra charge.',
      'A cancellation you tell us about over the phone is not effective; cancellations must be made in your account settings.',
      'Neither Globex nor Acme shall be in breach while prevented by flood, fire or other events beyond its reasonable control.',
    ]);
  });
});

describe('round 118 (stop 37): credits in such manner as it deems fair, pricing adjusted whenever we see fit, sub-processors replaced at any time, nothing that creates a commitment, substitution at its discretion and without consent, a level of security that suits, as often as it considers warranted, a specification amended whenever technology develops, regular integrity checks and preventive maintenance; a price discussed if you go over your quota, review and approval by the Steering Committee, two named sides that settle between them, a way we both accept, a price we will set with you, costs left to discuss, a method reserved for discussion, fees confirmed closer to the date, levels discussed at the first Quarterly Review, a workshop after contract award; a milestone extended by telephone, instructions with the status of Authority Instructions, a workshop settlement that is effective, features part of what we promise, credits promised in conversation as if written, promises on a visit, approval treated as sufficient, no objection in a Signal chat, an exclusion worked out on WhatsApp, tokens kept after a video call, a team member at the race ground, intervals discussed during commissioning, a presenter you can rely on, a word to the lead, an extension at check-in, instructions passed in person, a text to the support number, a foreman happy for work to go ahead, a committee evening, agreement signalled in a messaging group, a finish-line permission, allocations confirmed over the counter, a Messenger group; spares a soft word defined by meaning or which means, a refund deadline after you tell us, oral instructions documented first and an excuse that names its events', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Service Credits will be calculated in such manner as Harbourline deems fair in light of the outage.', 'vague-term'],
      ['We may adjust our pricing for the booking plan whenever we see fit.', 'vague-term'],
      ['Sub-processors may be replaced by the Processor at any time and without informing the Controller.', 'vague-term'],
      ['Nothing on our status page about uptime creates a commitment; it reflects what we hope to achieve.', 'vague-term'],
      ['The Supplier may, at its discretion and without the Client\'s consent, substitute the model of any sensor or change the monitoring tools used.', 'vague-term'],
      ['Your visitor records are stored with a level of security that suits their sensitivity.', 'vague-term'],
      ['Servicing of the projectors will be carried out as often as the Supplier, acting in its professional judgement, considers warranted.', 'vague-term'],
      ['The Contractor may amend the monitoring specification whenever technology develops, without requiring the Council\'s consent.', 'vague-term'],
      ['The Supplier shall carry out regular integrity checks on the scanned parish records.', 'vague-term'],
      ['The Provider shall carry out regular preventive maintenance of the battery banks.', 'vague-term'],
      ['The price for API access will be discussed with you if you go over your quota.', 'agreement-to-agree'],
      ['Any service level for kiosk replacement is subject to review and approval by the Steering Committee before it applies.', 'agreement-to-agree'],
      ['Harbourline and the marina will settle between them later how cancellation fees are split.', 'agreement-to-agree'],
      ['Refunds for cancelled sessions will be handled case by case in a way we both accept.', 'agreement-to-agree'],
      ['We\'ll set the price for extra gauges with you when you order them.', 'agreement-to-agree'],
      ['The cost of answering access requests is left for the parties to discuss and resolve later.', 'agreement-to-agree'],
      ['The method for measuring latency is reserved for discussion between Provider and Customer.', 'agreement-to-agree'],
      ['Fees for live-streaming the finals will be confirmed closer to the date.', 'agreement-to-agree'],
      ['Service levels for the results screen will be discussed and documented by the parties in the course of the first Quarterly Review.', 'agreement-to-agree'],
      ['Where the Council\'s Representative has agreed by telephone to extend a Milestone Date, the Supplier shall not be in delay.', 'verbal-agreement'],
      ['Instructions given by the Council\'s ranger to the Supplier during a site walk-round shall have the status of Council Instructions.', 'verbal-agreement'],
      ['Any change to the incident procedure that the parties settle during a workshop is effective from the date of that workshop.', 'verbal-agreement'],
      ['Features shown to you in a live demo are part of what we promise to deliver under these terms.', 'verbal-agreement'],
      ['Credits that the Supplier\'s sales staff promised in conversation before signature shall be payable as if written into Schedule 2.', 'verbal-agreement'],
      ['Promises made by our staff when they visit your shop are part of our agreement with you.', 'verbal-agreement'],
      ['The Customer\'s approval of the longer maintenance window, given by telephone to the duty manager, shall be treated as sufficient for the purposes of clause 6.', 'verbal-agreement'],
      ['Where the Controller has not objected during a Signal chat with the Processor\'s engineer, the engineer may access the records.', 'verbal-agreement'],
      ['Where the Council\'s Representative has verbally agreed an extension of a Milestone Date, the Supplier shall not be in delay.', 'verbal-agreement'],
      ['The exclusion of storm-season outages from Downtime was worked out in a WhatsApp exchange and is treated as forming part of this SLA.', 'verbal-agreement'],
      ['Following the video call of 2 May, the Processor may retain payment tokens for an additional 12 months.', 'verbal-agreement'],
      ['If a team member agrees at the Saint-Malo race ground that you can enter late, we\'ll accept the late entries.', 'verbal-agreement'],
      ['Calibration of the loggers shall be performed at the intervals the Supplier\'s technician discussed with the owner during commissioning.', 'verbal-agreement'],
      ['When you book a demo and our presenter tells you the free plan covers your event, you can rely on that.', 'verbal-agreement'],
      ['The Controller\'s director may approve a new printing contractor by a word to the Processor\'s lead at the venue.', 'verbal-agreement'],
      ['If one of our hosts tells you at check-in that you can keep the room an extra day, that extension is part of your booking.', 'verbal-agreement'],
      ['Instructions from the Controller may be passed to the Processor by the site manager in person on routine visits.', 'verbal-agreement'],
      ['If you text our support number to say you want to extend your trial, the extension starts straight away.', 'verbal-agreement'],
      ['The Supplier may proceed with replacing damaged cables wherever the yard foreman has said he is happy for the work to go ahead.', 'verbal-agreement'],
      ['Rent discounts discussed with traders at the market committee evening shall be applied by the Supplier in the next billing run.', 'verbal-agreement'],
      ['If the Council\'s liaison signals agreement in the event\'s messaging group to an extra race, the Supplier may proceed and shall be paid at the Schedule 2 rates.', 'verbal-agreement'],
      ['Where the Controller\'s organiser tells the Processor at the finish line that photographs may be shared, the Processor may share them accordingly.', 'verbal-agreement'],
      ['Stall allocations that the Council\'s officer confirms to traders over the counter shall be honoured by the Supplier.', 'verbal-agreement'],
      ['The Processor may act on instructions relayed by the secretary through the members\' Messenger group.', 'verbal-agreement'],
      ['The data fields will be decided by the Council and the Supplier at a workshop following contract award.', 'agreement-to-agree'],
    ]);
  });
  it('spares a soft word the sentence defines, a refund deadline that starts when you tell us, oral instructions documented before they are acted on and an excuse that names its events', () => {
    spares([
      'The Supplier shall apply appropriate security patches, meaning all patches rated Critical or High under CVSS v3.1, within 14 days of release.',
      'We\'ll refund failed charges within 5 working days of you telling us about them.',
      'Any instructions the Controller gives orally are to be documented by the Controller in writing before the Processor implements them.',
      'The Contractor shall keep the equipment in good working order, which means maintained in accordance with the manufacturer\'s schedule, version 2.',
      'The Supplier shall not be responsible for delays caused by circumstances outside its control, namely delays of its own subcontractors.',
    ]);
  });
});

describe('round 119 (stop 37): a desk properly resourced, a schedule of its own choosing, audits where operational circumstances allow; obligations as determined at the Mobilisation Meeting, final agreement by both named parties, rates agreed in a Change Note at that time, terms we will finalise with the museum, an Exit Plan approved at a future meeting, fees discussed separately, priced by negotiation; a chat OK after which we move your account, a trial extended by telling you, rules explained over the phone that govern, credits at a rate presented at a demo, a fee reflecting an understanding reached by telephone, support hours as agreed by telephone, a discount offered on a visit, bookings approved by text and billed, sensors promised at a tourism fair, instructions given while inspecting, free months honoured; spares updates no less frequently than hourly, actions recorded in approved minutes, a monthly report on the first Working Day, a fallback scope and a price with a fallback rate', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Supplier shall ensure that the booking desk is properly resourced at all times during the season.', 'vague-term'],
      ['The Contractor shall ensure that the gauges are serviced on a schedule of the Contractor\'s own choosing.', 'vague-term'],
      ['Audit requests will be accommodated where the Processor\'s operational circumstances allow.', 'vague-term'],
      ['The Supplier\'s obligations on site attendance shall be as determined at the Mobilisation Meeting.', 'agreement-to-agree'],
      ['The Charges shall be as set out in the tender, subject to clarification and final agreement by the Council and the Supplier.', 'agreement-to-agree'],
      ['Any additional depots brought into scope shall be charged at rates the parties agree in a Change Note at that time.', 'agreement-to-agree'],
      ['Refunds for cancelled rides will be handled on terms we\'ll finalise with the museum once the season opens.', 'agreement-to-agree'],
      ['Exit arrangements will be set out in an Exit Plan to be prepared and approved at a future Contract Review Meeting.', 'agreement-to-agree'],
      ['Fees for connecting additional gauges will be discussed with you separately.', 'agreement-to-agree'],
      ['Any extension of the archive to further stations will be considered by the Council and priced by negotiation.', 'agreement-to-agree'],
      ['Once someone on your team OKs an upgrade in our in-app chat, we\'ll move your account to the Pro plan and bill you from that day.', 'verbal-agreement'],
      ['Your account manager can extend your trial just by telling you so over the phone.', 'verbal-agreement'],
      ['The loan rules, as explained to the Supplier by the Council\'s curator over the phone, shall govern the configuration of the system.', 'verbal-agreement'],
      ['Service Credits will be calculated at the enhanced rate presented by the Provider\'s sales team at the spring product demo.', 'verbal-agreement'],
      ['The reduced monthly fee reflects the understanding reached by the two directors over the telephone.', 'verbal-agreement'],
      ['The extended support hours apply as agreed by telephone between the Customer\'s lead and the Provider\'s service desk.', 'verbal-agreement'],
      ['The Supplier shall honour the discount that its account director offered when visiting the Council\'s offices in May.', 'verbal-agreement'],
      ['Your captain can approve extra net bookings by texting our scheduling team, and we will bill those bookings to your account.', 'verbal-agreement'],
      ['Free extra sensors promised to volunteers at our stand at the tourism fair come with your subscription.', 'verbal-agreement'],
      ['Instructions given to the Supplier by the Council\'s safety officer while inspecting the beach shall have effect as Council Instructions.', 'verbal-agreement'],
      ['Any free months our staff offered you when we met at the craft fair are honoured as part of these Terms.', 'verbal-agreement'],
    ]);
  });
  it('spares a bounded update frequency, minutes approved in writing, a first-Working-Day report, a fallback scope and a fallback rate', () => {
    spares([
      'The Provider shall issue status updates no less frequently than hourly until service is restored.',
      'Any actions arising from the quarterly meeting shall be recorded in minutes approved by both Parties in writing.',
      'The Supplier shall keep the Council informed regularly and, at a minimum, deliver a written report on the first Working Day of each month.',
      'Should the Controller and the Processor be unable to settle the audit scope within 20 days, the audit shall proceed on the scope set out in the Controller\'s notice.',
      'Additional services are priced by agreement between the parties or, where no agreement is reached, at the Company\'s standard rates.',
    ]);
  });
});

describe('round 120 (stop 38): kiosks subject to confirmation by the parties, a retention period agreed in writing before go-live, a date in a work order issued after consultation, exclusions in a later side letter, a team as subsequently approved, a method the parties later adopt by mutual agreement, indexation negotiated at each anniversary, requirements reserved and confirmed after a review, a data centre we choose with you, a price we will discuss with you; a server replaced by one of its own choosing without notice, commitments provided for information only, conditions the supplier considers beyond its control; a refund request in a chat accepted as a valid claim, repairs started on a text message, options shown by the sales team that are part of what you buy, a WhatsApp message approving a quote, hours shown at a workshop that apply throughout the Term, a period as explained at a launch meeting; spares the force-majeure test of prevention, offers valid only once in a signed order, amendments as necessary to reflect changes in law, a discretion over a listed minimum, a go-ahead that is not sufficient, the customer\'s own choice of a licence, roadmap slides for information only', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The number of loan kiosks at the depot is subject to confirmation by the parties after the pilot month.', 'agreement-to-agree'],
      ['The retention period for call recordings shall be agreed by the parties in writing before the go-live date.', 'agreement-to-agree'],
      ['The go-live date shall be the date given in a work order to be issued after further consultation with the Supplier.', 'agreement-to-agree'],
      ['Any exclusions for the harbour sites will be dealt with by the parties in a later side letter.', 'agreement-to-agree'],
      ['The Supplier\'s account team shall be as subsequently approved by the Council.', 'agreement-to-agree'],
      ['Response times shall be measured by whatever method the parties may later adopt by mutual agreement.', 'agreement-to-agree'],
      ['The indexation of the hosting fee will be negotiated by the parties at each contract anniversary.', 'agreement-to-agree'],
      ['The Council\'s archiving requirements are reserved and will be confirmed following its records review.', 'agreement-to-agree'],
      ['Backups will be kept in the data centre we choose with you at onboarding.', 'agreement-to-agree'],
      ['If you want extra training days, we\'ll discuss the price with you when you order them.', 'agreement-to-agree'],
      ['The Provider may, without notice to the Customer, replace any server in the cluster with an equivalent one of its own choosing.', 'vague-term'],
      ['The uptime commitments described on our status page are provided for information only and do not form part of this Agreement.', 'vague-term'],
      ['No credit is due for delays caused by conditions that the Supplier considers to be beyond its control.', 'vague-term'],
      ['A refund request raised through our Facebook chat and answered there by an agent is accepted as a valid claim.', 'verbal-agreement'],
      ['Emergency repairs may be started on the basis of a text message from the Client\'s caretaker.', 'verbal-agreement'],
      ['Options demonstrated to your staff by our sales team are part of what you\'re buying, even if your order does not list them.', 'verbal-agreement'],
      ['If the depot manager sends a WhatsApp message approving the quote, the Contractor may proceed and the work is chargeable at the agreed rates.', 'verbal-agreement'],
      ['The weekend support hours, as shown to the Client at the sales workshop, apply throughout the Term.', 'verbal-agreement'],
      ['The archive period shall be as explained to the Customer\'s IT lead at the launch meeting.', 'verbal-agreement'],
    ]);
  });
  it('spares the force-majeure test of prevention, offers valid only once in a signed order, amendments that follow the law, a discretion over a listed minimum, a go-ahead that does not suffice, the customer\'s own choice and slides given for information', () => {
    spares([
      'Section 9, Force Majeure: neither of us is liable for delays caused by things neither could reasonably prevent, such as storms or a regional power cut.',
      'Discounts mentioned on a sales call are only valid once they appear in an order form you have signed.',
      'This Addendum shall be amended as necessary to reflect changes in data protection law.',
      'The safeguards the Supplier considers appropriate shall, at a minimum, include multi-factor sign-in and weekly backups.',
      'The Council\'s verbal go-ahead is not sufficient for the Contractor to commence chargeable work.',
      'The Customer may replace any user licence with another one of its own choosing at the next renewal.',
      'The roadmap slides are provided for information only and do not form part of this Agreement.',
    ]);
  });
});

describe('round 121 (stop 38): cover promised when meeting at an open day and included in the package, a response time that is the one described at a showcase, directions during a visit that constitute documented instructions, credit claims in a WhatsApp group that shall be valid claims, formats verbally agreed at a workshop, work on the strength of a conversation with no change order, rates quoted on the phone treated as the agreed rates, retention promised in a chat message and included in the Service Levels, days on the terms discussed during a walk-round, hours the Council accepts as binding, data kept as a lead agreed when visiting, discounts mentioned at a fair that apply to your account, alert limits agreed during a visit, features our sales team showed, a telephone confirmation that constitutes written authorisation, a promise given in conversation that applies in addition; days the two of us will settle, safeguards put in place at a later stage, a certification decided later in consultation, terms settled in a later written amendment, discounts in a side letter we will sign, charges determined after consulting the supplier, a schedule jointly reviewed and thereafter agreed, a loyalty discount we will discuss, a specification we agree with you later, discussions with a view to a variation, a separate SLA we will sign later; something we could not have foreseen, something out of our hands, cut-off times and languages varied without consent or consultation, a substantial majority of each month, prices that may go up or down, notification where it considers it feasible, unforeseen difficulties, estimates we do not promise to meet, a limit we set and may adjust; spares a fallback absent agreement, calls followed up in writing, reasonable steps defined by what the SLA means, instructions by telephone that do not constitute documented instructions, a night-call rota, roadside card readers', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The support package includes the weekend cover promised to the practice manager when she met our engineers at the open day.', 'verbal-agreement'],
      ['The response time for the depot sensors is the one described by the Supplier\'s account manager at the trade showcase in May.', 'verbal-agreement'],
      ['Directions given by the Controller\'s project lead to the Processor\'s engineers during their site visit constitute documented instructions for the purposes of this Addendum.', 'verbal-agreement'],
      ['Claims for service credits sent by the Customer through its WhatsApp group with our support team shall be valid claims under clause 8.', 'verbal-agreement'],
      ['Reporting formats for the museum shall be those verbally agreed at the kick-off workshop.', 'verbal-agreement'],
      ['The cabling was replaced on the strength of a conversation between the site caretaker and our technician, no change order having been issued.', 'verbal-agreement'],
      ['We will treat the weekend rates we quoted to your office manager on the phone as the agreed rates for the Term.', 'verbal-agreement'],
      ['The longer log retention promised in our chat message of 3 June is included in the Service Levels.', 'verbal-agreement'],
      ['Extra training days shall be provided on the terms discussed with the Client\'s IT lead during the site walk-round.', 'verbal-agreement'],
      ['The Council accepts as binding the support hours that the Supplier\'s bid team presented at the clarification meeting.', 'verbal-agreement'],
      ['The Processor may keep anonymised usage data for product research, as the Controller\'s data lead agreed when visiting our offices.', 'verbal-agreement'],
      ['Discounts that our founder mentioned at the spring trade fair apply to your account.', 'verbal-agreement'],
      ['Our customer manager may agree higher alert limits with your team during a visit, and those limits will then apply to your account.', 'verbal-agreement'],
      ['Features our sales team showed your staff are included in your plan, even if the order form does not list them.', 'verbal-agreement'],
      ['The practice manager confirmed by telephone that backups may be stored in the Processor\'s Irish data centre, and that confirmation constitutes the Controller\'s prior written authorisation.', 'verbal-agreement'],
      ['The Supplier\'s promise to staff the desk during half term, given in conversation at the monthly review, applies in addition to the staffing rules in Schedule 3.', 'verbal-agreement'],
      ['Training will be provided for a number of days the two of us will settle once the system is live.', 'agreement-to-agree'],
      ['Any international transfer of member data will be governed by safeguards the parties will put in place at a later stage.', 'agreement-to-agree'],
      ['The Council will, in consultation with the Supplier, decide at a later date which security certification the Supplier must hold.', 'agreement-to-agree'],
      ['The parties will settle in a later written amendment the terms on which the Supplier may host data outside the UK.', 'agreement-to-agree'],
      ['Volume discounts will be set out in a side letter that we\'ll sign with you once your usage is known.', 'agreement-to-agree'],
      ['The Charges for the winter service shall be determined by the Council, after consulting the Supplier, before the season begins.', 'agreement-to-agree'],
      ['The Council and the Supplier shall jointly review, and thereafter agree, the backup schedule after the first quarter.', 'agreement-to-agree'],
      ['We\'ll discuss a loyalty discount for your club once you have used the service for a year.', 'agreement-to-agree'],
      ['The reporting dashboard will be built to a specification we agree with you later.', 'agreement-to-agree'],
      ['The parties shall enter into discussions with a view to adding the second depot to this Contract by Variation.', 'agreement-to-agree'],
      ['Any uptime commitment for the Premium plan will be covered by a separate SLA that we\'ll sign with you later.', 'agreement-to-agree'],
      ['If something we couldn\'t have foreseen stops the kiosks syncing, we won\'t be held to our uptime promise.', 'vague-term'],
      ['We are not responsible if the booking page goes offline because of something that was out of our hands.', 'vague-term'],
      ['The Supplier may, at its discretion, vary the cut-off times for weekly orders without the Council\'s consent.', 'vague-term'],
      ['The Supplier may, without consulting the Council, change the languages offered on the kiosks as it sees fit.', 'vague-term'],
      ['The portal will be available for a substantial majority of each calendar month.', 'vague-term'],
      ['Our prices may go up or down, and we\'ll apply the new price to your next invoice.', 'vague-term'],
      ['The Processor shall notify affected individuals where it considers notification feasible.', 'vague-term'],
      ['The Supplier is relieved of its duty to keep the portal available whenever unforeseen technical difficulties arise.', 'vague-term'],
      ['Delivery dates shown in the app are estimates to help you plan, and we don\'t promise to meet them.', 'vague-term'],
      ['Uploads are subject to a storage limit that we set and may adjust as we see appropriate.', 'vague-term'],
    ]);
  });
  it('spares a fallback absent agreement, calls followed up in writing, a soft word the SLA defines, instructions denied effect, a night-call rota and roadside card readers', () => {
    spares([
      'Fees for extra sites shall be agreed by the parties, and absent agreement within 30 days shall be calculated pro rata to the per-site fee in Schedule 2.',
      'The Supplier may telephone the Council\'s duty manager out of hours to report a fault, and shall follow up each call with a written incident report within one Working Day.',
      'The Customer must take reasonable steps to report an outage, which under this SLA means logging a ticket within 24 hours.',
      'Instructions given by telephone shall not constitute documented instructions for the purposes of this Addendum.',
      'The night-call rota for the depot engineers is published in the portal each Friday.',
      'The Supplier may, at its discretion, alter the card readers at the roadside kiosks when they fail, at no cost to the Council.',
    ]);
  });
});

describe('round 122 (stop 38): a price confirmed later, service levels decided after a review, rules listed once a review is completed, an approach worked out at a later stage, a formula in a later Change Note, a region decided when we agree a plan, numbers proposed later and agreed, a format settled at a workshop to be held, levels set after a review with the supplier, changes agreed after three months, sub-processors approved in due course, safeguards on which the parties will reach terms, indexation reviewed at each anniversary, costs shared as the parties may later agree, an order form whose terms are still open; notice reasonable in the circumstances, intervals that make sense for our platform, disruption it did not cause, a third party we do not control, fees we can put up, a specification replaced where it considers it an improvement, refunds where the provider determines an outage; a yes when our engineer visited, work approved in a WhatsApp message and paid as Additional Services, retention agreed at a site visit needing no further written instruction, a text reply we bill from, a target that applies as shown at a demo, a discount at a drinks evening, approval indicated with no Change Control Notice, a set-up mentioned when we dropped by, a change at the farm gate, authorisation by instant message; spares engineers on site, changes that take effect once confirmed in the dashboard, a numbered fair use limit, forthwith and no later than the next Working Day, best efforts defined, efforts ruled out, transfers entered once directors approve', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['If you need extra storage, we\'ll look at the options with you and confirm the price later.', 'agreement-to-agree'],
      ['The Council will review the service after the pilot and shall then decide the service levels that are to apply.', 'agreement-to-agree'],
      ['The access rules will be listed in Schedule 4 once the parties have completed their security review.', 'agreement-to-agree'],
      ['The Council and the Supplier will jointly work out the exit approach at a later stage of the contract.', 'agreement-to-agree'],
      ['Credits shall be calculated under a formula to be set out in a later Change Note.', 'agreement-to-agree'],
      ['Your backup region will be decided when we agree your onboarding plan.', 'agreement-to-agree'],
      ['The number of kiosks shall be proposed by the Council at a later date and agreed with the Supplier.', 'agreement-to-agree'],
      ['The parties will settle the data format at a workshop to be held before launch.', 'agreement-to-agree'],
      ['Service levels shall be set by the Council following a review with the Supplier after the first year.', 'agreement-to-agree'],
      ['We\'ll look at your plan with you after three months and agree what changes to make.', 'agreement-to-agree'],
      ['The approved sub-processors shall be those the parties approve in due course.', 'agreement-to-agree'],
      ['Data transfers shall use safeguards on which the Controller and the Processor will reach terms before any transfer.', 'agreement-to-agree'],
      ['Price indexation will be reviewed by the Council at each contract anniversary.', 'agreement-to-agree'],
      ['The cost of any exit assistance shall be shared as the parties may later agree.', 'agreement-to-agree'],
      ['Installation will be covered by an order form whose terms are still open between us.', 'agreement-to-agree'],
      ['We\'ll give you notice that is reasonable in the circumstances before we close your account.', 'vague-term'],
      ['We back up your records at intervals that make sense for our platform.', 'vague-term'],
      ['The Supplier is excused from the service levels during any disruption that it did not cause.', 'vague-term'],
      ['If a courier or other third party we don\'t control delays your order, we won\'t owe you any refund.', 'vague-term'],
      ['We can put up our subscription fees, and the new fee applies from your next invoice.', 'vague-term'],
      ['The Supplier may replace the specification of the kiosks where it considers the change to be an improvement, without the Council\'s approval.', 'vague-term'],
      ['Refunds will be made where the Provider, acting reasonably, determines that an outage affected your bookings.', 'vague-term'],
      ['Because your manager said yes to the upgrade when our engineer visited, we\'ll start billing the new tier this month.', 'verbal-agreement'],
      ['The extra cleaning visits were approved by the site manager in a WhatsApp message and shall be paid as Additional Services.', 'verbal-agreement'],
      ['Keeping the logs for two years, which the Controller agreed to at a site visit, requires no further written instruction.', 'verbal-agreement'],
      ['You can add users by replying YES to a text from our team, and we\'ll bill the extra seats from that day.', 'verbal-agreement'],
      ['The response target for the kiosks applies as shown to the Council\'s IT lead during the sales demo.', 'verbal-agreement'],
      ['Any discount agreed between your director and our account manager at the client drinks evening shall bind us.', 'verbal-agreement'],
      ['Where the Supplier has shown a new report layout to the Council\'s lead and the lead has indicated approval, the Supplier may adopt it without a Change Control Notice.', 'verbal-agreement'],
      ['The free set-up we mentioned when we dropped by your office counts as part of your plan.', 'verbal-agreement'],
      ['If you tell us at the farm gate that you want a smaller box, we\'ll treat that as a change to your order.', 'verbal-agreement'],
      ['Where the Controller\'s lead says in an instant message that a file may be sent to the auditor, the Processor is authorised to send it.', 'verbal-agreement'],
    ]);
  });
  it('spares engineers on site, changes confirmed in the dashboard, a numbered fair use limit, a named-day limit, a defined standard, efforts ruled out and a register entered on approval', () => {
    spares([
      'The Supplier shall ensure its engineers carry identity badges whenever they are on site.',
      'You can phone our help desk with questions, but changes to your plan only take effect once you confirm them in your account dashboard.',
      'A fair use limit of 500 text alerts a month applies, and alerts above it are charged at the rate in Schedule 2.',
      'The Supplier shall repair any faulty kiosk forthwith, and no later than the next Working Day.',
      'Best efforts, for the purposes of clause 5, means attendance by an engineer within two hours of the call.',
      'The obligation to restore service within four hours is absolute and is not limited to the use of reasonable endeavours.',
      'Share transfers agreed at a members\' meeting are only entered in the register once two directors approve them.',
    ]);
  });
});

describe('round 123 (stop 38): a format settled in due course after consulting, exit charges a matter for the parties, a credit table left blank pending discussion, a regime finalised once a plan is approved, a discount we will talk about, a scope agreed with you, volume pricing discussed once you have used the service, fees worked out case by case, commission in a side letter we will agree, a scheme we review and agree whether it continues, a table to be attached later, a price set then, an allocation discussed in good faith, levels the committee may jointly settle; reports withdrawn by us at any time, attendance where a remote fix is not practical, what members pay raised whenever we choose, times expected to remain low, controls given by way of example only, precautions as are proper, data centres moved without informing, a frequency that keeps the risk low, a company named with an ampersand that may amend the Service Levels, circumstances outside its control whatever their cause; licences ordered over the phone processed as Change Requests, points promised at the till, commitments in pre-contract conversations treated as Service Levels, a scope the leads arrange between themselves by phone, a route confirmed by phone and set up accordingly without further instruction, a target described at a demonstration that applies to every site, a month offered when you met at a show, an instruction by phone with the same effect as a documented one, an instruction over the site intercom, documented instructions that include any given in person, a telephoned authorisation that stands in place of a Variation Form, a general authorisation given in a telephone conversation; spares a variation clause with an executed document, a support call, a named regulation, a complaint, a decision of both parties', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Council will consult with the Supplier to settle, in due course, the format of the monthly report.', 'agreement-to-agree'],
      ['Any charges for exit support shall be a matter for the parties to agree on termination.', 'agreement-to-agree'],
      ['The credit table in Schedule 3 is left blank pending the parties\' discussion of the service levels.', 'agreement-to-agree'],
      ['The credit regime shall be finalised in the Service Management Plan once that plan has been approved at the Board.', 'agreement-to-agree'],
      ['We\'ll talk with you about a discount if you add a second site.', 'agreement-to-agree'],
      ['Importing your old records will be priced once we\'ve agreed the scope with you.', 'agreement-to-agree'],
      ['Volume pricing will be discussed with you once you\'ve used the service for a month.', 'agreement-to-agree'],
      ['Fees for events with more than 500 guests are worked out case by case with our bookings team.', 'agreement-to-agree'],
      ['Commission for partner shops will be set out in a side letter we\'ll agree with each shop.', 'agreement-to-agree'],
      ['After the pilot we\'ll review the service credit scheme with you and agree whether it continues.', 'agreement-to-agree'],
      ['Credits shall be calculated under a table to be attached by the parties at a later date.', 'agreement-to-agree'],
      ['If you need more than ten kiosks, we\'ll talk about a larger plan and set the price then.', 'agreement-to-agree'],
      ['The parties shall discuss in good faith an equitable allocation of the costs of replacing damaged kiosks.', 'agreement-to-agree'],
      ['Reports may be added, changed or withdrawn by us at any time.', 'vague-term'],
      ['An engineer will attend on site where the Supplier considers that a remote fix is not practical.', 'vague-term'],
      ['We can raise what members pay for the app whenever we choose.', 'vague-term'],
      ['Page load times are expected to remain low under normal conditions.', 'vague-term'],
      ['The controls listed in Annex B are given by way of example only and may be changed by the Processor at will.', 'vague-term'],
      ['The Supplier shall take such precautions as are proper to keep the kiosks running in winter.', 'vague-term'],
      ['The Processor may change the location of the data centres used for the service without informing the Controller.', 'vague-term'],
      ['Backups will be copied to a second site at a frequency that keeps the risk of data loss low.', 'vague-term'],
      ['Stone & Marsh may amend the Service Levels at any time and without notice to the Client.', 'vague-term'],
      ['Availability is measured excluding any period caused by circumstances outside the Supplier\'s reasonable control, whatever their cause or duration.', 'vague-term'],
      ['Extra user licences ordered over the phone by the Client\'s staff shall be processed as valid Change Requests.', 'verbal-agreement'],
      ['Loyalty points promised to you by a shop assistant at the till count as part of your balance.', 'verbal-agreement'],
      ['Response commitments the Supplier\'s sales team gave the Council in pre-contract conversations shall be treated as Service Levels under this Agreement.', 'verbal-agreement'],
      ['The test scope shall be as the parties\' project leads arrange between themselves over a phone call beforehand.', 'verbal-agreement'],
      ['The Council\'s officer may confirm the final route to the Contractor in a phone call, and the Contractor shall set up the signs accordingly without further instruction.', 'verbal-agreement'],
      ['The 10-minute response target described by our sales engineer at the product demonstration applies to every site covered by this SLA.', 'verbal-agreement'],
      ['The free month that our founder offered you when you met at the trade show is part of your agreement with us.', 'verbal-agreement'],
      ['The Controller\'s instruction to share the mailing list, given in a phone call to the Processor\'s support lead, shall have the same effect as a documented instruction.', 'verbal-agreement'],
      ['Any instruction given by the Customer\'s duty manager over the site intercom to reschedule a delivery shall be treated as an authorised Change Request.', 'verbal-agreement'],
      ['Documented instructions for the purposes of this Addendum include any instruction the practice manager gives to the Processor\'s staff in person.', 'verbal-agreement'],
      ['The Council\'s officer telephoned the Supplier to authorise the extra collections, and that authorisation stands in place of a Variation Form.', 'verbal-agreement'],
      ['The Controller\'s general authorisation for the new sub-processor was given in a telephone conversation with the Processor\'s privacy lead.', 'verbal-agreement'],
      ['Service levels shall be as the Steering Committee may jointly settle at its periodic meetings and record in signed minutes.', 'agreement-to-agree'],
    ]);
  });
  it('spares a variation clause with an executed document, a support call, a named regulation, a complaint and a decision of both parties', () => {
    spares([
      'Any change to the service levels must be agreed and recorded in a document executed by both parties, and no oral statement varies this Agreement.',
      'If you call our helpline to report a lost card, we\'ll cancel the card during the call and post a new one within 5 days.',
      'The Supplier shall provide appropriate protective equipment to its staff, meeting the requirements of the Personal Protective Equipment at Work Regulations 1992.',
      'If you tell us about a charge you don\'t recognise, we\'ll look into it and refund any error within 7 days.',
      'Key Performance Indicators shall be reviewed and, if the parties so decide, changed by a written Variation signed by both.',
    ]);
  });
});

describe('round 124 (stop 38): levels reserved for discussion at a review, an amount decided in consultation, sub-processors listed once the parties have approved them, commission at a rate we will agree, a policy we will finalise with the venues, indexation a matter for the price review, costs split in a way we work out later, fees settled when the pilot ends, a process that will form part of the Contract once finalised, a decision together at the end of a trial; sub-processors swapped as it chooses, support insofar as commercially sensible, hardware substituted at any time without notice, safeguards as it determines, pricing that may change at any time; a cancellation confirmed in live chat without the written notice, days commissioned by a phone call, an objection withdrawn during a call, a commitment over Signal that applies, sensors discussed at a meeting and included within the Contract Price, a commitment while visiting that supplements an annex, work asked for during a walk and paid as if ordered, hours outlined in a sales presentation, a promise at an open day we stand by, a discount discussed before signature that will be honoured, visits promised by engineers that remain valid, a longer period allowed in a WhatsApp message; spares conduct after a written notice, a right to take reasonable steps, a quoted heading, a capped refund, a fallback after failing to agree, a named accessibility standard, a bounded patch interval, a change confirmed by email, a change confirmed in settings, instructions that need confirming by email', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Service levels for the winter months are reserved for discussion at the annual service review.', 'agreement-to-agree'],
      ['Delay payments shall be in an amount to be decided by the Council\'s contracts board in consultation with the Supplier.', 'agreement-to-agree'],
      ['The approved sub-processors are to be listed in Annex 2 once the parties have approved them.', 'agreement-to-agree'],
      ['Resellers receive commission at a rate we\'ll agree with each reseller before its first sale.', 'agreement-to-agree'],
      ['Refunds for cancelled sessions will follow a policy that we\'ll finalise with the venues before the season.', 'agreement-to-agree'],
      ['Indexation of the hosting fee from Year 3 shall be a matter for the annual price review.', 'agreement-to-agree'],
      ['Delivery costs will be split in a way we work out with both clubs later.', 'agreement-to-agree'],
      ['Fees for the enterprise plan will be settled with your association when the pilot ends.', 'agreement-to-agree'],
      ['The Supplier shall settle with the Council a process for refunds, which will form part of this Contract once finalised.', 'agreement-to-agree'],
      ['The Processor may swap the sub-processors it uses as it chooses, without informing the Controller.', 'vague-term'],
      ['The Processor shall support the Controller with audits insofar as it is commercially sensible to do so.', 'vague-term'],
      ['The Supplier may substitute hardware, change its procedures or withdraw features at any time and without notice to the Client.', 'vague-term'],
      ['The Processor shall apply such safeguards as it determines to protect the records.', 'vague-term'],
      ['Our pricing for school party bookings at the farm may change at any time, and the new price applies from your next invoice.', 'vague-term'],
      ['Your cancellation, once our support agent confirms it in live chat, ends your plan mid-term without the written notice these terms otherwise require.', 'verbal-agreement'],
      ['Extra training days may be commissioned by the Council\'s project lead by a phone call to our trainer.', 'verbal-agreement'],
      ['The Controller\'s objection to the new sub-processor was withdrawn during a call last week, and the Processor may therefore engage it.', 'verbal-agreement'],
      ['We told your club over Signal that we would delete old match photos after a year, and that commitment applies under these terms.', 'verbal-agreement'],
      ['The Council agrees that the extra sensors discussed with the Supplier at the clarification meeting are included within the Contract Price.', 'verbal-agreement'],
      ['Our engineer agreed, while visiting your office, to keep logs for 30 days only, and that commitment supplements Annex 1.', 'verbal-agreement'],
      ['At the Council\'s request made during a walk around the depot, the Supplier started the extra collections and shall be paid for them as if ordered under Clause 4.', 'verbal-agreement'],
      ['Support hours outlined in our sales presentation to your board form part of this Agreement.', 'verbal-agreement'],
      ['Our founder promised your club at the open day that fees would not rise for three years, and we will stand by that.', 'verbal-agreement'],
      ['Any discount discussed with our sales team before signature will be honoured.', 'verbal-agreement'],
      ['Free extra visits promised to you by our engineers when they installed the system remain valid even though your order does not show them.', 'verbal-agreement'],
      ['Claims may be made within any longer period that our account manager allowed in a WhatsApp message.', 'verbal-agreement'],
      ['The Supplier shall use \'best efforts\' to restore the service.', 'vague-term'],
      ['Acme may swap the sub-processors it uses for backups as it chooses, without informing Globex.', 'vague-term'],
      ['We and the club will decide together, at the end of the trial, whether to continue.', 'agreement-to-agree'],
    ]);
  });
  it('spares conduct after a written notice, a right, a quoted heading, a capped refund, a fallback, a named standard, a bounded interval and changes or instructions confirmed in writing', () => {
    spares([
      'If we change these terms, we\'ll email you 30 days before, and by continuing to use the service after that date you accept the new terms.',
      'The Supplier may take reasonable steps to check a caller\'s identity, but must answer each request within 5 Working Days.',
      'We are not liable for delays caused by the events listed in the \'Events outside our control\' section.',
      'We\'ll refund what you reasonably spend re-entering lost data, up to the fees you paid for that month.',
      'Where the parties have failed to agree the annual fee review within 60 days, the fees shall be adjusted in line with CPI.',
      'The Supplier shall make reasonable adjustments for disabled users, as required by and to the extent set out in WCAG 2.1 Level AA.',
      'Security patches are applied at regular intervals, and no critical patch shall remain unapplied for more than 14 days.',
      'You can book a call with our support team, though any change to your plan still has to be confirmed by email.',
      'Changes agreed in a meeting with our staff become effective only after you confirm them in your account settings.',
      'Oral instructions from the Controller are not Documented Instructions unless confirmed by email within two Business Days.',
    ]);
  });
});

describe('found in VS Code at stop 39', () => {
  it('reads an interval that makes sense for the platform or the service as vague, as one that makes sense for our platform', () => {
    readsAs([
      ['Acme shall apply security patches at intervals that make sense for the platform.', 'vague-term'],
      ['Backups are tested at intervals that work for the service.', 'vague-term'],
    ]);
  });
  it('spares such an interval when a hard limit bounds it, and one that suits the customer', () => {
    spares([
      'Patches are applied at intervals that work for the service, and in any event at least every 14 days.',
      'Backups run at intervals that suit the Customer.',
    ]);
  });
});

describe('round 125 (stop 40): faults fixed as a matter of urgency, scores shown within a brief interval, alerts sent whenever the platform allows, whatever precautions it judges sensible, transfers adequately encrypted, levels that express expectations, dates that are rough indications, features changed at any time and without notice to the client, a provider free to change features, a two-word name that may swap tools as it sees fit, deletion at a moment it considers convenient, a provider deciding whether an outage counts as Downtime, a satisfactory weekly rate; the parties discussing later which region applies, an index yet to be selected by common agreement, a bespoke quote discussed with you, a decision at a review whether and of what amount, rates in a price list one side issues and the other must approve, whatever we both agree on, a manual the parties are to work up together, levels agreed with each member individually, such sum as may be agreed in a plan, a cap to be agreed in writing, dashboards built once we have agreed the specification, times confirmed before the commencement date, data categories specified later; a yes at the showroom, a go-ahead in the booth, changes talked through at the timing table, an extension told at the desk that counts, an assurance at a named place, targets outlined at a kick-off meeting, training promised when a rep visited, a change on the terms described, what staff said at a show that is part of the order, a request in person where no form was signed, a rebate for the life of the contract, a speed that becomes the contracted level, a reply that constitutes acceptance, a change with written confirmation only if asked; spares a bounded priority, a named framework, which of them attends, a variation signed by both, no work without a change note, the client\'s own later choice, a cap in the order form, a decision on acceptance, a variation clause', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The Supplier shall fix reported booking errors as a matter of urgency.', 'vague-term'],
      ['Uploaded match scores will show on the club leaderboard within a brief interval.', 'vague-term'],
      ['Text alerts go out to members whenever our notification platform allows.', 'vague-term'],
      ['The Contractor shall take whatever precautions it judges sensible to protect the parish archive.', 'vague-term'],
      ['Transfers of member records to the archive host shall be adequately encrypted.', 'vague-term'],
      ['The service levels in Schedule 2 express the Council\'s expectations and are not enforceable.', 'vague-term'],
      ['Delivery dates on the quote are rough indications and may move.', 'vague-term'],
      ['The Supplier may at any time and without notice to the Council modify the portal\'s functionality.', 'vague-term'],
      ['We are free to change or remove features of the booking app without asking you.', 'vague-term'],
      ['Harbour Mill may swap monitoring tools or vary support tiers as it sees fit.', 'vague-term'],
      ['The Processor shall delete the exports at a moment it considers convenient.', 'vague-term'],
      ['The Provider will decide in good faith whether a partial outage counts as Downtime.', 'vague-term'],
      ['The Supplier shall staff the help desk to give a satisfactory weekly resolution rate.', 'vague-term'],
      ['The parties will discuss later which hosting region is to be used for the archive.', 'agreement-to-agree'],
      ['Charges shall rise each year in line with an index that is yet to be selected by common agreement.', 'agreement-to-agree'],
      ['For groups of more than 40 riders we\'ll discuss a bespoke quote with you.', 'agreement-to-agree'],
      ['The Supplier reserves the right to vary the support hours without the Customer\'s consent, and the new hours apply from the date it names.', 'vague-term'],
      ['We can put up our membership fees without telling you first, and the new fee applies from your next payment.', 'vague-term'],
      ['Our fitters can begin extra tiling as soon as you say yes at the showroom, and we will add it to your invoice.', 'verbal-agreement'],
      ['If the Council\'s caretaker gives the go-ahead in the ticket booth, the engineer may replace the turnstile motor and the Council shall pay for the part at list price.', 'verbal-agreement'],
      ['Timetable changes that the race director and our technician talk through at the timing table shall be applied straight away.', 'verbal-agreement'],
      ['If a member of our staff tells you at the club desk that your membership has been extended, that extension counts even if your card shows the old date.', 'verbal-agreement'],
      ['The Client relies on the assurance given by our engineer during the site visit to Port Isaac that storage overruns would never be billed.', 'verbal-agreement'],
      ['Response targets for the harbour sensors include the faster times that the Supplier\'s representative outlined to the board at the kick-off meeting.', 'verbal-agreement'],
      ['Your plan includes the free training our rep promised when they visited your office.', 'verbal-agreement'],
      ['If you changed your plan by speaking with our billing specialist, the change took effect on the terms he described to you.', 'verbal-agreement'],
      ['If one of our staff told you at the county show that delivery is free, that\'s part of your order.', 'verbal-agreement'],
      ['Where the Authority has not signed a Variation Form but has asked our engineer in person to move the sensors, the work is deemed authorised.', 'verbal-agreement'],
      ['A rebate offered to you by one of our agents at a launch event applies for the life of your contract.', 'verbal-agreement'],
      ['The faster export speed demonstrated to the Council during the trial visit shall become the contracted service level.', 'verbal-agreement'],
      ['Credit claims may be sent to the account manager by text message, and a reply from that manager constitutes acceptance of the claim.', 'verbal-agreement'],
      ['Any change to the cleaning rota agreed at a monthly review meeting shall apply from the next shift, with written confirmation to follow only if the Council asks for it.', 'verbal-agreement'],
      ['The Trust shall consider at the year-end review whether the Contractor earns a performance payment and, if so, of what amount.', 'agreement-to-agree'],
      ['Extra sites will be charged at rates in a price list that the Supplier will issue and the Council will need to approve.', 'agreement-to-agree'],
      ['Each season we\'ll review with you how many coaching hours you get, and whatever we both agree on will apply.', 'agreement-to-agree'],
      ['Planned-maintenance exclusions will be listed in an operations manual that the parties are to work up together during onboarding.', 'agreement-to-agree'],
      ['Premium members get response times that we agree with each member individually.', 'agreement-to-agree'],
      ['Delay payments shall be such sum as may be agreed in the Delivery Plan.', 'agreement-to-agree'],
      ['The overall cap on the Contractor\'s liability shall be an amount to be agreed in writing by the parties.', 'agreement-to-agree'],
      ['Bespoke dashboards will be built once we have agreed the specification with you.', 'agreement-to-agree'],
      ['The clubhouse opening times are to be confirmed by the Council before the Operational Commencement Date.', 'agreement-to-agree'],
      ['The categories of member data to be processed will be specified by the Controller at a later date.', 'agreement-to-agree'],
    ]);
  });
  it('spares a bounded priority, a named framework, which of them attends, a variation signed by both, no work without a change note, the client\'s own later choice, a cap in the order form, a decision on acceptance and a variation clause', () => {
    spares([
      'The Supplier shall fix Priority 1 faults as a matter of priority and in any event within 4 hours.',
      'The Contractor shall implement suitable security measures that meet the Protective Security Policy Framework (PSPF).',
      'The parties shall discuss which of them chairs each quarterly meeting, and the Supplier shall send the agenda within 5 days.',
      'A Variation agreed at a contract management meeting takes effect only once both parties have signed it.',
      'Where the Client has not signed a Change Note, the Supplier shall not start the work.',
      'The storage tier will be chosen by the Customer at a later date.',
      'Liability is capped at the amount agreed in writing in the Order Form.',
      'The Authority shall decide within 10 days whether to accept each deliverable.',
      'Changes to the scope must be agreed in writing by the parties.',
    ]);
  });
});

describe('round 126 (stop 41): a term put in a side letter, work done on a manager\'s word deemed approved where no form was signed, a change agreed at a meeting that takes effect without amendment, terms agreed when officers met, a deal arranged over a messaging app, an approval given in a conversation or on a call, a level presented at a demo that a customer is entitled to, a tier described at a webinar that applies, requests on site regarded as the controller\'s instructions, a schedule changed by message or by phone between two people, parties that will draw up or design a protocol together later, an agreement or pricing we will put together or work out with you, goals and aims of a contract part that are not a guarantee, events the named provider could not avoid, fair or sufficient warning to the client, substitution at its option or discretion and without notice, targets a party is not in breach for failing to meet, everything within reason, a variation by informal agreement reported once; spares a capped cost, a fixed window with written notice, a change effective once signed, a written agreement, a force-majeure excuse, the client\'s own right to substitute, milestones whose miss is a breach, changes agreed in writing, an approval by letter, work chargeable only on a purchase order, a protocol agreed in an annex, a disclosure only with written consent', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The service credit cap for the ferry booking portal will be fixed in a side letter.', 'agreement-to-agree'],
      ['The minimum call-out fee for the lock-keeper radios will be set in a side letter.', 'agreement-to-agree'],
      ['Firmware upgrades to the parking meters will usually happen overnight and with fair warning to the Purchaser.', 'vague-term'],
      ['The Contractor shall carry out planned outages of the archive server with sufficient warning to the Client.', 'vague-term'],
      ['Members of the rowing club plan are entitled to the faster support hours which were presented to them during the club visit.', 'verbal-agreement'],
      ['Subscribers are entitled to the backup retention that was described to them at the open day.', 'verbal-agreement'],
      ['Additional blackout dates for the ski-lift scanners may be agreed on the weekly operations call and shall apply at once, without amendment of this Agreement.', 'verbal-agreement'],
      ['Extra holiday closures for the ferry kiosks can be agreed during the fortnightly catch-up and take effect at once, without a written variation.', 'verbal-agreement'],
      ['Discounts you arrange with our Hanoi reseller over Zalo apply to your licence renewal.', 'verbal-agreement'],
      ['Delivery slots you negotiate with the courier\'s dispatcher via Viber apply to every order that month.', 'verbal-agreement'],
      ['Repairs carried out at the marina pumping station on the directions of the Council\'s harbour master are deemed authorised even where no Work Order has been issued.', 'verbal-agreement'],
      ['Extra cleaning done at the depot on the word of the Customer\'s site supervisor shall be treated as approved even if no Purchase Order was raised.', 'verbal-agreement'],
      ['Any shortening of the log retention period agreed when the two companies\' security officers met in Lyon applies without amendment of Schedule 4.', 'verbal-agreement'],
      ['A revised escalation path agreed when both firms\' service leads met in Leeds applies without amendment of the Contract.', 'verbal-agreement'],
      ['The controls in this Schedule outline the Supplier\'s resilience goals for the clinic booking system and are not a guarantee that it will never fail.', 'vague-term'],
      ['The safeguards listed in this Appendix capture the Vendor\'s protection aims for the archive and are not a promise that no data will be lost.', 'vague-term'],
      ['The Council\'s parking manager may authorize changes to the enforcement zones covered by the Contractor\'s camera vans in a conversation with the Contractor\'s account lead.', 'verbal-agreement'],
      ['The Trust\'s records manager may authorise exports of archived case files held on the old document server to the Processor\'s scanning contractor in a conversation with the Processor\'s project lead.', 'verbal-agreement'],
      ['Service credits for the tram ticket machines shall not be payable for any outage attributable to events the Maintenance Contractor could not avoid.', 'vague-term'],
      ['The availability commitment does not extend to failures caused by circumstances the Hosting Provider could not foresee.', 'vague-term'],
      ['The Supplier and the Authority shall draw up together at a later stage the protocol for handling subject access requests.', 'agreement-to-agree'],
      ['The Processor and the Controller will design together in the future the format of the monthly audit log export.', 'agreement-to-agree'],
      ['If your allotment society needs bespoke response times, we\'ll put an agreement together with you when you renew.', 'agreement-to-agree'],
      ['Should you require extra storage, we\'ll work pricing out with you once your usage grows.', 'agreement-to-agree'],
      ['Harbour Logic may replace the servers, routers or subcontractors used to run the marina booking system at its sole option and without notifying the Customer.', 'vague-term'],
      ['Northline Systems may swap any part of the hosting stack, including the database engine, at its discretion and without prior notice to the Client.', 'vague-term'],
      ['Project dates in the Migration Plan are planning targets, and the Supplier shall not be liable merely for failing to meet them.', 'vague-term'],
      ['Go-live dates for the library kiosks are tentative goals, and the Vendor will not be in default solely by failing to achieve them.', 'vague-term'],
      ['The enhanced storage quota that Cloudmill\'s onboarding team showed during the webinar in Graz applies to Customer\'s archive tenant.', 'verbal-agreement'],
      ['Requests that tenants put to the Processor\'s surveyors on site about meter access shall be regarded as the Controller\'s instructions.', 'verbal-agreement'],
      ['The cleaning rota for the data hall may be altered by WhatsApp message between the facilities manager and the Supplier\'s engineer.', 'verbal-agreement'],
      ['Delivery windows for the kiosk spares may be rescheduled by phone between the store manager and the courier\'s dispatcher.', 'verbal-agreement'],
      ['Tidewater IT will do everything within reason to keep the museum\'s ticketing system available during the summer exhibition.', 'vague-term'],
      ['The Contractor shall take all steps within reason to protect the parish records from loss.', 'vague-term'],
      ['The Processor may disclose the pupils\' contact information to a catering supplier if the school\'s data lead consents on a video call.', 'verbal-agreement'],
      ['The Processor may share customers\' billing information with a debt agency if the Controller\'s finance director agrees during a call.', 'verbal-agreement'],
      ['The Supplier\'s delivery lead and the Council\'s fleet manager may vary response times by informal agreement during their monthly walk-round.', 'verbal-agreement'],
      ['The two site managers may vary resolution targets by verbal agreement at their Friday stand-up.', 'verbal-agreement'],
    ]);
  });
  it('reports a variation by informal agreement and a change agreed at a meeting without amendment once, as the informal step', () => {
    for (const s of [
      'The Supplier\'s delivery lead and the Council\'s fleet manager may vary response times by informal agreement during their monthly walk-round.',
      'The two site managers may vary resolution targets by verbal agreement at their Friday stand-up.',
      'Additional blackout dates for the ski-lift scanners may be agreed on the weekly operations call and shall apply at once, without amendment of this Agreement.',
      'Extra holiday closures for the ferry kiosks can be agreed during the fortnightly catch-up and take effect at once, without a written variation.',
    ]) expect([...new Set(codes(s))], s).toEqual(['verbal-agreement']);
  });
  it('spares a capped cost, a fixed window with written notice, a change effective once signed, a written agreement, a force-majeure excuse, the client\'s own right to substitute, a breach for missed milestones, changes agreed in writing, an approval by letter, work chargeable only on a purchase order, a protocol agreed in an annex and a disclosure only with written consent', () => {
    spares([
      'We will cover reasonable costs you incur because of a billing error, up to the amount of one month\'s fee or 100 EUR, whichever is lower.',
      'Firmware upgrades to the parking meters shall take place between 01:00 and 05:00 with at least 7 days\' written notice to the Council.',
      'Additional blackout dates may be agreed at the weekly operations meeting and take effect only once both parties have signed a Change Note.',
      'Rates that you agree with our dealer in writing apply to your equipment rental.',
      'Neither party shall be liable for any failure caused by events it could not prevent, as described in the Force Majeure clause.',
      'The Customer may replace named users of the booking system at its option and without notice to the Supplier.',
      'The Contractor shall meet the milestones in the Migration Plan, and is in breach if it fails to meet any of them.',
      'Changes to the cleaning rota must be agreed in writing and signed by both parties.',
      'The Council\'s parking manager may approve changes to the enforcement zones by signed letter to the Contractor.',
      'Work done on the instructions of the Customer\'s site supervisor is chargeable only where a Purchase Order has been issued.',
      'The parties have agreed the protocol for handling subject access requests in Annex 3.',
      'The Processor shall not disclose the pupils\' contact information to anyone unless the school\'s data lead agrees in writing.',
      'We will cover reasonable expenses you incur because of a failed meter reading, up to the amount of two months\' charge.',
      'The Supplier shall reimburse reasonable costs arising from a missed collection, up to one month\'s fee.',
    ]);
  });
});

describe('round 127 (stop 42): a change treated as agreed on a call or agreed over dinner reported once, a step confirmed once acknowledged on a call, a consent given in a message and relied on, fault categories walked through at a visit that apply, a message that suffices as an instruction, a call that constitutes the authorisation, a right given after a phone call, work accepted without a variation form after a call, work done per a chat under the fee, work invoiced as if the order had been signed, terms left to a later contract, a talk about the fees, settings switched on once agreed with your team, a retention kept unless it considers it justified, a limit if we think the use excessive, procedures amended without notifying the client, an approach rather than commitments; spares the other side\'s reasonable instructions, a deadline at the start of the next day, a change that applies once an order form is sent, a duty to confirm in writing after a call, the client\'s own right to revise, a limit with a number, a duty to warn, binding commitments, a side letter, work not chargeable before signature, force majeure, a ticket raised after a call', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['Removal of the test accounts shall be considered confirmed once the Customer\'s IT lead has acknowledged it during the Friday catch-up call.', 'verbal-agreement'],
      ['Handover of the spare keys shall be regarded as complete once the Trust\'s estates officer has acknowledged it during the weekly site call.', 'verbal-agreement'],
      ['Consent from the Trust to reuse anonymised appointment data was obtained through the Supplier\'s account manager in a Teams message and is relied on under this Agreement.', 'verbal-agreement'],
      ['The fault categories that the two duty managers went through at the warehouse visit apply in place of Annex 2.', 'verbal-agreement'],
      ['The revised fault-severity table that the parties went through at the depot walk-round applies instead of Table 1.', 'verbal-agreement'],
      ['A Teams message from the school\'s data lead approving longer retention of CCTV footage shall suffice as a written instruction for the purposes of this Addendum.', 'verbal-agreement'],
      ['The Processor may engage the backup hosting partner named during the 3 June video call, and that call shall constitute the Controller\'s prior authorisation.', 'verbal-agreement'],
      ['Following a phone call with the Council\'s records manager, the Contractor may destroy the paper files held at the old depot.', 'verbal-agreement'],
      ['After a short chat with the Customer\'s IT lead, the Supplier may reboot the production servers during business hours.', 'verbal-agreement'],
      ['Following a call with the Trust\'s estates manager, the Supplier\'s relocation of the server rack is accepted without a variation form.', 'verbal-agreement'],
      ['Per the Slack thread with the Customer\'s office manager, the Supplier now backs up the reception PCs under the standard monthly fee.', 'verbal-agreement'],
      ['As per the Teams chat with the Council\'s IT lead, we now monitor the library Wi-Fi for the fixed support fee.', 'verbal-agreement'],
      ['Support given to the new branch before a signed Order Form is in place shall be invoiced as if that Order Form had been signed.', 'verbal-agreement'],
      ['Installation work begun before the purchase order was issued shall be paid as though the purchase order had been issued.', 'verbal-agreement'],
      ['The service credits for the harbour sensors will be the subject of a subsequent call-off contract.', 'agreement-to-agree'],
      ['Support hours for the pilot sites shall be the subject of a future supply agreement.', 'agreement-to-agree'],
      ['Should you want weekend cover, we\'ll talk about pricing when you need it.', 'agreement-to-agree'],
      ['If your team grows beyond fifty users, we\'ll talk about the fees at renewal.', 'agreement-to-agree'],
      ['Custom alert thresholds for your freezer sensors go live once we\'ve agreed them with your facilities team.', 'agreement-to-agree'],
      ['The retention limits for the visitor logs take effect once we have agreed them with your data officer.', 'agreement-to-agree'],
      ['The Supplier shall return all archived footage at the end of the contract, unless it considers that keeping a copy is justified.', 'vague-term'],
      ['We may restrict your API calls if we think your traffic is abusive.', 'vague-term'],
      ['The Vendor may amend the backup procedures for the clinic system at any time and without notifying the Customer.', 'vague-term'],
      ['The Processor may update the access controls for the payroll archive without informing the Controller.', 'vague-term'],
      ['The controls listed in this Schedule describe the Supplier\'s current approach rather than contractual obligations.', 'vague-term'],
      ['The response times in this Annex reflect the Provider\'s intended approach and not firm promises.', 'vague-term'],
      ['The Supplier shall provide reasonable instructions for use of the kiosks.', 'vague-term'],
    ]);
  });
  it('reports a change treated as agreed on a call, and one agreed over dinner or coffee, once, as the informal step', () => {
    for (const s of [
      'The Supplier may treat a short extension of the delivery window as agreed where the Council\'s fleet officer has signalled assent on a phone call.',
      'The late-payment interest was informally waived for the first quarter, as agreed between the two finance leads over dinner in Ghent.',
      'The weekend call-out fee was dropped for the festival fortnight, as agreed between the site managers over coffee.',
    ]) expect([...new Set(codes(s))], s).toEqual(['verbal-agreement']);
  });
  it('spares the other side\'s reasonable instructions, a deadline at the start of the next day, a change that applies only once an order form is sent or a change note signed, a duty to confirm a call in writing, the client\'s own right to revise, a revision with written notice, a limit with a number, a duty to warn, binding commitments, a side letter, work not chargeable before signature, force majeure, a request treated as withdrawn and a ticket the client may raise after a call', () => {
    spares([
      'The Supplier shall follow the Council\'s reasonable instructions on site access, provided that any instruction that adds cost is issued as a written Change Order.',
      'The Contractor shall comply with all reasonable directions of the Authority.',
      'The Supplier shall report any failure of a ticket gate as soon as possible and no later than the start of the next business day.',
      'The Processor shall notify the Controller of any breach as soon as possible and before the end of the following working day.',
      'Changes to your hosting plan that we discuss on a call only take effect once we send you a revised Order Form and you accept it.',
      'Any scope change talked through at the weekly meeting only applies after both parties have signed a Change Note.',
      'Following a phone call with the Council\'s records manager, the Contractor shall confirm the destruction of the files in writing.',
      'The Customer may revise its list of named users at any time and without informing the Supplier.',
      'The Processor may revise the security controls, but shall inform the Controller at least 30 days before any change takes effect.',
      'We may limit the number of reports you can export each month to 100.',
      'The Processor shall inform the Controller if it considers that an instruction infringes data protection law.',
      'The security measures in this Annex are binding commitments of the Processor.',
      'The late-payment interest was waived for the first quarter, as agreed in the signed side letter.',
      'Work started before the Statement of Work is signed is not chargeable.',
      'Neither party shall be liable for delay caused by a Force Majeure Event, and the affected party shall resume the service as soon as possible.',
      'The Supplier may treat a request as withdrawn where the Customer has not replied within 10 Business Days.',
      'Following a call with the Supplier\'s engineer, the Customer may raise a ticket in the portal.',
    ]);
  });
});

describe('round 128 (stop 42): a term decided by one party after further consultation, terms the parties shall discuss and agree, a choice both sides will review together once a phase ends, rates negotiated case by case, a bracketed annex left blank, changes agreed during routine visits that may be implemented, a fit-for-purpose level, services varied at its sole discretion, a feed paused whenever we think it\'s necessary; spares oral instructions acted on only once confirmed by email, a cancellation that takes effect only when you click the emailed link, measures proportionate to the risk that include at a minimum a named floor, guidance the client may issue at intervals of its choosing, expenses at rates not exceeding those of a policy, a fallback, a dispute, the client\'s own right, rates applied case by case, a signed change note, a filled-in schedule, force majeure', () => {
  it('reads the new wordings of each class', () => {
    readsAs([
      ['The retention period for the CCTV footage shall be decided by the Trust after further consultation with the Supplier.', 'agreement-to-agree'],
      ['The storage quota will be fixed by the Council after further discussions with the Provider.', 'agreement-to-agree'],
      ['The parties shall discuss and agree the Supplier\'s liability cap for third-party data claims as part of the renewal negotiations.', 'agreement-to-agree'],
      ['You and our data team will decide together, after the first month, which dashboards are shared with the board.', 'agreement-to-agree'],
      ['We and your finance team will review together, once the first quarter closes, what discount applies to the renewal.', 'agreement-to-agree'],
      ['Call-out fees for weekend attendance will be at prices agreed on a case-by-case basis.', 'agreement-to-agree'],
      ['Charges for bespoke reports shall be at rates negotiated with the Customer on an ad hoc basis.', 'agreement-to-agree'],
      ['The escalation contacts for the helpdesk are listed in [Schedule ●].', 'agreement-to-agree'],
      ['The Fees for the second site are as set out in [Appendix •], to be completed before signature.', 'agreement-to-agree'],
      ['Adjustments to the delivery slots agreed with the Council\'s depot manager during routine visits may be made in the booking system without further approval.', 'verbal-agreement'],
      ['Changes to the cleaning rota approved by the caretaker during site visits may be applied without further sign-off.', 'verbal-agreement'],
      ['The Contractor shall provide a fit-for-purpose disaster recovery arrangement for the archive.', 'vague-term'],
      ['We will supply fit for purpose hardware for each kiosk.', 'vague-term'],
      ['The Provider shall keep a level of spare capacity fit for purpose across both data centres.', 'vague-term'],
      ['Halden IT may vary the monitored services, the backup software and the Fees at its sole discretion.', 'vague-term'],
      ['Northwind may switch off the public API whenever we believe it\'s necessary.', 'vague-term'],
      ['The Provider may interrupt the booking service for upgrades whenever it thinks that\'s necessary.', 'vague-term'],
    ]);
  });
  it('spares oral instructions acted on only once confirmed in writing, a cancellation that takes effect only when you tap the link sent to you, a floor named in a relative clause, the client\'s own timing of guidance, a cost bounded by the rates of a policy, a fallback, a dispute, the client\'s own right, fixed rates applied case by case, a signed change note, a filled-in schedule, force majeure, a cap set by a clause', () => {
    spares([
      'Oral instructions from the Council\'s officers do not bind the Supplier, which shall act on them only after they have been confirmed in writing.',
      'Verbal requests from school staff are not Change Requests, and the Contractor shall act on them only once confirmed by email from the Head of IT.',
      'If you ask us on the phone to pause your plan, we\'ll text you a link, and the pause becomes effective only once you tap it.',
      'The Supplier shall implement controls proportionate to the risks to the booking platform, which must include at a minimum the measures in Annex 3.',
      'The Contractor shall apply safeguards proportionate to the risk to the pupil records, which shall include at a minimum those in the Department\'s Cyber Standards.',
      'The Council may publish revised data standards at intervals of its choosing, which the Supplier shall adopt within 30 days of publication.',
      'The Council shall reimburse reasonable subsistence costs of the Supplier\'s engineers, at rates no higher than those in the Council\'s Expenses Policy.',
      'The parties shall discuss and agree the revised plan within 10 Business Days, failing which the Supplier\'s plan in Schedule 3 shall apply.',
      'If a dispute arises over an invoice, the contract managers shall discuss and agree a way forward.',
      'The Customer may vary the services at its sole discretion by giving 30 days\' written notice.',
      'The Customer may pause the data feeds whenever it thinks it\'s necessary.',
      'Charges for out-of-scope work shall be at the rates in Schedule 2, applied on a case-by-case basis.',
      'Changes discussed during routine visits shall only take effect once recorded in a signed Change Note.',
      'The escalation contacts are listed in Schedule 4, to be kept up to date by the Supplier.',
      'Neither party shall be liable for any delay caused by a Force Majeure Event, which the affected party shall notify within 2 Business Days.',
      'The liability cap shall be determined in accordance with clause 14 after consultation with the Customer\'s insurers has closed.',
    ]);
  });
});

describe('round 129 (stop 42): a price we will quote and agree with you, a period for so long as is reasonably necessary, a window or option list left in brackets, a change of how data is kept made whenever we think it\'s necessary, downtime or maintenance asked for in a text or SMS, a party informed during a call, a promise by a member of the team at a stall or booth, work requested while showing someone round; spares a sufficient or adequate level measured by a figure or named standard, an aim backed by a firm time limit, an effort to agree with a fallback that applies, short notice that counts as Downtime, reasonable help limited to listed acts, a step by phone or chat that takes effect only once written or shown in the account', () => {
  it('reads the new informal steps', () => {
    readsAs([
      ['Downtime asked for by the Customer in an SMS to the duty engineer shall be classed as Customer-Requested Maintenance.', 'verbal-agreement'],
      ['Any credit promised to you by a member of our team at a farmers\' market stall will be honoured.', 'verbal-agreement'],
      ['Any discount offered by members of our sales staff at a craft fair booth applies for the first year.', 'verbal-agreement'],
      ['Extra work that the site manager requested while taking our engineers round the warehouse shall be paid at the Schedule 4 rates.', 'verbal-agreement'],
      ['The clinic\'s practice manager informed the Processor during a phone call that appointment notes may be shared with the pharmacy, and the Processor shall share them.', 'verbal-agreement'],
      ['The league secretary informs the Supplier at the monthly meeting which fixtures may be streamed, and the Supplier shall stream them.', 'verbal-agreement'],
    ]);
  });
  it('reads a window or option list left in brackets and a change made whenever the provider thinks it necessary', () => {
    readsAs([
      ['Extra training days are charged at rates we\'ll propose and agree with you in advance.', 'agreement-to-agree'],
      ['Weekend cover is available at a fee we will calculate and settle with you at the time.', 'agreement-to-agree'],
      ['Video footage is kept for so long as it is technically possible.', 'vague-term'],
      ['Support hours: [weekday] from [opening time] to [closing time] local time.', 'agreement-to-agree'],
      ['The Renewal Date is [renewal day] of each year.', 'agreement-to-agree'],
      ['Billing frequency: [monthly / quarterly – choose one].', 'agreement-to-agree'],
      ['Governing law: [England and Wales / Scotland – delete as appropriate].', 'agreement-to-agree'],
      ['We may alter how we back up your booking records whenever we think it\'s necessary, without telling you.', 'vague-term'],
    ]);
  });
  it('spares a schedule, an acronym or a list of standards in brackets, and the client\'s own change', () => {
    spares([
      'Support hours are set out in [Schedule 2].',
      'The service runs on Central European Time [CET].',
      'The Supplier shall comply with [ISO 27001 / SOC 2].',
      'The Customer may change the backup schedule whenever it thinks it necessary.',
      'Extra training days are charged at the rates we quote in Schedule 3.',
      'The Supplier may retain the logs so long as the Customer pays the storage fee.',
    ]);
  });
  it('spares a party kept informed of progress, requests in writing, a promise in a written policy', () => {
    spares([
      'The Supplier shall keep the Customer informed of progress on site visits through the monthly report.',
      'Maintenance requested by the Customer in writing shall be scheduled within 5 Business Days.',
      'Any refund promised in our Refund Policy will be paid within 14 days.',
      'The Customer\'s IT lead informed our engineer in writing that the old backups may be deleted.',
    ]);
  });
  it('reads the look-alikes that still leave a term open', () => {
    readsAs([
      ['The Supplier shall keep spare capacity on the booking cluster sufficient to meet the Customer\'s needs.', 'vague-term'],
      // A year is no figure: the capacity is still whatever the Supplier judges enough.
      ['The Supplier shall keep spare capacity on the booking cluster adequate to handle peak loads in 2027.', 'vague-term'],
      ['We aim to answer support emails within two hours.', 'vague-term'],
      ['The Provider shall try to agree the transition plan within 60 days.', 'vague-term'],
      ['Urgent patches to the ticketing platform may be applied at short notice.', 'vague-term'],
      ['The Client shall give the Supplier reasonable co-operation in testing the interface.', 'vague-term'],
      ['You can downgrade your plan by phoning us, and the change takes effect straight away.', 'verbal-agreement'],
      ['Anything our advisers tell you over the phone is binding on us.', 'verbal-agreement'],
    ]);
  });
  it('spares the new wordings of each class', () => {
    spares([
      'The Supplier shall keep spare capacity on the booking cluster sufficient to handle 5,000 concurrent users.',
      'The Contractor shall hold a fuel reserve at the pumping station adequate to run the generators for 48 hours.',
      'We aim to answer support emails within two hours and will always answer by the end of the next business day.',
      'The Provider shall try to agree the transition plan within 60 days; failing agreement, the plan in Schedule 6 shall apply.',
      'Urgent patches to the ticketing platform may be applied at short notice, but any such interruption counts as Downtime.',
      'The Client shall give the Supplier reasonable co-operation in testing the interface, limited to providing test data and a named contact.',
      'You can downgrade your plan by phoning us, but the change only takes effect once we\'ve emailed you a confirmation.',
      'Anything our advisers tell you over the phone is advice only; changes to your subscription take effect only once shown in your account dashboard.',
    ]);
  });
});

describe('round 130 (stop 43): a provider named by its own name that may limit the client\'s use when it thinks that use excessive, service levels revised by a named provider from time to time without notice, intervals appropriate to the client\'s operations, a frequency that reflects the weather, a service open at times convenient to someone, objectives that do not warrant, limits that are approximate and that the provider may apply as it likes', () => {
  it('reads a named provider that may limit the client\'s use on its own judgement, as "we" and "the Supplier" already were read', () => {
    readsAs([
      // The gap found in the editor.
      ['Routewise may limit the number of tracking requests if it thinks the Trust\'s usage is excessive.', 'vague-term'],
      ['Harbour Freight may throttle the Trust\'s bandwidth if it believes the Trust\'s traffic is excessive.', 'vague-term'],
      ['Harbourline may throttle your bandwidth where it considers your usage is abusive.', 'vague-term'],
      ['The Supplier may limit the number of API calls if it thinks the Customer\'s usage is excessive.', 'vague-term'],
      ['We may limit the number of tracking requests if we think your usage is excessive.', 'vague-term'],
    ]);
  });
  it('spares a limit with a figure, and the client that limits the provider', () => {
    spares([
      'Routewise may limit the number of tracking requests if the Trust\'s usage exceeds 10,000 requests a day.',
      'Routewise may limit the number of tracking requests to 10,000 a day.',
      'The Trust may limit the number of tracking requests if it thinks Routewise\'s charges are excessive.',
      'The Customer may restrict the Supplier\'s access if it thinks the Supplier\'s usage is excessive.',
    ]);
  });
  it('reads levels revised by the provider from time to time without notice, a soft interval, frequency or opening time, and a promise made an aim', () => {
    readsAs([
      ['Response times may be changed by Harbourline periodically without notice.', 'vague-term'],
      ['The maintenance schedule may be varied by Routewise from time to time without notice to the Trust.', 'vague-term'],
      ['Service Levels may be revised by the Supplier from time to time without notice to the Customer.', 'vague-term'],
      ['The Supplier shall service the generators at such intervals as are appropriate to the Authority\'s operations.', 'vague-term'],
      ['The Contractor shall inspect the pumps at such intervals as are suitable to the Customer\'s operations.', 'vague-term'],
      ['The Contractor shall survey the beaches at a frequency that reflects tidal conditions.', 'vague-term'],
      ['Gritting runs shall be made at intervals that depend on local weather conditions.', 'vague-term'],
      ['The help desk shall be staffed at times convenient to the Customer\'s users.', 'vague-term'],
      ['The Supplier shall keep the booking line open at times convenient for parents.', 'vague-term'],
      ['The availability figures in Annex 1 are service objectives and do not warrant that the booking portal will be reachable at any given hour.', 'vague-term'],
      ['The response times in Schedule 3 are service goals and do not warrant that every call will be answered within them.', 'vague-term'],
      ['Storage limits are approximate and we may adjust them whenever demand is high.', 'vague-term'],
      ['Bandwidth caps on the guest network are approximate, and we may enforce them differently at busy times.', 'vague-term'],
    ]);
  });
  it('spares the client\'s own revision, a change on notice or with consent, a bounded frequency, the client\'s own times, a warranty that is kept, and figures that are not limits', () => {
    spares([
      'Service Levels may be revised by the Customer from time to time without notice to the Supplier.',
      'Response times may be changed by Harbourline from time to time, subject to 90 days\' notice to the Customer.',
      'Service Levels may be revised by the Supplier from time to time with the Customer\'s written agreement.',
      'The Supplier shall service the generators at times reasonable to the Customer.',
      'The Contractor shall survey the beaches at a frequency that reflects tidal conditions, and in any event at least monthly.',
      'The Contractor shall survey the beaches at a frequency that reflects the Monitoring Plan in Schedule 3.',
      'The Customer may open the portal at times convenient to its staff.',
      'The Supplier shall attend site at a time convenient to the Customer, and in any event within 5 Business Days.',
      'The Supplier warrants that the response times in Schedule 2 will be met and does not warrant that every ticket will be resolved at first contact.',
      'The distances shown on the route map are approximate and we may update them.',
      'Storage limits are approximate and the Customer may ask for them to be raised.',
    ]);
  });
  it('reads a term left to a variation, change note or side letter still to be issued later, a document that has yet to be written, and a fee that will be announced', () => {
    readsAs([
      ['The retention schedule shall be set out in a change note to be issued after go-live.', 'agreement-to-agree'],
      ['The retention schedule shall be set out in a Variation to be executed once the trial ends.', 'agreement-to-agree'],
      ['Escalation contacts shall be named in a side letter to be issued once the pilot ends.', 'agreement-to-agree'],
      ['The Supplier shall restore service within the time given in the parties\' recovery runbook, which has yet to be written.', 'agreement-to-agree'],
      ['The surcharge for weekend deliveries will be announced nearer the time.', 'agreement-to-agree'],
      ['Rates for the winter season will be announced later.', 'agreement-to-agree'],
    ]);
  });
  it('spares a variation clause, a document to be delivered by a deadline, and an announcement that is no term', () => {
    spares([
      'Any change to the Services shall be made in a Variation to be signed by both parties.',
      'The Supplier shall deliver the Exit Plan, which has yet to be drafted, within 30 days of the Effective Date.',
      'The winners will be announced after the event.',
      'Maintenance windows will be announced at least 7 days in advance.',
    ]);
  });
  it('reads an approval at a field day, and work on something named at length that was asked for through an informal channel', () => {
    readsAs([
      ['The booking changes were approved by the Council\'s events officer at a field day and may go ahead.', 'verbal-agreement'],
      ['Spraying of the trial plots was agreed with the grower at the spring field day and may start on that basis.', 'verbal-agreement'],
      ['Extra work on the Dundee planetarium projector that the Customer\'s operations manager requested while showing our technicians round the building shall be paid at the rates in Schedule 4.', 'verbal-agreement'],
      ['The Supplier has built the fixture-export feature for the Tralee junior league portal requested by the Customer\'s club secretary at the presentation on 12 June, and the Customer shall pay for it at Schedule 3 rates.', 'verbal-agreement'],
      ['Maintenance on the backup generator that the Trust\'s estates lead booked during a site visit shall be charged at the day rate.', 'verbal-agreement'],
    ]);
  });
  it('spares work on something named at length that was asked for in a signed request or by purchase order', () => {
    spares([
      'Extra training for the new finance module that the Customer requested in a signed Change Request shall be invoiced at the day rate.',
      'Work on the network that the Customer requested by purchase order shall be invoiced at the day rate.',
    ]);
  });
  it('reads a talk between two people, a date arranged when someone dropped in, a promise made when visiting one of the client\'s rehearsals or concerts, a text that extends, licences taken up after a call, a talk with one of our staff at a show, a level demonstrated at a pitch that applies as the Service Level, and a permission with a long object given at a meeting', () => {
    readsAs([
      ['Following the discussion between our account manager and the Trust\'s IT lead, the Supplier may apply the new retention settings.', 'verbal-agreement'],
      ['If you arranged an earlier collection date with our depot staff when you dropped in, we will collect on that date.', 'verbal-agreement'],
      ['If you booked an extra cleaning visit with our site team when you called in, we will not charge the call-out fee.', 'verbal-agreement'],
      ['Your subscription covers the extra reports our director agreed to design for your choir when he visited one of your concerts.', 'verbal-agreement'],
      ['If our support lead texts you that your deadline is extended, the extension stands even if the portal still shows the old date.', 'verbal-agreement'],
      ['Additional seats taken up following a call with the Council\'s IT officer shall be invoiced at list price.', 'verbal-agreement'],
      ['If you joined after talking with one of our staff at the Harrogate growers\' show, the free month they offered applies to your first renewal.', 'verbal-agreement'],
      ['If you upgraded after speaking to one of our agents at the Taupo farmers\' expo, the saving they offered applies for the life of your account.', 'verbal-agreement'],
      ['If our consultant demonstrated a shorter backup window during the pitch, that window applies as the Service Level.', 'verbal-agreement'],
      ['Permission to move the archive to the Supplier\'s new Frankfurt disaster recovery data centre was given at the steering meeting and may be relied on by the Supplier.', 'verbal-agreement'],
    ]);
  });
  it('spares a ticket raised after a talk, a text that tells news, seats taken up by signed order, and the same steps made binding only in writing', () => {
    spares([
      'Following the discussion between our account manager and the Trust\'s IT lead, the Trust may raise a ticket in the portal.',
      'If our engineer texts you that your parcel has arrived, you may collect it from the depot.',
      'Additional seats taken up through a signed Order Form shall be invoiced at list price.',
      'If you switched plans after talking to one of our sales advisers at the trade show, the new plan applies only once we have emailed you an Order Form.',
      'If our consultant demonstrated a shorter backup window during the pitch, that window applies as the Service Level only once it is set out in a signed Change Note.',
      'Permission to move the archive to the Supplier\'s new Frankfurt disaster recovery data centre was given in a signed letter and may be relied on by the Supplier.',
    ]);
  });
});

describe('round 131 (stop 43): features, parts and numbers a provider may change alone (a list of three verbs, a bare noun, "whenever we like", "if we think it necessary", the consent waived in a comma-insert before the verb), enough capacity a party must ensure there is, training as is fitting, and a timeframe the parties will fix in a named protocol', () => {
  it('reads a provider that may change features, parts or numbers alone', () => {
    readsAs([
      ['We reserve the right to modify, suspend or withdraw features of the booking portal without notice to you.', 'vague-term'],
      ['The Provider reserves the right to change, suspend or remove modules of the reporting suite at any time.', 'vague-term'],
      ['We can reshape, rename or retire any part of the route planner whenever we like.', 'vague-term'],
      ['We may redesign or retire any component of the dashboard whenever we choose.', 'vague-term'],
      ['We may limit the number of concurrent sessions if we think it necessary.', 'vague-term'],
      ['The Provider may, without the Customer\'s consent, substitute different hosting sites and alter the retention period for the archive.', 'vague-term'],
      ['We may, without notice to you, replace the storage hardware and change the backup schedule.', 'vague-term'],
    ]);
  });
  it('spares the same changes on written notice or agreement, at the client\'s request, by the client, or forbidden', () => {
    spares([
      'We reserve the right to modify, suspend or withdraw features of the booking portal on 90 days\' written notice to you.',
      'We can reshape, rename or retire any part of the route planner only with your written agreement.',
      'We may reduce the number of user seats if you ask us to.',
      'The Customer may reduce the number of user seats if it considers it necessary.',
      'The Customer may, without the Provider\'s consent, change the named users on its account.',
      'The Provider may not, without the Customer\'s consent, substitute different hosting sites.',
    ]);
  });
  it('reads enough capacity or staff a party must ensure there is, training as is fitting, and a timeframe the parties will fix in a protocol named in lower case', () => {
    readsAs([
      ['The Contractor shall ensure there are enough engineers to cover the winter peak.', 'vague-term'],
      ['The Supplier shall ensure there is enough helpdesk capacity to handle renewals.', 'vague-term'],
      ['The Processor shall ensure that its staff receive such security training as is fitting for their duties.', 'vague-term'],
      ['The Processor shall notify breaches within a period the parties will fix in the incident handling procedure.', 'agreement-to-agree'],
    ]);
  });
  it('spares a fitting manner that is no standard of a duty, and the parties fixing incidents or defects', () => {
    spares([
      'It is fitting that the parties record their thanks.',
      'The parties will fix the incidents raised in the pilot before go-live.',
      'Both parties will fix any defects found during acceptance testing.',
      'The parties will fix in the incident log each error found in testing.',
    ]);
  });
});

describe('round 131 (stop 43): a change by phone or call that applies only once accepted in the account, attendance in person, an instruction priced in a named pricing schedule, a discretion capped in its proviso, a clock window in any event, and no reducing change without written acceptance', () => {
  it('spares a call whose change applies only once accepted in the account or dashboard, attendance in person that is charged, an instruction priced in a named schedule, a capped discretion, a clock window in all cases, and a reduction that needs written acceptance', () => {
    spares([
      'If you reach us by phone, we\'ll send a written summary of any change to your plan, and the change applies only after you accept that summary in your account.',
      'You may request a call with our onboarding specialists at any time, but any change to your subscription only applies once you accept it in the account dashboard.',
      'If you ring our sales team, any upgrade they offer only applies once you accept it in your account.',
      'The Client may, at its discretion, request that an engineer attend the plant room in person, such attendance being charged at the rates in Schedule 4.',
      'The Authority may, from time to time, instruct the Contractor to carry out additional sound tests, each to be paid at the rate in the Pricing Schedule.',
      'Scheduled maintenance may be performed at the Provider\'s discretion, provided that it does not exceed six hours per month and occurs between 23:00 and 05:00 GMT.',
      'Planned works may be carried out at the Supplier\'s discretion, provided that they do not exceed 4 hours in any calendar month.',
      'Where reasonably practicable the Supplier shall schedule updates outside opening hours, and in all cases updates to the till system shall be made between 00:00 and 06:00.',
      'Where possible the Contractor shall patch outside trading hours, and in any event patches shall be applied between 22.00 and 04.00.',
      'We may update these terms, but no change that reduces the service levels for your sites will take effect without your written acceptance.',
      'The Provider may revise the service levels, but no revision which lowers them shall take effect without the Customer\'s written consent.',
    ]);
  });
  it('still reads a change agreed by phone that applies on a staff member\'s word, an approval in person, an oral instruction, a discretion with only notice, a clock window that is no limit, and a reducing change that needs only notice', () => {
    readsAs([
      ['If you agree a new plan with us by phone, the change applies only after our account manager confirms it.', 'verbal-agreement'],
      ['The engineer who attends your site may agree in person to waive the call-out fee, and that waiver binds us.', 'verbal-agreement'],
      ['An engineer who attends the site in person may approve extra work, which shall be charged at the day rate.', 'verbal-agreement'],
      ['The Authority\'s Contract Manager may instruct the Contractor orally to carry out additional sound tests, each to be paid at the rate in the Pricing Schedule.', 'verbal-agreement'],
      ['Scheduled maintenance may be performed at the Provider\'s discretion, provided that it gives reasonable notice.', 'vague-term'],
      ['Where reasonably practicable the Supplier shall schedule updates outside opening hours, and support is available between 09:00 and 17:00.', 'vague-term'],
      ['We may update these terms, but no change that reduces the service levels will take effect without notice.', 'vague-term'],
    ]);
  });
});

describe('round 131 (stop 43): a promise or approval at a video consult, a concert, a field trial, a webinar or a roadshow', () => {
  it('reads a statement, promise, grant or approval made at one of these events that the sentence gives effect', () => {
    readsAs([
      ['If one of our vets told you on a video consult that follow-up chats about your herd are free, that promise forms part of your subscription.', 'verbal-agreement'],
      ['Our founder promised your choir at the launch concert that you would keep the founding-member price forever, and we stand by that promise.', 'verbal-agreement'],
      ['Approval given by the Authority\'s procurement officer during the orchard field trial to expand the trap network shall constitute a valid Call-Off Order.', 'verbal-agreement'],
      ['Extra storage for the imagery was granted to the Customer by the Provider\'s solutions architect at a webinar Q&A and is included in the Subscription Fee.', 'verbal-agreement'],
      ['Any free-trial extension our team gave you at the community transport roadshow applies to your account.', 'verbal-agreement'],
    ]);
  });
  it('spares the same events where nothing is agreed at them, and a step at a roadshow confirmed in a signed form', () => {
    spares([
      'The Supplier shall record each video consult in the patient file.',
      'Ticket sales for the launch concert close at noon.',
      'During the field trial the Service Levels shall not apply.',
      'Our webinars are recorded and may be viewed in the customer portal.',
      'The roadshow schedule is published on our website.',
      'Support questions raised at a webinar will be answered by email within 2 business days.',
      'Any free-trial extension our team gave you at the roadshow applies only once it is confirmed in a signed Order Form.',
    ]);
  });
});

describe('round 132 (stop 44): a fee announced nearer a go-live, launch or start date (its subject a fee, price, charge, rate or cost with a phrase of up to seven words after it), and a number, quantity or volume one party will confirm at a later stage', () => {
  it('reads a fee, price, charge or rate still to be announced before a named stage, and a quantity one party will set at a later stage', () => {
    readsAs([
      ['The fee for each extra loading bay will be announced closer to the go-live date.', 'agreement-to-agree'],
      ['The charge for every extra warehouse will be announced closer to the launch date.', 'agreement-to-agree'],
      ['The price of each further licence pack will be announced nearer to the go-live date.', 'agreement-to-agree'],
      ['Rates for the optional weekend cover will be announced closer to go-live.', 'agreement-to-agree'],
      ['The monthly fee payable for any additional site shall be announced nearer the start date.', 'agreement-to-agree'],
      ['The quantity of meal vouchers to be supplied at each depot shall be confirmed by the Buyer in a purchase order to be raised at a later date.', 'agreement-to-agree'],
      ['The volume of scans to be processed each month shall be confirmed by the Customer at a later stage.', 'agreement-to-agree'],
      ['The number of training days for the second phase will be confirmed by the Trust later.', 'agreement-to-agree'],
    ]);
  });
  it('spares results or winners announced, notice of a change to a fee in force, an announced fee with a fallback, and a quantity confirmed for each delivery or in a dated order', () => {
    spares([
      'The results of the price review will be announced closer to the go-live date.',
      'The winners of the cost-saving challenge will be announced closer to the launch date.',
      'Any increase to the fee for each additional depot will be announced at least 60 days before it takes effect.',
      'Changes to the charges for extra depots will be announced by email before they apply.',
      'The fee for each further depot will be announced closer to go-live, failing which the depot rate in Schedule 2 applies.',
      'Any price change will be announced in an email to you at least two months ahead.',
      'The venue for the kick-off will be announced closer to the go-live date.',
      'The number of attendees will be confirmed by the Customer before each session.',
      'The number of sessions shall be confirmed by the Authority in the Call-off Order dated 1 March 2027.',
      'The number of user accounts will be confirmed by the Customer when it places each order.',
    ]);
  });
});

describe('round 132 (stop 44): a level consistent with, or work in line with, a party\'s usual, normal or ordinary standards or practices, use beyond what is normal, typical or expected, and a time that is an aspiration or an ambition the provider does not guarantee', () => {
  it('reads a party\'s usual standards or practices as the measure, use beyond the normal as a threshold, and an aim about a time that the provider does not guarantee', () => {
    readsAs([
      ['Uptime of the booking portal shall be kept at a level consistent with the Supplier\'s normal standards.', 'vague-term'],
      ['Backups will be taken in line with the Provider\'s usual practices.', 'vague-term'],
      ['Patches will be applied in keeping with our ordinary standards.', 'vague-term'],
      ['Records will be destroyed in accordance with the Contractor\'s customary procedures.', 'vague-term'],
      ['If the Client\'s API calls go beyond typical usage, we may slow them down.', 'vague-term'],
      ['Where traffic to the portal is in excess of the usual volumes, the Supplier may queue requests.', 'vague-term'],
      ['Where the Customer\'s storage exceeds expected consumption, the Provider may suspend new uploads.', 'vague-term'],
      ['Our help desk should answer calls within a minute, but this is an ambition and we do not promise it.', 'vague-term'],
      ['Our courier app should confirm bookings within 30 seconds, but that is an aim and the Provider does not guarantee it.', 'vague-term'],
    ]);
  });
  it('spares standards or procedures a document sets out, business hours, use beyond a stated figure or a defined level, normal levels that only trigger an alarm, and an aspiration about no level', () => {
    spares([
      'Backups will be taken in accordance with the procedures in Schedule 3.',
      'The Provider\'s usual standards are set out in Annex B and apply to availability.',
      'Uptime of the booking portal shall be kept at a level consistent with the Supplier\'s usual standards set out in Schedule 2.',
      'The service will be staffed during the Provider\'s normal business hours.',
      'Where uploads exceed normal usage, meaning more than 50 GB in any day, the Provider may throttle throughput.',
      'Where uploads exceed the normal usage set out in the Order Form, the Provider may throttle throughput.',
      'Temperatures in the server room that exceed normal levels trigger an alarm.',
      'We hope to open a second office in Leeds, but that is an aspiration and we don\'t guarantee it.',
      'Our aspiration is to be carbon neutral by 2030.',
      'The courier app confirms bookings within 30 seconds, and that is a commitment we guarantee.',
    ]);
  });
});

describe('round 132 (stop 44): data kept in a secure environment, location, manner or facility with no measure named, and a statement by the provider\'s staff that dispenses with a step a clause of the contract requires', () => {
  it('reads data kept in a secure place or manner, and a step the contract requires dispensed with on what a member of staff told the client', () => {
    readsAs([
      ['The Contractor shall keep the visitor logs in a secure location.', 'vague-term'],
      ['Backup tapes will be held by the Supplier in secure facilities.', 'vague-term'],
      ['Our staff will handle your payroll files in a secure manner.', 'vague-term'],
      ['The Supplier\'s duty engineer told the Client that outage credits would be applied without any claim, so the Client need not file the credit notices required by clause 12.', 'verbal-agreement'],
      ['Our support manager told you that refunds would be issued automatically, so you don\'t have to submit the refund forms required under section 4.', 'verbal-agreement'],
      ['The Contractor\'s site manager told the Customer that the defects would be logged for it, so the Customer does not need to send the defect reports otherwise required by Schedule 3.', 'verbal-agreement'],
    ]);
  });
  it('spares a secure place that meets a named standard or is named, a secure place the client provides, a step dispensed with where no one said anything or in a signed letter, and a statement that dispenses with nothing', () => {
    spares([
      'The Processor shall keep the records in a secure environment certified to ISO/IEC 27001:2022.',
      'The Processor shall keep the records in a secure location, namely the locked archive room described in Annex 2.',
      'The Processor shall keep the records in a secure environment that meets the controls listed in Annex II.',
      'The Customer shall provide a secure location for the on-site server.',
      'The kiosk offers a secure login for each member.',
      'Where the Provider\'s monitoring detects the outage, the Customer need not submit the claims otherwise required by clause 6.',
      'Any claim under clause 6 need not be submitted where the Provider has already credited the amount.',
      'The Provider\'s account manager confirmed in a signed letter to the Customer that credits would be paid automatically, so the Customer need not submit the claims required by clause 6.',
      'The Provider\'s engineer told the Customer that the outage was caused by its own network.',
    ]);
  });
});

describe('round 132 (stop 44): a decision put off to a subsequent stage, and one party that will decide at a later stage after a comma-insert', () => {
  it('reads a quantity or fee one party will set at a subsequent stage, and a decision at a later stage after a comma-insert before "decide"', () => {
    readsAs([
      ['The fee for the extra reports will be fixed by the Provider at a subsequent date.', 'agreement-to-agree'],
      ['The Council will, after hearing the Supplier, decide at a later stage whether the second depot is charged per visit or per month.', 'agreement-to-agree'],
      ['The Agency shall, having reviewed the pilot, decide at a later point whether support for the kiosks is billed monthly or yearly.', 'agreement-to-agree'],
    ]);
  });
  it('spares the client\'s own choice, a delivery at a subsequent stage with a date, and a decision after a comma-insert with a deadline or on the client\'s own acceptance', () => {
    spares([
      'The Customer may choose its storage tier at a subsequent stage.',
      'The Provider shall deliver the second batch of loggers at a subsequent stage of the rollout, no later than 30 June 2027.',
      'The Authority shall, following consultation with the Contractor, decide any dispute about the invoice within 10 days.',
      'The Customer shall, after testing, decide whether to accept the release.',
    ]);
  });
});
