/**
 * ISO 4217 currency codes as data: the active alphabetic codes of the
 * standard's "list one" (current currencies and funds), and a short table of
 * withdrawn codes that still turn up in contracts, each with its successor.
 */

/** Every active ISO 4217 alphabetic code (list one, including funds and precious metals). */
export const ISO_4217_ACTIVE: ReadonlySet<string> = new Set(
  (
    'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
    'CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR ' +
    'FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY ' +
    'KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK ' +
    'MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF ' +
    'SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS ' +
    'UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF ' +
    'XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG'
  ).split(' '),
);

/** Withdrawn codes still seen in contracts, mapped to the code that replaced them. */
export const ISO_4217_WITHDRAWN: Readonly<Record<string, string>> = {
  ANG: 'XCG',
  ATS: 'EUR',
  BEF: 'EUR',
  BGN: 'EUR',
  BYR: 'BYN',
  CUC: 'CUP',
  CYP: 'EUR',
  DEM: 'EUR',
  EEK: 'EUR',
  ESP: 'EUR',
  FIM: 'EUR',
  FRF: 'EUR',
  GHC: 'GHS',
  GRD: 'EUR',
  HRK: 'EUR',
  IEP: 'EUR',
  ITL: 'EUR',
  LTL: 'EUR',
  LUF: 'EUR',
  LVL: 'EUR',
  MRO: 'MRU',
  MTL: 'EUR',
  MZM: 'MZN',
  NLG: 'EUR',
  PTE: 'EUR',
  RUR: 'RUB',
  SIT: 'EUR',
  SKK: 'EUR',
  SLL: 'SLE',
  STD: 'STN',
  TRL: 'TRY',
  VEF: 'VES',
  ZMK: 'ZMW',
  ZWL: 'ZWG',
};

/**
 * Why a recently withdrawn code went, for the message: a contract drafted
 * from an older template still carries it, and the reader should see that the
 * code was once right.
 */
export const ISO_4217_WITHDRAWN_WHY: Readonly<Record<string, string>> = {
  BGN: 'Bulgaria adopted the euro on 1 January 2026',
  HRK: 'Croatia adopted the euro on 1 January 2023',
  ANG: 'Curaçao and Sint Maarten replaced the Netherlands Antillean guilder with the Caribbean guilder in 2025',
};

/** Currencies most used in service contracts, preferred when guessing what a typo meant. */
export const COMMON_CURRENCIES: readonly string[] = ['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CAD', 'AUD', 'CNY', 'INR', 'SEK', 'NOK', 'DKK', 'PLN', 'SGD', 'HKD', 'NZD', 'ZAR', 'BRL', 'MXN'];

/** True when `code` is an active ISO 4217 code. */
export function isCurrency(code: string): boolean {
  return ISO_4217_ACTIVE.has(code);
}
