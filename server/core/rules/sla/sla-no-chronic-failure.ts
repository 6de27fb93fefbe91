/** sla-no-chronic-failure: an availability SLA gives the client no right to leave after repeated failure. */
import type { Rule } from '../../types.js';
import { insertInBlockFix } from '../util.js';
import { promisedUptimes, slaItems, slaLabel } from './sla-values.js';

export const slaNoChronicFailure: Rule = {
  code: 'sla-no-chronic-failure',
  severity: 'info',
  category: 'sla',
  protects: 'client',
  description: 'An availability SLA gives the client no right to terminate when the service keeps failing.',
  check({ parse, config, contracts, report }) {
    for (const c of contracts) {
      for (const sla of c.slas) {
        if (!sla.uptimes.length || slaItems(sla, 'chronic_failure').length) continue;
        // With `sole_remedy`, `sla-sole-remedy-weak` reports the missing exit where it
        // hurts most (credits as the only remedy); report it once.
        if (slaItems(sla, 'sole_remedy').length && config.rules['sla-sole-remedy-weak'] !== 'off') continue;
        const uptime = promisedUptimes(sla, config.sla.maxUptimePercent)[0]?.value;
        const example = uptime ? `chronic_failure terminate when below ${uptime.text} for 3 of 6 months` : 'chronic_failure terminate for 3 of 6 months';
        report({
          message: `${slaLabel(sla)} gives the client no right to leave when availability keeps falling short: add a chronic-failure exit, e.g. \`${example}\`.`,
          span: sla.stmt.lineSpan,
          // Which level and how many months are the parties' choice: placeholders only, built only when asked for.
          fixes: () => {
            const fix = insertInBlockFix(
              parse,
              sla.stmt,
              'Add a right to terminate after repeated failure',
              uptime ? `chronic_failure terminate when below \${1:${uptime.text}} for \${2:3} of \${3:6} months` : 'chronic_failure terminate for ${1:3} of ${2:6} months',
            );
            return fix ? [{ ...fix, preferred: false }] : [];
          },
        });
      }
    }
  },
};
