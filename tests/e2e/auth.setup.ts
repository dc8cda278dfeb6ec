import { test as setup } from '@playwright/test';
import { ROLES, loginAs, stateFor } from './auth';

for (const role of ROLES) {
	setup(`log in as demo ${role}`, async ({ page }) => {
		await loginAs(page, role);
		await page.context().storageState({ path: stateFor(role) });
	});
}
