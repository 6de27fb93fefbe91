/** sla-maintenance-uncapped: maintenance is excluded from downtime with no maximum or no advance notice. */
import { fieldValue, fieldValues, fieldWord, type Meaning } from '../../../../grammar/index.js';
import type { Fix, Rule } from '../../types.js';
import { insertInBlockFix, snippetToText } from '../util.js';
import { slaItems, slaLabel } from './sla-values.js';

const MAX_SNIPPET = 'max ${1:4 hours} ${2|monthly,weekly,quarterly|}';
const NOTICE_SNIPPET = 'notice ${1:5 days}';

/** Appends options to a statement; the values are placeholders, so the fix is never preferred. */
function appendFix(m: Meaning, title: string, snippet: string): Fix {
  const at = { start: m.stmt.lineSpan.end, end: m.stmt.lineSpan.end };
  return { title, edits: [{ span: at, newText: ` ${snippetToText(snippet)}` }], snippet: ` ${snippet}`, preferred: false };
}

export const slaMaintenanceUncapped: Rule = {
  code: 'sla-maintenance-uncapped',
  severity: 'warning',
  category: 'sla',
  protects: 'client',
  description: 'Maintenance does not count as downtime, but nothing limits how much of it there is or how far ahead it is announced.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      for (const sla of c.slas) {
        const all = slaItems(sla, 'maintenance');
        const planned = all.filter((m) => fieldWord(m.fields, 'kind') !== 'emergency');
        const emergency = all.filter((m) => fieldWord(m.fields, 'kind') === 'emergency');

        for (const m of planned) {
          const max = fieldValue(m.fields, 'max');
          const period = fieldValue(m.fields, 'period');
          const notice = fieldValue(m.fields, 'notice');
          if (max && period && notice) continue;
          const prose = fieldValue(m.fields, 'description');
          let problem: string;
          if (!max && !notice) {
            problem = prose
              ? 'is described in prose the checker cannot read, so it counts as unlimited maintenance with no set notice'
              : 'sets neither a maximum nor a notice period, so any outage announced as maintenance is excused';
          } else if (!max) {
            problem = `is announced ${notice!.text} ahead but has no maximum, so any amount of announced maintenance is excused`;
          } else if (!period) {
            problem = `limits each window to ${max.text} but not how often it happens, so the total is unlimited`;
          } else {
            problem = `is limited to ${max.text} ${period.text} but needs no advance notice, so the client cannot plan around it`;
          }
          // Built only when asked for: a version-1 contract has prose maintenance in every SLA.
          const fixes = (): Fix[] => {
            const out: Fix[] = [];
            if (!max) out.push(appendFix(m, notice ? 'Add a maximum per period' : 'Add a maximum and a notice period', notice ? MAX_SNIPPET : `${MAX_SNIPPET} notice \${3:5 days}`));
            else {
              // `max 4 hours` without a period: the period goes right after the duration.
              if (!period) out.push({ title: 'Say per which period', edits: [{ span: { start: max.span.end, end: max.span.end }, newText: ' monthly' }], snippet: ' ${1|monthly,weekly,quarterly|}', preferred: false });
              if (!notice) out.push(appendFix(m, 'Add a notice period', NOTICE_SNIPPET));
            }
            return out;
          };
          report({
            message: `Maintenance in ${slaLabel(sla, true)} does not count as downtime, but it ${problem}: cap it and require notice, e.g. \`maintenance max 4 hours monthly notice 5 days\`.`,
            span: m.stmt.lineSpan,
            fixes,
          });
        }

        for (const m of emergency) {
          if (fieldValue(m.fields, 'notice')) continue;
          report({
            message: `Emergency maintenance in ${slaLabel(sla, true)} needs no notice at all: require at least short notice, e.g. \`maintenance emergency notice 24 hours\`.`,
            span: m.stmt.lineSpan,
            fixes: [appendFix(m, 'Add a notice period', 'notice ${1:24 hours}')],
          });
        }

        // An exclusion with no maintenance statement at all: maintenance without limit.
        for (const ex of slaItems(sla, 'exclude')) {
          for (const v of fieldValues(ex.fields, 'exclusions')) {
            if (v.kind !== 'word') continue;
            if (v.text === 'scheduled_maintenance' && !planned.length) {
              const fix = insertInBlockFix(parse, sla.stmt, 'Add a maintenance allowance', `maintenance ${MAX_SNIPPET} notice \${3:5 days}`);
              if (fix) fix.preferred = false;
              report({
                message: `Scheduled maintenance is excluded from downtime, but ${slaLabel(sla, true)} does not cap it or say how far ahead it is announced: add a limit, e.g. \`maintenance max 4 hours monthly notice 5 days\`.`,
                span: v.span,
                fixes: fix ? [fix] : [],
              });
            } else if (v.text === 'emergency_maintenance' && !emergency.length) {
              const fix = insertInBlockFix(parse, sla.stmt, 'Add notice for emergency maintenance', 'maintenance emergency notice ${1:24 hours}');
              if (fix) fix.preferred = false;
              report({
                message: `Emergency maintenance is excluded from downtime, but ${slaLabel(sla, true)} does not say what notice it needs: add one, e.g. \`maintenance emergency notice 24 hours\`.`,
                span: v.span,
                fixes: fix ? [fix] : [],
              });
            }
          }
        }
      }
    }
  },
};
