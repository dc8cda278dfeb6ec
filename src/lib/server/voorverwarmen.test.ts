import { describe, expect, it } from 'vitest';
import { fixtureDb } from '../../../tests/unit/helpers';
import { FIXTURE } from '../../../tests/unit/fixture';
import { addUser } from './auth/accounts';
import { persoonBegint, persoonKlaar, warmAfterImport, warmAfterStart, warmPages, warmStatus, warmingUser } from './voorverwarmen';

async function withAccounts() {
	const { db } = await fixtureDb(FIXTURE);
	const password = 'wachtwoord-123';
	await addUser(db, { name: 'bestuurder', role: 'bestuur', password });
	await addUser(db, { name: 'adviseur', role: 'adviseur', password });
	await addUser(db, { name: 'beheer', role: 'beheerder', password });
	await addUser(db, { name: 'school', role: 'school', schools: ['11AA00'], password });
	return db;
}

describe('voorverwarmen na een import', () => {
	it('renders the most opened pages, and the jaarverslag of the newest schooljaar, as each bestuur and adviseur account', async () => {
		const db = await withAccounts();
		const seen: string[] = [];
		const status = await warmPages(db, async (path) => {
			seen.push(`${warmingUser()?.name}:${warmingUser()?.role} ${path}`);
			return new Response('ok');
		});
		// The fixture's teldata run to 1 oktober 2024: the newest schooljaar is 2024-2025.
		const paths = ['/', '/deelname', '/verwijzingen', '/expertteam', '/budget', '/jaarverslag', '/jaarverslag/2024-2025'];
		expect(seen).toEqual([...paths.map((p) => `adviseur:adviseur ${p}`), ...paths.map((p) => `bestuurder:bestuur ${p}`)]);
		expect(status).toMatchObject({ klaar: 14, totaal: 14, bezig: false });
		// Outside a background render nobody is taken for an account.
		expect(warmingUser()).toBeNull();
		db.close();
	});

	it('returns before any page is rendered: the import answer does not wait', async () => {
		const db = await withAccounts();
		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		let started = 0;
		const order: string[] = [];
		warmAfterImport(
			db,
			async () => {
				if (!started) order.push('pagina');
				started++;
				await gate;
				return new Response('ok');
			},
			// The figures asked before the import come first, then the pages (which then find them ready).
			async () => (order.push('cijfers'), 3)
		);
		// Nothing has started yet when warmAfterImport returns…
		expect(started).toBe(0);
		await new Promise((r) => setTimeout(r, 50));
		// …then the first render runs in the background and holds the rest until it is done.
		expect(started).toBe(1);
		expect(warmStatus()).toMatchObject({ klaar: 0, totaal: 14, bezig: true });
		release();
		await expect.poll(() => warmStatus().bezig).toBe(false);
		expect(warmStatus()).toMatchObject({ figuren: 3, klaar: 14 });
		expect(order).toEqual(['cijfers', 'pagina']);
		db.close();
	});
});

describe('voorverwarmen na de start', () => {
	it('renders the most opened pages once per process, in the background, at the first request', async () => {
		const db = await withAccounts();
		const seen: string[] = [];
		const importBezig: boolean[] = [];
		const fetcher = async (path: string) => (seen.push(`${warmingUser()?.name} ${path}`), importBezig.push(warmStatus().bezig), new Response('ok'));
		// Someone is asking a page: nothing is rendered while it runs, nor in the quiet second after it.
		const voor = warmStatus();
		persoonBegint();
		warmAfterStart(db, fetcher);
		expect(seen).toEqual([]);
		await new Promise((r) => setTimeout(r, 300));
		expect(seen).toEqual([]);
		persoonKlaar();
		await new Promise((r) => setTimeout(r, 500));
		expect(seen).toEqual([]);
		await expect.poll(() => seen.length, { timeout: 30_000 }).toBe(14);
		expect(seen[0]).toBe('adviseur /');
		// A second request, later: nothing again.
		warmAfterStart(db, fetcher);
		await new Promise((r) => setTimeout(r, 50));
		expect(seen.length).toBe(14);
		// The import page's status tells what happened after the last import, not this: never "bezig" meanwhile.
		expect(importBezig).toEqual(Array(14).fill(false));
		expect(warmStatus()).toEqual(voor);
		db.close();
	});
});
