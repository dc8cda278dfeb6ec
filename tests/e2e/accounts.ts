/** The ordinary (non-demo) account that prepare-db.ts adds to the browser tests' database. */
export const E2E_ACCOUNT = { name: 'e2e.adviseur', password: 'e2e-wachtwoord-123' } as const;
