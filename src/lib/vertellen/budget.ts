/** Sentences and signals about school budgets: uitputting, saldo, the step from allocated to spent, one school. */
import { getal, type Waarde } from '../format';
import { euro0, joinNl, opKaart, pct0, type Signaal } from './taal';
import { sectorWoorden, type SectorWoorden } from '../sector';
import { formatMetric } from '../metrics';

interface BgTotaal {
	schooljaar: string | null;
	budget_toegekend: Waarde;
	budget_besteed: Waarde;
	uitputting_pct: Waarde;
	saldo: Waarde;
	kosten_per_ondersteunde_leerling: Waarde;
	scholen_onderbesteding: Waarde;
	scholen_overbesteding: Waarde;
}
interface BgSchool {
	naam: string | null;
	uitputting_pct: Waarde;
	signaal: string | null;
}
interface BgStap {
	label: string | null;
	soort: string | null;
	aandeel_besteed_pct: Waarde;
}

/** Warnings on school budgets: far under (< 70 %) or over (> 110 %) spending. */
export function signalenBudget(scholen: BgSchool[]): Signaal[] {
	return scholen
		.filter((s) => s.signaal === 'onderbesteding' || s.signaal === 'overbesteding')
		.map((s) => ({
			soort: s.signaal as 'onderbesteding' | 'overbesteding',
			wie: s.naam ?? '',
			afstand: s.signaal === 'onderbesteding' ? (70 - (getal(s.uitputting_pct) ?? 70)) / 70 : ((getal(s.uitputting_pct) ?? 110) - 110) / 110,
			tekst:
				s.signaal === 'onderbesteding'
					? `${s.naam} besteedde ${formatMetric('uitputting_pct', s.uitputting_pct)} van het budget: minder dan 70%.`
					: `${s.naam} besteedde ${formatMetric('uitputting_pct', s.uitputting_pct)} van het budget: meer dan 110%.`
		}));
}

/** What stands out in the budget of a schooljaar, against last year; `wie` names the scope ("Kring West"). */
export function vertelBudget(nu: BgTotaal | null, vorig: BgTotaal | null, stappen: BgStap[] = [], wie = 'Het samenwerkingsverband'): string[] {
	// No budget rows at all: "geen gegevens", not a budget of € 0 (issue 12).
	if (!nu || nu.budget_besteed === null)
		return [
			`Er zijn geen gegevens over het schoolbudget${wie === 'Het samenwerkingsverband' ? '' : ` van ${wie}`}${nu ? ` in ${nu.schooljaar}` : ''}: er is geen toekenning of besteding ingelezen.`
		];
	if (!nu.budget_toegekend) return [`${wie} heeft in ${nu.schooljaar} geen toegekend schoolbudget.`];
	const out: string[] = [];
	// The decimals of the page's tiles (each figure beside last year's).
	const uitputting = opKaart('uitputting_pct');
	const besteed = opKaart('budget_besteed');
	const toegekend = opKaart('budget_toegekend');
	const vergelijk = getal(vorig?.uitputting_pct ?? null) !== null ? `; vorig jaar was dat ${uitputting(vorig!.uitputting_pct)}` : '';
	out.push(
		`${wie} besteedde in ${nu.schooljaar} ${uitputting(nu.uitputting_pct)} van het schoolbudget: ${besteed(nu.budget_besteed)} van ${toegekend(nu.budget_toegekend)}${vergelijk}. ${(getal(nu.saldo) ?? 0) >= 0 ? `Er bleef ${euro0(nu.saldo)} over.` : `Er is ${euro0(-(getal(nu.saldo) ?? 0))} meer uitgegeven dan toegekend.`}`
	);
	const grootste = stappen
		.filter((s) => s.soort === 'besteding' && s.aandeel_besteed_pct !== null)
		.sort((a, b) => (getal(b.aandeel_besteed_pct) ?? 0) - (getal(a.aandeel_besteed_pct) ?? 0))[0];
	if (grootste) out.push(`Het meeste geld ging naar ${grootste.label} (${pct0(grootste.aandeel_besteed_pct)} van wat besteed is).`);
	const onder = nu.scholen_onderbesteding;
	const over = nu.scholen_overbesteding;
	if (onder || over)
		out.push(
			`${onder} ${onder === 1 ? 'school besteedde' : 'scholen besteedden'} minder dan 70% van het budget en ${over} ${over === 1 ? 'school' : 'scholen'} meer dan 110%.`
		);
	else out.push('Geen school besteedde minder dan 70% of meer dan 110% van het budget.');
	if (getal(nu.kosten_per_ondersteunde_leerling) !== null) {
		const k = opKaart('kosten_per_ondersteunde_leerling');
		const v = getal(vorig?.kosten_per_ondersteunde_leerling ?? null);
		// Shown digits that are equal imply no change: "evenveel als vorig jaar", never "€ 98 (vorig jaar € 98)".
		const tail = v === null ? '' : k(v) === k(nu.kosten_per_ondersteunde_leerling) ? ', evenveel als vorig jaar' : ` (vorig jaar ${k(v)})`;
		out.push(`Per leerling met een arrangement was de besteding ${k(nu.kosten_per_ondersteunde_leerling)}${tail}.`);
	}
	return out;
}

interface BgEenSchool {
	schooljaar: string | null;
	naam: string | null;
	budget_toegekend: Waarde;
	budget_besteed: Waarde;
	uitputting_pct: Waarde;
	saldo: Waarde;
	kring_uitputting_pct: Waarde;
	swv_uitputting_pct: Waarde;
}

/** One school's budget against its kring (VO: regio) and the SWV. */
export function vertelBudgetSchool(nu: BgEenSchool | null, vorig: BgEenSchool | null, w: SectorWoorden = sectorWoorden('po')): string[] {
	if (!nu) return ['Over het schoolbudget van deze school zijn geen gegevens.'];
	if (!nu.budget_toegekend) return [`${nu.naam} heeft in ${nu.schooljaar} geen toegekend schoolbudget.`];
	// Allocated but nothing spent loaded: the allocation is told, the spending said in words, never
	// "besteedde geen gegevens van het schoolbudget".
	if (typeof nu.budget_toegekend === 'number' && getal(nu.uitputting_pct) === null)
		return [`${nu.naam} kreeg in ${nu.schooljaar} ${euro0(nu.budget_toegekend)} schoolbudget toegekend. Over de besteding zijn geen gegevens.`];
	const pct = opKaart('uitputting_pct');
	const besteed = opKaart('budget_besteed');
	const vergelijk = [
		getal(nu.kring_uitputting_pct) !== null ? `de ${w.kring} ${pct(nu.kring_uitputting_pct)}` : null,
		getal(nu.swv_uitputting_pct) !== null ? `het samenwerkingsverband ${pct(nu.swv_uitputting_pct)}` : null,
		getal(vorig?.uitputting_pct ?? null) !== null ? `vorig jaar ${pct(vorig!.uitputting_pct)}` : null
	].filter((x): x is string => x !== null);
	const u = getal(nu.uitputting_pct) ?? 0;
	const oordeel = u < 70 ? ' Dat is ver onder het budget (minder dan 70%).' : u > 110 ? ' Dat is ver boven het budget (meer dan 110%).' : '';
	return [
		`${nu.naam} besteedde in ${nu.schooljaar} ${pct(nu.uitputting_pct)} van het schoolbudget: ${besteed(nu.budget_besteed)} van ${euro0(nu.budget_toegekend)}${vergelijk.length ? ` (${joinNl(vergelijk)})` : ''}.${oordeel}`
	];
}
