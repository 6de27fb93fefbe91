// Types of generate.mjs, for the TypeScript tests that build their inputs with it.
/** A seedable pseudo-random generator (mulberry32): numbers in [0, 1). */
export function random(seed: number): () => number;
/** A realistic contract of about `targetLines` lines; the same seed gives the same text. */
export function generateContract(targetLines: number, seed?: number): string;
/** A JSON document of about `bytes` bytes. */
export function generateJson(bytes: number, seed?: number): string;
