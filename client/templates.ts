/**
 * Contract templates offered by "Clausewise: New contract from template". Each
 * is a VS Code snippet (tab stops with `${n:…}`) so that the user tabs from
 * one blank to the next, top to bottom (tab stops are numbered in the order
 * they first appear); the placeholders are valid values, so a template that
 * is left untouched still parses. The first line is the contract's own, so
 * that nothing but the contract names the new document.
 */

/** One template shown in the quick pick. */
export interface ContractTemplate {
  label: string;
  detail: string;
  snippet: string;
}

const MANAGED_SERVICES = `contract "\${1:Managed IT Services Agreement}" {
  id "\${2:MSA-2027-001}"
  effective \${3:2027-01-01}
  governing_law "\${4:State of New York}"

  party provider \${5:provider} "\${6:Provider LLC}" {
    address "\${7:Street, City}"
    notices "\${8:legal@provider.example}"
  }

  party client \${9:client} "\${10:Client Corporation}" {
    address "\${11:Street, City}"
    notices "\${12:contracts@client.example}"
  }

  scope {
    service \${13:helpdesk} "\${14:Help desk support}" {
      hours \${15|24x7,business|}
      channels phone, email, portal
    }
    exclude "\${16:Hardware replacement parts}"
  }

  sla \${17:incidents} for \${13:helpdesk} {
    priority critical respond within \${18:15 minutes} resolve within \${19:4 hours}
    priority high respond within \${20:1 hour} resolve within \${21:1 business_day}
    uptime \${22:99.9}% monthly
    measured_by "\${23:Ticket timestamps in the provider's service desk}"
    credit \${24:10}% when below \${22:99.9}%
    credit_cap \${25:50}%
  }

  payment {
    fee \${26:12500.00} \${27:USD} monthly
    model fixed
    invoice monthly in_advance
    due \${28:30} days after invoice
    late_fee \${29:1.5}% monthly
    expenses cap \${30:1000} \${27:USD} monthly preapproved
    price_increase cap \${31:3}% yearly
  }

  data_protection {
    comply \${32:GDPR}
    breach_notice within \${33:48 hours}
    access "\${34:Named provider engineers only, with multi-factor authentication}"
    encryption at_rest, in_transit
    location "\${35:European Union}"
    return_data within \${36:30 days} after termination
  }

  term {
    initial \${37:24 months}
    renewal automatic \${38:12 months} notice \${39:60 days}
  }

  termination {
    for_convenience client notice \${40:90 days} fee \${41:2 months}
    for_cause either cure \${42:30 days}
    transition \${43:60 days}
  }

  reporting {
    report monthly "\${44:SLA performance and open incidents}"
    review quarterly
  }
}
$0`;

const SAAS_SUBSCRIPTION = `contract "\${1:SaaS Subscription Agreement}" {
  id "\${2:SAAS-2027-001}"
  effective \${3:2027-01-01}
  governing_law "\${4:England and Wales}"

  party provider \${5:vendor} "\${6:Vendor Ltd}" {
    address "\${7:Street, City}"
    notices "\${8:legal@vendor.example}"
  }

  party client \${9:client} "\${10:Client Corporation}" {
    address "\${11:Street, City}"
    notices "\${12:contracts@client.example}"
  }

  scope {
    service \${13:platform} "\${14:Hosted application, available over the internet}" {
      hours 24x7
      channels \${15:email, portal}
      type saas
    }
    exclude "\${16:Custom development and on-site services}"
  }

  sla \${17:availability} for \${13:platform} {
    uptime \${18:99.9}% \${19|monthly,quarterly|}
    window \${20|24x7,business|}
    measured_by \${21|independent,client,provider|} "\${22:External probe every 60 seconds from two regions}"
    maintenance max \${23:4} hours \${19|monthly,quarterly|} notice \${24:5} days
    exclude \${25:force_majeure, client_caused}
    credit \${26:10}% when below \${18:99.9}%
    credit \${27:25}% when below \${28:99.0}%
    credit_cap \${29:50}%
    claim within \${30:30} days after \${31|month_end,incident,eligibility|}
    credits applied \${32|future_invoices,refund|}
    chronic_failure terminate when below \${33:99.0}% for \${34:3} of \${35:6} months
  }

  sla \${36:support} for \${13:platform} {
    priority \${37:p1} respond within \${38:30 minutes} resolve within \${39:4 hours}
    priority \${40:p2} respond within \${41:2 hours} resolve within \${42:1 business_day}
    measured_by \${43|client,independent,provider|} "\${44:Ticket timestamps in the service desk portal, which the client can export}"
    notify outage within \${45:30} minutes
    updates every \${46:60} minutes
    root_cause within \${47:5} business_days
    credit \${48:5}% when \${37:p1} resolve over \${39:4 hours}
    credit_cap \${49:20}%
  }

  payment {
    model \${50|usage,fixed|}
    fee \${51:2500.00} \${52:USD} \${53|monthly,quarterly,yearly|}
    rate "\${54:Named user}" \${55:25.00} \${52:USD} monthly per \${56:user}
    invoice \${57|monthly,quarterly,yearly|} \${58|in_advance,in_arrears|}
    due \${59:30} days after invoice
    late_fee \${60:1}% monthly
    price_increase index \${61|CPI,HICP,RPI,ECI|} cap \${62:3}% yearly notice \${63:60} days
    suspension after \${64:30} days overdue notice \${65:10} days
    disputes pay_undisputed notify within \${66:15} days
  }

  liability {
    cap \${67:12} months fees
    exclude \${68:indirect, lost_profits}
    uncapped \${69:confidentiality, gross_negligence, wilful_misconduct}
    super_cap data_breach \${70:24} months fees
    indemnify provider for \${71:ip_infringement, third_party_claims}
    insurance \${72|cyber,professional_indemnity,general_liability|} \${73:5000000} \${52:USD}
  }

  data_protection {
    comply \${74|GDPR,UK_GDPR,HIPAA,CCPA|}
    breach_notice within \${75:48 hours}
    access "\${76:Named vendor engineers only, with multi-factor authentication}"
    encryption at_rest, in_transit
    subprocessors notify \${77:30} days objection
    audit \${78|reports,client|} "\${79:SOC 2 Type II}" yearly
    location \${80|EU,EEA,UK,US,CH|} transfer \${81|scc,adequacy,bcr,none|}
    return_data within \${82:30} days after termination format "\${83:CSV}"
    delete_data within \${84:30} days certified
  }

  changes {
    provider may_change \${85:services, policies} notice \${86:90} days
    client may_terminate
    change_control written approvers "\${87:Client CIO}"
  }

  term {
    initial \${88:12 months}
    renewal automatic \${89:12 months} notice \${90:30 days}
  }

  termination {
    for_convenience client notice \${91:90 days}
    for_cause either cure \${92:30 days}
    transition \${93:90} days \${94|included,at_rates|}
  }

  reporting {
    report monthly "\${95:Availability, incidents and service credits}"
    review \${96|quarterly,yearly|}
  }
}
$0`;

const SOFTWARE_SUPPORT = `contract "\${1:Software Support Agreement}" {
  effective \${2:2027-01-01}

  party provider \${3:vendor} "\${4:Vendor Inc.}"
  party client \${5:client} "\${6:Client Corporation}"

  scope {
    service \${7:support} "\${8:Second-line support for the licensed software}" {
      hours business
      channels email, portal
    }
  }

  sla \${9:response} for \${7:support} {
    priority critical respond within \${10:1 hour} resolve within \${11:1 business_day}
    priority normal respond within \${12:4 business_hours} resolve within \${13:5 business_days}
    measured_by "\${14:Ticket timestamps in the vendor's portal}"
    credit \${15:5}% per breach
    credit_cap \${16:20}%
  }

  payment {
    fee \${17:2000.00} \${18:USD} yearly
    model fixed
    invoice yearly in_advance
    due \${19:30} days after invoice
    late_fee \${20:1}% monthly
    price_increase cap \${21:3}% yearly
  }

  term {
    initial \${22:12 months}
    renewal automatic \${23:12 months} notice \${24:30 days}
  }

  termination {
    for_cause either cure \${25:30 days}
    transition \${26:30 days}
  }
}
$0`;

const MINIMAL = `contract "\${1:Title of the agreement}" {
  effective \${2:2027-01-01}

  party provider \${3:provider} "\${4:Provider legal name}"
  party client \${5:client} "\${6:Client legal name}"

  scope {
    service \${7:service} "\${8:What the provider delivers}"
  }

  payment {
    fee \${9:1000.00} \${10:USD} \${11|monthly,quarterly,yearly|}
  }
  $0
}
`;

/** The title a template gives the contract (its first placeholder), which names the new document. */
export function templateTitle(t: ContractTemplate): string {
  return /^contract "\$\{1:([^}]*)\}"/.exec(t.snippet)?.[1] ?? 'Contract';
}

/** The templates, most complete first. */
export const TEMPLATES: readonly ContractTemplate[] = [
  {
    label: 'Managed IT services',
    detail: 'Every clause the checker looks for: scope, SLAs with credits, payment, data protection, term, exit and reporting.',
    snippet: MANAGED_SERVICES,
  },
  {
    label: 'SaaS subscription',
    detail: 'A subscription to hosted software: usage or fixed fees, an availability SLA with credits, claims and a chronic-failure exit, liability caps, data-processing terms, changes, and exit assistance.',
    snippet: SAAS_SUBSCRIPTION,
  },
  {
    label: 'Software support',
    detail: 'Business-hours support for licensed software with response-time SLAs and a yearly fee.',
    snippet: SOFTWARE_SUPPORT,
  },
  {
    label: 'Minimal skeleton',
    detail: 'Parties, one service and a fee; the checker then lists what is still missing.',
    snippet: MINIMAL,
  },
];
