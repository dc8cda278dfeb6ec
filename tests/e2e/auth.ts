/**
 * Logging in for browser tests. The demo database has one account per role (login page, "Demo");
 * auth.setup.ts saves a logged-in state per role, so specs start logged in without extra requests.
 */
import { expect, type Page } from '@playwright/test';

export type Role = 'beheerder' | 'bestuur' | 'adviseur' | 'school';
export const ROLES: Role[] = ['beheerder', 'bestuur', 'adviseur', 'school'];

/** The saved cookies of a demo role (for `test.use({ storageState })` or `request.newContext`). */
export const stateFor = (role: Role) => `test-results/.auth/${role}.json`;
/** A state without any session. */
export const NO_SESSION = { cookies: [], origins: [] };

/** Log this page's context in as a demo role (through the login page, as a person would). */
export async function loginAs(page: Page, role: Role): Promise<void> {
	await page.context().clearCookies();
	await page.goto('/login');
	await page.getByTestId(`demo-${role}`).click();
	await expect(page).not.toHaveURL(/\/login/);
}

/** The demo school account's school (brin + vestiging), read from its own page link. */
export async function demoSchool(page: Page): Promise<string> {
	const href = await page.getByRole('link', { name: 'Mijn school' }).getAttribute('href');
	return href!.split('/').pop()!;
}
