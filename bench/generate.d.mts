// Types of generate.mjs, for the TypeScript tests that build their inputs with it.
/** A seedable pseudo-random generator (mulberry32): numbers in [0, 1). */
export function random(seed: number): () => number;
/**
 * A realistic contract of about `targetLines` lines; the same seed gives the
 * same text. `language` 1 writes only version-1 statements (as the generator
 * did before version 2), 2 (the default) states remedies, liability and
 * exit terms as a version-2 contract does.
 */
export function generateContract(targetLines: number, seed?: number, language?: 1 | 2): string;
/** A JSON document of about `bytes` bytes. */
export function generateJson(bytes: number, seed?: number): string;
