/**
 * Loads everything one jaarverslag needs, through the query registry (so the caller's role and the
 * school role's privacy rules apply), plus the toelichtingen of its place. Which place: the SWV, a
 * kring (?kring=) or a school (?school=); a school user always gets its own school.
 */
import { alsSector } from '$lib/sector';
import type { MonitorDb } from './db';
import { QueryError, type QueryRegistry } from './queries';
import { loadToelichtingen, type Actor } from './toelichtingen';
import type { Bron, JaarverslagData, JaarverslagThuiszitters, Rij } from '../jaarverslag';
import type { KerncijfersRow } from '../kerncijfers';
import type { Niveau } from '../toelichting';
import { previousSchooljaar, vorigJaarRij } from '../format';
import { leesDoel, vertelPeildatum, vertelSchool, vertelSchooljaar, type Jaar, type Peil } from '../vertellen/thuiszitters';
import { loadFinancien } from './financien';

export interface Keuze {
	schooljaar: string;
	kring?: string | null;
	school?: string | null;
}

/** How many schooljaren a chart or trend looks back. */
const JAREN_TERUG = 6;

/** Rows of the per-kring queries (one row per kring and one with totaal = true) → the report's rows. */
function perKring(rows: Rij[]): Rij[] {
	return rows.map((r) => ({ ...r, niveau: r.totaal ? 'swv' : 'kring', sleutel: r.totaal ? '' : String(r.kring), naam: r.totaal ? '' : String(r.kring) }));
}
/** Rows of the one-school queries → the report's rows. */
function vanSchool(rows: Rij[]): Rij[] {
	return rows.map((r) => ({ ...r, niveau: 'school', sleutel: String(r.school), naam: String(r.naam) }));
}

export async function loadJaarverslag(db: MonitorDb, registry: QueryRegistry, keuze: Keuze, actor: Actor): Promise<JaarverslagData> {
	// Validates the schooljaar (400 with a Dutch message when malformed).
	registry.bindParams(registry.get('kerncijfers'), { schooljaar: keuze.schooljaar }, actor.scope);
	const isSchool = actor.scope.role === 'school';
	const school = isSchool ? null : (keuze.school ?? null);
	const run = (name: string, params: Record<string, unknown> = {}) => registry.run(name, params, actor.scope).then((r) => r.rows as Rij[]);
	// One school's own queries: a school user's school is filled in (and enforced) by the registry.
	const eenSchool = (name: string) => (isSchool || school ? run(name, { school }) : Promise.resolve([]));
	const [jaren, info, kern, deelname, arrangementen] = await Promise.all([
		run('schooljaren'),
		run('monitor_info'),
		run('kerncijfers'),
		...(['deelname', 'arrangementen'] as const).map((b) => run(`jaarverslag_${b}`, { school }))
	]);
	const schooljaren = jaren.map((r) => String(r.schooljaar));
	if (!schooljaren.includes(keuze.schooljaar)) throw new QueryError(`Voor schooljaar ${keuze.schooljaar} zijn er geen tellingen.`, 404);
	// Verwijzingen (issue 4), expertteam and budget (issue 5) come from their own pages' queries, so
	// each figure is computed once.
	const terug = schooljaren.filter((sj) => sj <= keuze.schooljaar).slice(0, JAREN_TERUG);
	const perJaar = (name: string) => Promise.all(terug.map((sj) => run(name, { schooljaar: sj }))).then((per) => per.flat());
	const [verwijzingenSwv, verwijzingenKringen, verwijzingenSchool, expertteamKringen, expertteamSchool, budgetKringen, budgetSchool] = await Promise.all([
		run('tlv_per_schooljaar'),
		perJaar('verwijzingen_per_kring'),
		eenSchool('school_verwijzingen'),
		perJaar('expertteam_kringen'),
		eenSchool('school_expertteam'),
		run('budget_kringen'),
		eenSchool('school_budget')
	]);
	const perBron: Record<Bron, Rij[]> = {
		deelname,
		verwijzingen: [
			// tlv_sbo and tlv_so of a kring count TLVs by herkomst; the SWV row uses the same (its verwijzingen),
			// so the appendix adds up: sbo + so = verwijzingen = the sum of the kringen.
			...verwijzingenSwv.map((r) => ({ ...r, tlv_sbo: r.verwijzingen_sbo, tlv_so: r.verwijzingen_so, niveau: 'swv', sleutel: '', naam: '' })),
			...perKring(verwijzingenKringen.map((r) => ({ ...r, totaal: false }))),
			...vanSchool(verwijzingenSchool)
		],
		arrangementen,
		expertteam: [...perKring(expertteamKringen), ...vanSchool(expertteamSchool)],
		budget: [...perKring(budgetKringen), ...vanSchool(budgetSchool)]
	};
	const kringen = [...new Set(perBron.deelname.filter((r) => r.niveau === 'kring').map((r) => String(r.sleutel)))].sort();

	let niveau: Niveau = 'swv';
	let sleutel = '';
	let naam = '';
	let kring: string | null = null;
	const schoolRij = perBron.deelname.find((r) => r.niveau === 'school');
	if (schoolRij) {
		niveau = 'school';
		sleutel = String(schoolRij.sleutel);
		naam = String(schoolRij.naam);
		kring = (schoolRij.kring as string | null) ?? null;
	} else if (school) {
		throw new QueryError(`School ${school} heeft geen tellingen.`, 404);
	} else if (keuze.kring) {
		if (!kringen.includes(keuze.kring)) throw new QueryError(`Onbekende kring "${keuze.kring}".`, 404);
		niveau = 'kring';
		sleutel = naam = keuze.kring;
	}
	// The report reads its own place over the years, the SWV (and a school's kring) in this and last
	// year, and every kring in this year (reeksRijen, rij and kringRijen in $lib/jaarverslag); the other
	// rows (every kring in every year: thousands in a very large SWV) would only weigh on the page.
	const vorigJaar = previousSchooljaar(keuze.schooljaar);
	const nodig = (r: Rij): boolean => {
		const sj = String(r.schooljaar);
		if (sj > keuze.schooljaar) return false;
		if (r.niveau === niveau && r.sleutel === sleutel) return true;
		if (sj !== keuze.schooljaar && sj !== vorigJaar) return false;
		return r.niveau === 'swv' || (r.niveau === 'kring' && (sj === keuze.schooljaar || r.sleutel === kring));
	};
	for (const b of Object.keys(perBron) as Bron[]) perBron[b] = perBron[b].filter(nodig);
	const meta = info[0] as { swv_naam: string; demo: boolean; sector?: unknown };
	// Financiën and doelmatigheid (issue 18): the board's chapters, in the SWV's report only, for the
	// boekjaar in which the schooljaar ends; left out when neither has data for it.
	const boekjaar = Number(keuze.schooljaar.slice(5));
	const sector = alsSector(meta.sector);
	// VO (issue 16): the verwijzingen chapter tells the vso-TLVs of the SWV or the regio (not per school: the query is of scope swv).
	const vsoTlv =
		sector === 'vo' && niveau !== 'school' && !isSchool
			? (await run('vo_tlv_vso', niveau === 'kring' ? { kring: sleutel } : {})).filter((r) => String(r.schooljaar) <= keuze.schooljaar).slice(-JAREN_TERUG)
			: null;
	const geld =
		!isSchool && niveau === 'swv'
			? (await loadFinancien(registry, actor.scope, String(boekjaar), { deelname: 0, leerlingen: 0 }, { exact: true, sector })).model
			: null;
	return {
		schooljaar: keuze.schooljaar,
		schooljaren,
		niveau,
		sleutel,
		naam,
		kring,
		kringen,
		swvNaam: meta.swv_naam,
		demo: meta.demo,
		sector,
		vsoTlv,
		bronnen: perBron,
		kerncijfers: kern as unknown as KerncijfersRow[],
		toelichtingen: await loadToelichtingen(db, { niveau, sleutel, schooljaar: keuze.schooljaar }, actor),
		magKiezen: !isSchool,
		thuiszitters: await thuiszittersHoofdstuk(run, keuze.schooljaar, niveau === 'school' ? { code: sleutel, naam } : null),
		geld: geld && (geld.nu || geld.doelmatigheid.nu?.met_vervolg) ? geld : null
	};
}

/**
 * The thuiszitters chapter (issue 17): the SWV's figures on 1 oktober and over the schooljaar, or for a
 * school its own counts (1–4 as <5 for a school account, never a code). Null when no list was loaded.
 */
async function thuiszittersHoofdstuk(
	run: (name: string, params?: Record<string, unknown>) => Promise<Rij[]>,
	schooljaar: string,
	school: { code: string; naam: string } | null
): Promise<JaarverslagThuiszitters | null> {
	const [peil] = await run('thuiszitters_peildatum', { schooljaar });
	if (!peil || peil.thuiszitters === null) return null;
	if (school) {
		const rijen = (await run('thuiszitters_school', { school: school.code })).filter((r) => String(r.schooljaar) <= schooljaar);
		const nu = rijen.find((r) => r.schooljaar === schooljaar) ?? null;
		return {
			wie: school.naam,
			zinnen: vertelSchool(school.naam, nu as unknown as Parameters<typeof vertelSchool>[1]),
			reeks: rijen.map((r) => ({ schooljaar: String(r.schooljaar), thuiszitters: r.thuiszitters, per_1000: null, nieuw: r.nieuw }))
		};
	}
	const jaren = (await run('thuiszitters_per_schooljaar')).filter((r) => String(r.schooljaar) <= schooljaar).slice(-JAREN_TERUG);
	const nu = (jaren.find((r) => r.schooljaar === schooljaar) ?? null) as unknown as Jaar | null;
	const vorig = vorigJaarRij(jaren, schooljaar) as unknown as Jaar | null;
	const per1000 = (v: unknown) => (typeof v === 'number' ? v : null);
	return {
		wie: 'het samenwerkingsverband',
		zinnen: [
			...vertelPeildatum(peil as unknown as Peil, per1000(vorig?.thuiszitters_per_1000), leesDoel(peil.doel as string | null)),
			// The trend in the catalogue's decimals, as the peildatum's sentence: one figure, one number of decimals.
			...vertelSchooljaar(nu, vorig, jaren as unknown as Jaar[])
		],
		reeks: jaren.map((r) => ({ schooljaar: String(r.schooljaar), thuiszitters: r.thuiszitters, per_1000: per1000(r.thuiszitters_per_1000), nieuw: r.nieuw }))
	};
}
