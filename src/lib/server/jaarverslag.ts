/**
 * Loads everything one jaarverslag needs, through the query registry (so the caller's role and the
 * school role's privacy rules apply), plus the toelichtingen of its place. Which place: the SWV, a
 * kring (?kring=) or a school (?school=); a school user always gets its own school.
 */
import type { MonitorDb } from './db';
import { QueryError, type QueryRegistry } from './queries';
import { loadToelichtingen, type Actor } from './toelichtingen';
import { BRONNEN, type Bron, type JaarverslagData, type Rij } from '../jaarverslag';
import type { KerncijfersRow } from '../kerncijfers';
import type { Niveau } from '../toelichting';

export interface Keuze {
	schooljaar: string;
	kring?: string | null;
	school?: string | null;
}

export async function loadJaarverslag(db: MonitorDb, registry: QueryRegistry, keuze: Keuze, actor: Actor): Promise<JaarverslagData> {
	// Validates the schooljaar (400 with a Dutch message when malformed).
	registry.bindParams(registry.get('kerncijfers'), { schooljaar: keuze.schooljaar }, actor.scope);
	const isSchool = actor.scope.role === 'school';
	const school = isSchool ? null : (keuze.school ?? null);
	const [jaren, info, kern, ...bronnen] = await Promise.all([
		registry.run('schooljaren', {}, actor.scope),
		registry.run('monitor_info', {}, actor.scope),
		registry.run('kerncijfers', {}, actor.scope),
		...BRONNEN.map((b) => registry.run(`jaarverslag_${b}`, { school }, actor.scope))
	]);
	const schooljaren = jaren.rows.map((r) => String(r.schooljaar));
	if (!schooljaren.includes(keuze.schooljaar)) throw new QueryError(`Voor schooljaar ${keuze.schooljaar} zijn er geen tellingen.`, 404);
	const perBron = Object.fromEntries(BRONNEN.map((b, i) => [b, bronnen[i].rows as Rij[]])) as Record<Bron, Rij[]>;
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
	const meta = info.rows[0] as { swv_naam: string; demo: boolean };
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
		bronnen: perBron,
		kerncijfers: kern.rows as unknown as KerncijfersRow[],
		toelichtingen: await loadToelichtingen(db, { niveau, sleutel, schooljaar: keuze.schooljaar }, actor),
		magKiezen: !isSchool
	};
}
