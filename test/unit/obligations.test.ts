/**
 * Obligations per party: who owes what and by when, with the span of the
 * statement that creates each item (for the tree view and the rendered table).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { contractObligations, obligationsByParty, type Obligation } from '../../server/core/obligations.js';

const managedText = fs.readFileSync(path.join(__dirname, '../../examples/managed-services.contract'), 'utf8');
const managed = parse(managedText);
const contract = managed.ast.contracts[0]!;

/** The source text of the line an obligation points at. */
const sourceOf = (o: Obligation) => managedText.slice(o.span.start, o.span.end);

describe('obligations of the clean example', () => {
  const all = contractObligations(contract);

  it('lists response and resolution times per priority, pointing at the priority line', () => {
    const respond = all.find((o) => o.kind === 'respond' && o.what.startsWith('Respond to critical incidents'))!;
    expect(respond).toMatchObject({ party: 'provider', when: 'within 15 minutes', keyword: 'priority' });
    expect(respond.what).toBe('Respond to critical incidents (Help desk support and Managed network security)');
    expect(sourceOf(respond)).toBe('priority critical respond within 15 minutes resolve within 4 hours');
    const resolve = all.find((o) => o.kind === 'resolve' && o.what.startsWith('Resolve normal-priority'))!;
    expect(resolve.when).toBe('within 5 business days');
  });

  it('lists the client’s payments with their due terms, and the late fee', () => {
    const client = all.filter((o) => o.party === 'client');
    expect(client.find((o) => o.kind === 'payment')).toMatchObject({ what: 'Pay the fee of 12,500.00 USD per month', when: 'within 30 days after each invoice' });
    expect(client.find((o) => o.kind === 'late-payment')?.what).toBe('Pay a late fee of 1.5% per month on overdue amounts');
    expect(client.find((o) => o.kind === 'termination-fee')?.what).toBe('Pay a termination fee of 2 months of fees');
  });

  it('computes the non-renewal notice deadline as a date, for both parties', () => {
    const notices = all.filter((o) => o.kind === 'renewal-notice');
    expect(notices.map((o) => o.party)).toEqual(['client', 'provider']);
    expect(notices[0]!.date).toEqual({ year: 2028, month: 11, day: 1 });
    expect(notices[0]!.when).toContain('by 1 November 2028');
  });

  it('lists reports, reviews, breach notice, data return and transition assistance', () => {
    const kinds = (party: string) => new Set(all.filter((o) => o.party === party).map((o) => o.kind));
    expect([...kinds('provider')]).toEqual(
      expect.arrayContaining(['availability', 'respond', 'resolve', 'target', 'service-credit', 'invoice', 'breach-notice', 'data-return', 'transition', 'report', 'review', 'cure']),
    );
    expect(all.find((o) => o.kind === 'breach-notice')?.when).toBe('within 48 hours of becoming aware of it');
    expect(all.find((o) => o.kind === 'availability')?.when).toBe('every month (at most 43 min 50 s of downtime in a 30.44-day month)');
    expect(all.find((o) => o.kind === 'report')?.what).toBe('Report to the Client on “SLA performance, open incidents and security events”');
  });

  it('groups the obligations per declared party, in source order', () => {
    const groups = obligationsByParty(contract);
    expect(groups.map((g) => [g.role, g.name, g.label])).toEqual([
      ['provider', 'acme', 'Acme Managed Services LLC (Provider)'],
      ['client', 'globex', 'Globex Corporation (Client)'],
    ]);
    expect(groups[0]!.obligations.every((o) => o.party === 'provider')).toBe(true);
    expect(groups[1]!.obligations.length).toBeGreaterThan(4);
    expect(managedText.slice(groups[0]!.span!.start, groups[0]!.span!.end)).toBe('party provider acme "Acme Managed Services LLC"');
  });

  it('keeps the items sorted by their position in the source', () => {
    const starts = all.map((o) => o.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('who owes what', () => {
  const of = (body: string) => contractObligations(parse(`contract "T" {\n${body}\n}\n`).ast.contracts[0]!);

  it('binds the provider to cure when only the client may terminate for cause, and the reverse', () => {
    expect(of('termination {\n for_cause client cure 30 days\n}').map((o) => o.party)).toEqual(['provider']);
    expect(of('termination {\n for_cause provider cure 10 days\n}').map((o) => o.party)).toEqual(['client']);
    expect(of('termination {\n for_cause either cure 10 days\n}').map((o) => o.party)).toEqual(['client', 'provider']);
  });

  it('gives the notice for convenience to the party that may terminate', () => {
    const items = of('termination {\n for_convenience provider notice 6 months\n}');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ party: 'provider', kind: 'termination-notice', when: 'at least 6 months in advance' });
  });

  it('says when a time is not measurable instead of inventing one', () => {
    const items = of('sla s for x {\n priority critical respond within "promptly"\n}');
    expect(items[0]!.when).toBe('“promptly” (not a measurable time)');
  });

  it('keeps a group for a role that no party declares, so no obligation is lost', () => {
    const groups = obligationsByParty(parse('contract "T" {\n payment {\n fee 10 USD monthly\n due on_receipt\n }\n}\n').ast.contracts[0]!);
    expect(groups.map((g) => g.label)).toEqual(['The Provider', 'The Client']);
    expect(groups[1]!.obligations[0]).toMatchObject({ what: 'Pay the fee of 10 USD per month', when: 'on receipt of each invoice' });
  });
});
