/** Sentences of the arrangementen: how quickly they started and were evaluated (arrangementen_proces). */
import type { Waarde } from '../format';
import { formatMetric } from '../metrics';

interface Proces {
	schooljaar: string | null;
	start_binnen_2_weken_pct: Waarde;
	evaluatie_op_tijd_pct: Waarde;
}

/**
 * "In 2025-2026 startte 73,6% van de arrangementen binnen 2 weken na het MDO en werd 81,0% binnen 13
 * weken geëvalueerd." Verb second; a missing figure is left out, never pasted in as "geen gegevens";
 * null without either. `erbij`: a clause after a semicolon ("2 arrangementen staan hieronder als te laat").
 */
export function vertelProces(p: Proces, erbij = ''): string | null {
	const start =
		p.start_binnen_2_weken_pct !== null
			? `startte ${formatMetric('start_binnen_2_weken_pct', p.start_binnen_2_weken_pct)} van de arrangementen binnen 2 weken na het MDO`
			: null;
	const evaluatie =
		p.evaluatie_op_tijd_pct !== null
			? `werd ${formatMetric('evaluatie_op_tijd_pct', p.evaluatie_op_tijd_pct)}${start ? '' : ' van de arrangementen'} binnen 13 weken geëvalueerd`
			: null;
	const delen = [start, evaluatie].filter((x) => x !== null).join(' en ');
	return delen ? `In ${p.schooljaar} ${delen}${erbij ? `; ${erbij}` : ''}.` : null;
}
