/**
 * The severities of a diagnostic and of a configuration setting. A leaf module:
 * `types.ts` (diagnostics) and `config.ts` (clausewise.json) both read it, so
 * neither imports the other for it.
 */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
