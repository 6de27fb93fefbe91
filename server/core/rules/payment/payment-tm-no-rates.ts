/** payment-tm-no-rates: time-and-materials pricing with no `rate`, so the hours cannot be priced. */
import type { Rule } from '../../types.js';
import { insertInBlockFix } from '../util.js';
import { mainCurrency } from './payment-values.js';

export const paymentTmNoRates: Rule = {
  code: 'payment-tm-no-rates',
  severity: 'error',
  category: 'payment',
  protects: 'client',
  description: 'Time-and-materials pricing without any rate.',
  check({ parse, config, contracts, report }) {
    for (const c of contracts) {
      if (c.payments.some((p) => p.rates.length > 0)) continue;
      const currency = mainCurrency(c) ?? config.defaultCurrency;
      for (const p of c.payments) {
        for (const m of p.models) {
          if (m.value?.kind !== 'word' || m.value.text !== 'time_and_materials') continue;
          const fix = insertInBlockFix(parse, p.stmt, 'Add a rate', `rate "\${1:Senior engineer}" \${2:150} \${3:${currency}} \${4|hourly,daily|}`);
          report({
            message: `Time-and-materials pricing needs rates, but none is stated, so any hourly price can be billed: add one \`rate\` per role, e.g. \`rate "Senior engineer" 150 ${currency} hourly\`.`,
            span: m.value.span,
            fixes: fix ? [fix] : [],
          });
        }
      }
    }
  },
};
