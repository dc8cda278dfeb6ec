import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { auditEntries } from '$lib/server/audit';

const EVENTS = [
	'inloggen',
	'inloggen_mislukt',
	'inloggen_geblokkeerd',
	'uitloggen',
	'geweigerd',
	'export',
	'import',
	'wachtwoord_gewijzigd',
	'wachtwoord_gereset',
	'account_toegevoegd',
	'account_verwijderd',
	'account_gewijzigd',
	'domein_toegestaan',
	'domein_verwijderd',
	'streefwaarde_gewijzigd',
	'kolomprofiel_bewaard',
	'kolomprofiel_hernoemd',
	'kolomprofiel_verwijderd'
];

export const load = (async ({ url }) => {
	const { db } = await context();
	const asked = url.searchParams.get('gebeurtenis');
	const gebeurtenis = asked && EVENTS.includes(asked) ? asked : null;
	return { gebeurtenissen: EVENTS, gebeurtenis, regels: await auditEntries(db, { event: gebeurtenis ?? undefined, limit: 500 }) };
}) satisfies PageServerLoad;
