/**
 * Clause skeletons inserted by the missing-* quick fixes, in LSP snippet syntax
 * (`${1:default}` tab stops, `${2|a,b|}` choices). Every value a skeleton
 * chooses is a tab stop, numbered in reading order; the defaults are complete,
 * measurable terms, so that accepting a fix as it stands adds no new error.
 */

/** A party statement; `role` is `provider` or `client`. */
export function partySkeleton(role: 'provider' | 'client'): string {
  const [name, legal] = role === 'provider' ? ['provider_name', 'Provider legal name'] : ['client_name', 'Client legal name'];
  return `party ${role} \${1:${name}} "\${2:${legal}}" {
  address "\${3:Registered address}"
  notices "\${4:Email address for formal notices}"
}`;
}

/**
 * Service statements for the given names (the services the SLAs already refer
 * to), or one `support` service; tab stops are numbered from `from`.
 */
function services(names: readonly string[], from: number): string[] {
  if (!names.length) return [`service \${${from}:support} "\${${from + 1}:Description of the service}" {`, `  hours \${${from + 2}|24x7,business|}`, '}'];
  return names.flatMap((n, i) => [`service ${n} "\${${from + 2 * i}:Description of the ${n} service}" {`, `  hours \${${from + 2 * i + 1}|24x7,business|}`, '}']);
}

/** A scope block with services for the given names (see {@link services}). */
export function scopeSkeleton(names: readonly string[]): string {
  const body = services(names, 1).map((l) => `  ${l}`);
  const next = names.length ? 2 * names.length + 1 : 4;
  return ['scope {', ...body, `  exclude "\${${next}:What the provider does not deliver}"`, '}'].join('\n');
}

/** Service statements to add to an empty scope (see {@link services}). */
export function serviceSkeleton(names: readonly string[]): string {
  return services(names, 1).join('\n');
}

/** An SLA covering `service` (the first service of the scope, when there is one). */
export function slaSkeleton(service: string): string {
  return `sla \${1:availability} for \${2:${service}} {
  uptime \${3:99.9}% \${4|monthly,quarterly,yearly|}
  measured_by "\${5:External monitoring probe every 60 seconds}"
  credit \${6:10}% when below \${3:99.9}%
  credit_cap \${7:50}%
}`;
}

export const DATA_PROTECTION_SKELETON = `data_protection {
  comply \${1|GDPR,HIPAA,CCPA,PCI_DSS,SOC2,ISO27001|}
  breach_notice within \${2:48} hours
  access "\${3:Named provider engineers only, with multi-factor authentication}"
  encryption \${4:at_rest, in_transit}
  location "\${5:European Union}"
  return_data within \${6:30} days after termination
  audit \${7|client,reports|} \${8|yearly,quarterly|}
  subprocessors \${9|approval client,notify objection,flow_down|}
}`;

export const TERM_SKELETON = `term {
  initial \${1:12} months
  renewal \${2|manual,none|}
}`;

export const TERMINATION_SKELETON = `termination {
  for_convenience \${1|client,either|} notice \${2:90} days
  for_cause \${3|either,client|} cure \${4:30} days
  transition \${5:60} days
}`;

export const REPORTING_SKELETON = `reporting {
  report \${1|monthly,quarterly|} "\${2:SLA performance and open incidents}"
  review \${3|quarterly,monthly,yearly|}
}`;

/** A free clause named `name`, with a heading derived from the name. */
export function clauseSkeleton(name: string): string {
  const heading = name.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
  return `clause ${name} "\${1:${heading}}" {
  text """
    \${2:The terms of this clause.}
  """
}`;
}
