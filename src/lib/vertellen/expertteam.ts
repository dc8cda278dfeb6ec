/**
 * Sentences and signals about the expertteam: kringen against their formatie and pace, one school's hours.
 * A kring in the words of the database's sector (`w`, $lib/sector: a regio in VO); PO when not given.
 */
import { formatDate, formatValue, getal, isSuppressed, type Waarde } from '../format';
import { sectorWoorden, type SectorWoorden } from '../sector';
import { aandeel, compareWords, joinNl, noemNl, opKaart, pct0, uur, type Signaal } from './taal';
import { formatMetric } from '../metrics';

interface EtKring {
	kring: string | null;
	totaal: boolean | null;
	formatie_uren: Waarde;
	/** Null when no hours were loaded for the schooljaar at all ("geen gegevens", never 0 uur). */
	expertteam_uren: Waarde;
	benutting_pct: Waarde;
	aandeel_uren_pct: Waarde;
	aandeel_leerlingen_pct: Waarde;
	uren_vs_leerlingen: Waarde;
	peildatum: string | null;
	peildatum_soort: string | null;
	verstreken_pct: Waarde;
	tempo_pct: Waarde;
	achter_op_tempo: boolean | null;
	uren_zonder_formatie: boolean | null;
}
interface EtSchool {
	naam: string | null;
	kring: string | null;
	geen_uren: boolean | null;
}

/** "peildatum 31 juli 2026 (het schooljaar is voorbij)" — which peildatum the pace uses, stated on screen. */
export function peildatumUitleg(peildatum: string | null, soort: string | null): string {
	return soort === 'einde schooljaar'
		? `peildatum ${formatDate(peildatum, true)}: het schooljaar is voorbij`
		: `peildatum ${formatDate(peildatum, true)}: de laatste boeking in de gegevens van dit schooljaar`;
}

/** Warnings on the expertteam: kring behind its pace (< 50 %), hours without formatie, school without hours. */
export function signalenExpertteam(kringen: EtKring[], scholen: EtSchool[] = [], w: SectorWoorden = sectorWoorden('po')): Signaal[] {
	const out: Signaal[] = [];
	for (const k of kringen.filter((x) => !x.totaal)) {
		if (k.achter_op_tempo)
			out.push({
				soort: 'achter_op_tempo',
				wie: k.kring ?? '',
				afstand: (50 - (getal(k.tempo_pct) ?? 50)) / 50,
				tekst: `${k.kring} heeft ${formatMetric('benutting_pct', k.benutting_pct)} van de uren gebruikt terwijl ${pct0(k.verstreken_pct)} van het schooljaar voorbij is: ${formatMetric('tempo_pct', k.tempo_pct)} van het tempo, minder dan de helft (${peildatumUitleg(k.peildatum, k.peildatum_soort)}).`
			});
		if (k.uren_zonder_formatie)
			out.push({
				soort: 'uren_zonder_formatie',
				wie: k.kring ?? '',
				tekst: `Op ${k.kring} is ${uur(k.expertteam_uren)} geboekt, maar de ${w.kring} heeft geen formatie voor dit schooljaar.`
			});
	}
	for (const s of scholen.filter((x) => x.geen_uren))
		out.push({
			soort: 'school_zonder_uren',
			wie: s.naam ?? '',
			tekst: `${s.naam} (${s.kring}) kreeg dit schooljaar geen uren, terwijl de ${w.kring} wel uren kreeg.`
		});
	return out;
}

/** What stands out in the expertteam figures of a schooljaar (SWV row, kringen, optionally one kring). */
export function vertelExpertteam(kringen: EtKring[], schooljaar: string, kring: string | null = null, w: SectorWoorden = sectorWoorden('po')): string[] {
	const swv = kringen.find((k) => k.totaal);
	const per = kringen.filter((k) => !k.totaal && k.kring !== null);
	const out: string[] = [];
	// Nothing loaded for the schooljaar: no figures to tell, and never "0 uur" (issue 12).
	if (!swv || swv.expertteam_uren === null)
		return [`Er zijn geen gegevens over het expertteam${schooljaar ? ` in ${schooljaar}` : ''}: er is geen inzet van het expertteam ingelezen.`];
	if (swv.expertteam_uren === 0)
		return [schooljaar ? `In ${schooljaar} zijn geen uren van het expertteam geboekt.` : 'Er zijn geen uren van het expertteam geboekt.'];
	const eigen = kring ? per.find((k) => k.kring === kring) : null;
	const blik = eigen ?? swv;
	const wie = eigen ? eigen.kring : 'Het expertteam';
	// The decimals of the page's tiles: benutting beside "schooljaar voorbij" (and the SWV for a kring).
	const benutting = opKaart('benutting_pct');
	const uren = opKaart('expertteam_uren');
	const formatie = opKaart('formatie_uren');
	if (blik.formatie_uren)
		out.push(
			`${wie} ${eigen ? 'kreeg' : 'leverde'} in ${schooljaar} ${uren(blik.expertteam_uren)}: ${benutting(blik.benutting_pct)} van de formatie van ${formatie(blik.formatie_uren)}, terwijl ${benutting(blik.verstreken_pct)} van het schooljaar voorbij is (${peildatumUitleg(blik.peildatum, blik.peildatum_soort)}).`
		);
	else out.push(`${wie} kreeg in ${schooljaar} ${uren(blik.expertteam_uren)}, zonder formatie voor dit schooljaar.`);
	if (eigen) {
		if (eigen.uren_vs_leerlingen !== null)
			out.push(
				`${eigen.kring} kreeg ${aandeel(eigen.aandeel_uren_pct)} van alle uren en heeft ${aandeel(eigen.aandeel_leerlingen_pct)} van de leerlingen: ${(getal(eigen.uren_vs_leerlingen) ?? 1) >= 1.1 ? 'naar verhouding meer uren' : (getal(eigen.uren_vs_leerlingen) ?? 1) <= 0.9 ? 'naar verhouding minder uren' : 'ongeveer naar verhouding'}. Het samenwerkingsverband als geheel gebruikte ${benutting(swv.benutting_pct)} van de formatie.`
			);
		return out;
	}
	const metVerhouding = per
		.filter((k) => getal(k.uren_vs_leerlingen) !== null)
		.sort((a, b) => (getal(a.uren_vs_leerlingen) ?? 0) - (getal(b.uren_vs_leerlingen) ?? 0));
	if (metVerhouding.length >= 2) {
		const laag = metVerhouding[0];
		const hoog = metVerhouding[metVerhouding.length - 1];
		out.push(
			`Naar verhouding kreeg ${hoog.kring} de meeste uren (${aandeel(hoog.aandeel_uren_pct)} van de uren voor ${aandeel(hoog.aandeel_leerlingen_pct)} van de leerlingen) en ${laag.kring} de minste (${aandeel(laag.aandeel_uren_pct)} van de uren voor ${aandeel(laag.aandeel_leerlingen_pct)} van de leerlingen).`
		);
	}
	const achter = per.filter((k) => k.achter_op_tempo).map((k) => k.kring as string);
	if (achter.length)
		out.push(
			`${noemNl(achter, w.kringen)} ${achter.length === 1 ? 'zit' : 'zitten'} onder de helft van het tempo dat nodig is om de formatie op 31 juli te gebruiken.`
		);
	else out.push(`Geen enkele ${w.kring} zit onder de helft van het tempo dat nodig is om de formatie op 31 juli te gebruiken.`);
	return out;
}

interface EtEenSchool {
	schooljaar: string | null;
	naam: string | null;
	expertteam_uren: Waarde;
	uren_per_100_leerlingen: Waarde;
	kring_uren_per_100_leerlingen: Waarde;
	swv_uren_per_100_leerlingen: Waarde;
}

/** One school's expertteam hours against its kring and the SWV. */
export function vertelExpertteamSchool(nu: EtEenSchool | null, w: SectorWoorden = sectorWoorden('po')): string[] {
	if (!nu) return ['Voor deze school zijn geen uren van het expertteam bekend.'];
	const k = nu.kring_uren_per_100_leerlingen;
	const swv = nu.swv_uren_per_100_leerlingen;
	// A missing or hidden comparison is left out of the sentence, never pasted in as "geen gegevens".
	if (getal(nu.expertteam_uren) === null) return [`Over de uren van het expertteam bij ${nu.naam} in ${nu.schooljaar} zijn geen gegevens.`];
	if (nu.expertteam_uren === 0)
		return [
			`${nu.naam} kreeg in ${nu.schooljaar} geen uren van het expertteam${typeof k === 'number' ? `; de ${w.kring} kreeg ${formatValue(k, 'hours', 1)} per 100 leerlingen` : ''}.`
		];
	const eigen = nu.uren_per_100_leerlingen;
	const u = opKaart('uren_per_100_leerlingen');
	const perHonderd = typeof eigen === 'number' ? `: ${u(eigen)} per 100 leerlingen` : '';
	// A value hidden for a school account is never put in a value slot ("verborgen per 100 leerlingen")
	// nor compared: it is named after the sentence.
	const kring =
		typeof k === 'number' && typeof eigen === 'number'
			? `, ${compareWords(eigen, k, 'hours')} de ${w.kring} (${u(k)})`
			: typeof k === 'number'
				? `; de ${w.kring} kreeg ${u(k)} per 100 leerlingen`
				: '';
	const swvZin = typeof swv === 'number' ? ` Het samenwerkingsverband als geheel kreeg ${u(swv)} per 100 leerlingen.` : '';
	const verborgen = [
		isSuppressed(eigen) ? 'deze school' : null,
		isSuppressed(k) ? `de ${w.kring}` : null,
		isSuppressed(swv) ? 'het samenwerkingsverband' : null
	].filter((x): x is string => x !== null);
	// Why it is hidden differs (a small count, or a total that would give one away): the sentence says only that it is.
	const rest = `${swvZin}${verborgen.length ? ` Het cijfer per 100 leerlingen voor ${joinNl(verborgen)} is verborgen voor een schoolaccount.` : ''}`;
	return [`${nu.naam} kreeg in ${nu.schooljaar} ${uur(nu.expertteam_uren)} van het expertteam${perHonderd}${kring}.${rest}`];
}
