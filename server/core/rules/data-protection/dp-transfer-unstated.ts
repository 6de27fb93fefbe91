/** dp-transfer-unstated: the data is kept outside the area a data-protection law protects, with no transfer basis stated. */
import { REGIONS, type Value } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { appendToStatement, appliedRegulations, dpStatements } from './shared.js';

/** Where a location puts the data: inside the EU/EEA, inside the UK, or elsewhere. */
export type Zone = 'eea' | 'uk' | 'other';

/** The area each law protects, and its transfer rules in a few words. */
const LAWS: Record<string, { zone: Zone; area: string; bases: string }> = {
  GDPR: {
    zone: 'eea',
    area: 'the EU/EEA',
    bases: 'GDPR Chapter V: an adequacy decision (Art. 45), standard contractual clauses (Art. 46(2)(c)) or binding corporate rules (Art. 47)',
  },
  UK_GDPR: {
    zone: 'uk',
    area: 'the UK',
    bases: 'UK GDPR Chapter V: UK adequacy regulations (which cover the EEA), the IDTA or the UK Addendum to the EU clauses, or binding corporate rules',
  },
};

const EEA_NAMES = [
  'European Union', 'European Economic Area', 'Austria', 'Belgium', 'Bulgaria', 'Croatia', 'Cyprus', 'Czechia', 'Czech Republic', 'Denmark',
  'Estonia', 'Finland', 'France', 'Germany', 'Greece', 'Hungary', 'Ireland', 'Italy', 'Latvia', 'Lithuania', 'Luxembourg', 'Malta',
  'Netherlands', 'Holland', 'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', 'Spain', 'Sweden', 'Iceland', 'Liechtenstein', 'Norway',
  // Cities where the large clouds keep EU regions.
  'Frankfurt', 'Amsterdam', 'Dublin', 'Paris', 'Stockholm', 'Milan', 'Madrid', 'Warsaw', 'Vienna', 'Brussels', 'Helsinki', 'Oslo',
];
const UK_NAMES = ['United Kingdom', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'London', 'Manchester', 'Cardiff', 'Edinburgh'];
const OTHER_NAMES = [
  'United States', 'America', 'Canada', 'Switzerland', 'India', 'China', 'Japan', 'Singapore', 'Australia', 'New Zealand', 'Brazil',
  'Mexico', 'Israel', 'Philippines', 'South Africa', 'worldwide', 'global', 'globally', 'anywhere',
  // Cities and states where the large clouds keep regions outside Europe.
  'Virginia', 'Oregon', 'Ohio', 'California', 'Texas', 'Iowa', 'Zurich', 'Geneva', 'Mumbai', 'Sydney', 'Tokyo', 'Toronto', 'Montreal', 'Sao Paulo', 'São Paulo',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const namesSource = (list: readonly string[]) => `\\b(?:${list.map(escape).join('|')})\\b`;
const EEA_RE = new RegExp(namesSource(EEA_NAMES), 'i');
const UK_RE = new RegExp(namesSource(UK_NAMES), 'i');
const UK_RE_ALL = new RegExp(namesSource(UK_NAMES), 'gi');
const OTHER_RE = new RegExp(namesSource(OTHER_NAMES), 'i');
/** Codes count only in capitals, so that "us" and "eu" inside ordinary words and sentences do not. */
const CODE_ZONES: Record<string, Zone> = { EU: 'eea', EEA: 'eea', UK: 'uk', GB: 'uk', US: 'other', USA: 'other', 'U.S.': 'other', 'U.S.A.': 'other' };
const CODE_RE = /(?<![A-Za-z.])(?:U\.S\.A\.|U\.S\.|USA|US|EU|EEA|UK|GB)(?![A-Za-z])/g;

/**
 * The zones a location names: a region word is one zone (EU and EEA the
 * EU/EEA, UK the UK, every other region elsewhere); a string is read for the
 * countries and codes it names. Empty when the checker cannot place it.
 */
export function locationZones(v: Value): Set<Zone> {
  const zones = new Set<Zone>();
  if (v.kind === 'word') {
    if ((REGIONS as readonly string[]).includes(v.text)) zones.add(CODE_ZONES[v.text] ?? 'other');
    return zones;
  }
  if (v.kind !== 'string' && v.kind !== 'textblock') return zones;
  // "Northern Ireland" is in the UK: take the UK's names out before looking for Ireland.
  if (UK_RE.test(v.value)) zones.add('uk');
  const rest = v.value.replace(UK_RE_ALL, ' ');
  if (EEA_RE.test(rest)) zones.add('eea');
  if (OTHER_RE.test(rest)) zones.add('other');
  for (const m of rest.matchAll(CODE_RE)) zones.add(CODE_ZONES[m[0]]!);
  return zones;
}

export const dpTransferUnstated: Rule = {
  code: 'dp-transfer-unstated',
  severity: 'warning',
  category: 'data-protection',
  description: 'The GDPR or UK GDPR applies and a `location` outside the EU/EEA (or the UK) states no transfer basis (`transfer scc|adequacy|bcr|none`).',
  // Chapter V binds the exporter and the importer alike: an unlawful transfer is both parties' problem.
  protects: 'both',
  check({ contracts, report }) {
    for (const c of contracts) {
      const laws = appliedRegulations(c).filter((r) => r in LAWS);
      if (!laws.length) continue;
      for (const m of dpStatements(c, 'location')) {
        // `transfer none|scc|adequacy|bcr` all state a basis; a misspelt one is `invalid-value`'s.
        if (m.fields.transfer !== undefined) continue;
        const place = m.fields.value;
        if (place === undefined || Array.isArray(place)) continue;
        // A place the checker cannot recognise (or a misspelt region, `invalid-value`'s) is not reported.
        const zones = locationZones(place);
        if (!zones.size) continue;
        const broken = laws.filter((l) => [...zones].some((z) => z !== LAWS[l]!.zone));
        if (!broken.length) continue;
        const areas = broken.map((l) => LAWS[l]!.area).join(' and ');
        // UK data kept in the EEA: the UK's own adequacy regulations are the basis.
        const ukToEea = broken.length === 1 && broken[0] === 'UK_GDPR' && !zones.has('other');
        const hint = ukToEea
          ? 'write `transfer adequacy` (the UK recognises the EEA as adequate)'
          : 'state the legal ground, e.g. `transfer adequacy` (an adequacy decision), `transfer scc` or `transfer bcr`';
        report({
          message: `\`location ${place.text}\` puts the client's data outside ${areas} with no transfer basis, which ${broken.join(' and ')} require${broken.length > 1 ? '' : 's'}: ${hint}.`,
          span: place.span,
          // The basis is a legal choice for the parties: offered as choices, never preferred.
          fixes: [appendToStatement(m.stmt, 'State the transfer basis', `transfer \${1|${ukToEea ? 'adequacy,scc,bcr' : 'scc,adequacy,bcr'}|}`)],
        });
      }
    }
  },
};
