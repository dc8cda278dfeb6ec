/** Sentences of the arrangementen: how quickly they started and were evaluated (arrangementen_proces). */
import { formatValue, getal, HIDDEN, isSuppressed, type Waarde } from '../format';
import { formatMetric } from '../metrics';
import { noemCijfers } from './taal';

interface Proces {
	schooljaar: string | null;
	start_binnen_2_weken_pct: Waarde;
	evaluatie_op_tijd_pct: Waarde;
}

/**
 * "De arrangementen die in 2025-2026 startten, kosten samen € 1.234.567." Without a number the costs are
 * said in words: "Voor de kosten van de arrangementen die in 2025-2026 startten zijn geen gegevens."
 */
export function vertelKosten(schooljaar: string | null, kosten: Waarde): string {
	return noemCijfers(
		`De arrangementen die in ${schooljaar} startten, kosten samen {}.`,
		[{ naam: `de kosten van de arrangementen die in ${schooljaar} startten`, waarde: kosten, tekst: (v) => formatValue(v, 'euro') }],
		{ ookZonder: true }
	) as string;
}

/** A sum of amounts: hidden when one of them is, null when none is known (never € 0 for costs nobody loaded). */
export function somVan(waarden: Waarde[]): Waarde {
	if (waarden.some(isSuppressed)) return HIDDEN;
	const known = waarden.map(getal).filter((v): v is number => v !== null);
	return known.length ? known.reduce((a, b) => a + b, 0) : null;
}

/**
 * "In 2025-2026 startte 73,6% van de arrangementen binnen 2 weken na het MDO en werd 81,0% binnen 13
 * weken geëvalueerd." Verb second; a missing figure is left out, never pasted in as "geen gegevens";
 * null without either. `erbij`: a clause after a semicolon ("2 arrangementen staan hieronder als te laat").
 */
export function vertelProces(p: Proces, erbij = ''): string | null {
	const start =
		getal(p.start_binnen_2_weken_pct) !== null
			? `startte ${formatMetric('start_binnen_2_weken_pct', p.start_binnen_2_weken_pct)} van de arrangementen binnen 2 weken na het MDO`
			: null;
	const evaluatie =
		getal(p.evaluatie_op_tijd_pct) !== null
			? `werd ${formatMetric('evaluatie_op_tijd_pct', p.evaluatie_op_tijd_pct)}${start ? '' : ' van de arrangementen'} binnen 13 weken geëvalueerd`
			: null;
	const delen = [start, evaluatie].filter((x) => x !== null).join(' en ');
	return delen ? `In ${p.schooljaar} ${delen}${erbij ? `; ${erbij}` : ''}.` : null;
}
