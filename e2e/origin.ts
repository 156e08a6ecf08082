/** The port the end-to-end tests serve the built page on; E2E_PORT lets two checkouts test at once. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);

/** The origin of the page under test. */
export const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
