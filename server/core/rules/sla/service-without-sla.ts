/** service-without-sla: a service in `scope` that no SLA covers. */
import { nearest } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { insertClauseFix } from '../util.js';
import { serviceNames } from './sla-unknown-service.js';

export const serviceWithoutSla: Rule = {
  code: 'service-without-sla',
  severity: 'info',
  category: 'sla',
  protects: 'client',
  description: 'A service in the scope has no service level: nothing says how well it must be delivered.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      // With no SLA at all, `missing-sla` reports the whole gap once.
      if (!c.slas.length) continue;
      const names = serviceNames(c);
      // A misspelt name in an SLA (`sla-unknown-service` suggests the fix) still shows which service was meant.
      const known = new Set(names);
      const covered = new Set(c.slas.flatMap((s) => s.services.map((w) => (known.has(w.text) ? w.text : (nearest(w.text, names) ?? w.text)))));
      for (const scope of c.scopes) {
        for (const svc of scope.services) {
          if (!svc.name || covered.has(svc.name.text)) continue;
          const n = svc.name.text;
          const snippet = `sla \${1:${n}_sla} for ${n} {
  priority \${2|critical,high,normal,low|} respond within \${3:4 hours} resolve within \${4:2 business_days}
  measured_by "\${5:How the service level is measured}"
  credit \${6:5}% per breach
}`;
          report({
            message: `No SLA covers the service \`${n}\`, so nothing says how well it must be delivered: add it to an SLA's \`for\` list, or add one, e.g. \`sla ${n}_sla for ${n} { … }\`.`,
            span: svc.name.span,
            // Built only when asked for: a long scope may list hundreds of services without SLAs.
            fixes: () => [{ ...insertClauseFix(parse, c, 'sla', `Add an SLA for \`${n}\``, snippet), preferred: false }],
          });
        }
      }
    }
  },
};
