// Shared state between the e2e runner (scripts/e2e.mjs) and the UI test file:
// the Playwright page showing the workbench, the workspace folder, the
// workbench URL and where screenshots go. The runner fills it in before Mocha
// loads the tests.
export const ctx = { page: undefined, workspace: undefined, url: undefined, resultsDir: undefined };
