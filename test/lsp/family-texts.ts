/** The master and the SOW under it that the workspace tests share (over stdio, and in a real VS Code with other ids). */

/** A master with two parties; `extra` adds statements before its closing brace. */
export const masterText = (id: string, extra = '') => `contract "Master Services Agreement" {
  id "${id}"
  kind master
  effective 2027-01-01
  party provider acme "Acme LLC"
  party client globex "Globex Corp"
${extra}}
`;

/** A SOW under the master `under` that restates the client party. */
export const sowText = (id: string, under: string) => `contract "Statement of Work 1" {
  id "${id}"
  kind sow
  under "${under}"
  party client globex "Globex Corp"
  scope {
    service migration "Cloud migration" {
      text "Move the 40 servers to the cloud."
    }
  }
  payment {
    fee 10000 USD monthly
  }
}
`;

/** The master MSA-1; `extra` adds statements before its closing brace. */
export const MASTER = (extra = '') => masterText('MSA-1', extra);

/** SOW-1 under MSA-1. */
export const SOW = sowText('SOW-1', 'MSA-1');
