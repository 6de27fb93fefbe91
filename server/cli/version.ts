/**
 * The version of the package, read from package.json when the bundles are
 * built (esbuild keeps only this field of the JSON). The command line
 * (`clausewise --version`, SARIF) and the language server (`serverInfo`,
 * `clausewise-language-server --version`) use it;
 * no source file writes the version itself.
 */
import { version } from '../../package.json';

/** The package version, package.json's `version` field. */
export const VERSION: string = version;
