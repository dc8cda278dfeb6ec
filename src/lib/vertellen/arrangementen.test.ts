import { describe, expect, it } from 'vitest';
import { vertelProces } from './arrangementen';

const zin = (s: string | null) => s?.replace(/\u00a0/g, ' ') ?? null;

describe('vertelProces: the start and evaluation of the arrangementen in one sentence', () => {
	// 46 of 62 arrangementen started within 2 weeks: 74,19… → 74,2%; 51 of 63 evaluated in time: 80,95… → 81,0%.
	const p = { schooljaar: '2025-2026', start_binnen_2_weken_pct: (100 * 46) / 62, evaluatie_op_tijd_pct: (100 * 51) / 63 };
	it('both figures, verb second, with the clause after a semicolon', () => {
		expect(zin(vertelProces(p))).toBe('In 2025-2026 startte 74,2% van de arrangementen binnen 2 weken na het MDO en werd 81,0% binnen 13 weken geëvalueerd.');
		expect(zin(vertelProces(p, '2 arrangementen staan hieronder als te laat'))).toBe(
			'In 2025-2026 startte 74,2% van de arrangementen binnen 2 weken na het MDO en werd 81,0% binnen 13 weken geëvalueerd; 2 arrangementen staan hieronder als te laat.'
		);
	});
	it('a missing figure is left out (the evaluation then names the arrangementen), none gives no sentence', () => {
		expect(zin(vertelProces({ ...p, start_binnen_2_weken_pct: null }))).toBe('In 2025-2026 werd 81,0% van de arrangementen binnen 13 weken geëvalueerd.');
		expect(zin(vertelProces({ ...p, evaluatie_op_tijd_pct: null }))).toBe('In 2025-2026 startte 74,2% van de arrangementen binnen 2 weken na het MDO.');
		expect(vertelProces({ ...p, start_binnen_2_weken_pct: null, evaluatie_op_tijd_pct: null })).toBeNull();
	});
});
