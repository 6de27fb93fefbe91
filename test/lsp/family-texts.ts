/** The master and the SOW under it that the workspace tests over stdio share. */

/** A master (id MSA-1) with two parties; `extra` adds statements before its closing brace. */
export const MASTER = (extra = '') => `contract "Master Services Agreement" {
  id "MSA-1"
  kind master
  effective 2027-01-01
  party provider acme "Acme LLC"
  party client globex "Globex Corp"
${extra}}
`;

/** A SOW under MSA-1 that restates the client party. */
export const SOW = `contract "Statement of Work 1" {
  id "SOW-1"
  kind sow
  under "MSA-1"
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
