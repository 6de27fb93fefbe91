/** The version of the package, read at build time from package.json. */
import { version } from '../../package.json';

/** The package version, e.g. `0.1.0`. */
export const VERSION: string = version;
