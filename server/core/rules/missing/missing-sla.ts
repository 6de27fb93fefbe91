/** missing-sla: the contract has no service level agreement at all. */
import { missingBlockRule } from './block-rule.js';
import { slaSkeleton } from './skeletons.js';

export const missingSla = missingBlockRule({
  code: 'missing-sla',
  severity: 'warning',
  protects: 'client',
  keyword: 'sla',
  description: 'The contract promises no measurable service levels.',
  message:
    'This contract has no `sla`: add one, e.g. `sla availability for servers { uptime 99.9% monthly … }`.',
  fixTitle: 'Add a service level agreement',
  skeleton: (c) => slaSkeleton(c.scopes.flatMap((s) => s.services).find((s) => s.name)?.name?.text ?? 'service'),
  present: (c) => c.slas.length > 0,
});
