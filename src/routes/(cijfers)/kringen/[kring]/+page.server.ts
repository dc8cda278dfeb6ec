import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { context } from '$lib/server/context';
import { loadBudgetSection, loadExpertteamSection } from '$lib/server/sections';
import { alsVerdeling, guarded, pageRunner, readFilters, unlessForbidden } from '$lib/server/pagina';
import type { KerncijfersRow } from '$lib/kerncijfers';
import type {
	ArrangementProcesRow, DeelnameRow, KringArrangementRow, KringVerwijzingRow, SchoolVerwijzingRow, TlvSchooljaarRow, VerdelingRow
} from '$lib/cijfers';

export const load = (async ({ url, params, locals, parent }) => {
	const kring = params.kring;
	const run = await pageRunner(locals, { ...readFilters(url), kring });
	const { schooljaar, opties } = await parent();
	if (!opties.kring.includes(kring)) error(404, `De kring "${kring}" bestaat niet.`);
	const alle = { kring: null, gemeente: null, schoolsoort: null };
	const { registry } = await context();
	const sectie = { schooljaar, kring };
	const [deelname, deelnameSwv, kern, kringen, arrangementen, scholen, verdeling, tlv, tlvSwv, proces, procesSwv, expertteam, budget] = await guarded(
		Promise.all([
			run<DeelnameRow>('deelname_per_teldatum', { gemeente: null, schoolsoort: null }),
			run<DeelnameRow>('deelname_per_teldatum', alle),
			run<KerncijfersRow>('kerncijfers', { schooljaar: null }),
			run<KringVerwijzingRow>('verwijzingen_per_kring', { schooljaar }),
			run<KringArrangementRow>('arrangementen_per_kring', { schooljaar }),
			unlessForbidden(run<SchoolVerwijzingRow>('verwijzingen_per_school', { schooljaar, gemeente: null, schoolsoort: null })),
			run<VerdelingRow>('verwijzingen_verdeling', { schooljaar }),
			run<TlvSchooljaarRow>('tlv_per_schooljaar', { gemeente: null }),
			run<TlvSchooljaarRow>('tlv_per_schooljaar', alle),
			run<ArrangementProcesRow>('arrangementen_proces', { gemeente: null, schoolsoort: null }),
			run<ArrangementProcesRow>('arrangementen_proces', alle),
			loadExpertteamSection(registry, locals.scope, sectie),
			loadBudgetSection(registry, locals.scope, sectie)
		])
	);
	// Of the per-kring figures this page shows its own kring's row (total: the number of kringen).
	const eigen = <R extends { kring: string | null }>(f: { rows: R[]; total: number; csv: string }) => ({ ...f, rows: f.rows.filter((r) => r.kring === kring) });
	return { kring, deelname, deelnameSwv, kern, kringen: eigen(kringen), arrangementen: eigen(arrangementen), scholen, verdeling: alsVerdeling(verdeling), tlv, tlvSwv, proces, procesSwv, expertteam, budget };
}) satisfies PageServerLoad;
