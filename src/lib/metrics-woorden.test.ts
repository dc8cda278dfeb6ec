import { describe, expect, it } from 'vitest';
import { definitie } from './metrics';
import { sectorWoorden } from './sector';
import { vertelBudgetSchool } from './vertellen';

describe('definitie: the budget “Hoe berekend?” in the sector’s words', () => {
	it('says regio in VO where PO says kring', () => {
		expect(definitie('budget_toegekend', 'po')).toBe('Som van het toegekende schoolbudget voor het schooljaar (per school, kring of samenwerkingsverband).');
		expect(definitie('budget_toegekend', 'vo')).toBe('Som van het toegekende schoolbudget voor het schooljaar (per school, regio of samenwerkingsverband).');
		expect(definitie('kosten_per_ondersteunde_leerling', 'vo')).toBe(
			'Besteed ÷ verschillende leerlingen met een arrangement op de school dat in het schooljaar liep (1 augustus tot en met 31 juli). Voor een regio of het samenwerkingsverband: de sommen over de scholen.'
		);
	});
	it('no budget definition speaks of a kring in VO', () => {
		for (const id of ['budget_toegekend', 'budget_besteed', 'uitputting_pct', 'saldo', 'budget_per_leerling', 'kosten_per_ondersteunde_leerling'])
			expect(definitie(id, 'vo'), id).not.toMatch(/\bkring(en)?\b/i);
	});
});

describe('vertelBudgetSchool in VO', () => {
	it('compares the school with its regio', () => {
		// 900 of 1.000 spent is 90,0%; the regio 80,0%, the SWV 85,0%.
		const nu = {
			schooljaar: '2025-2026',
			naam: 'Zwijsen College',
			budget_toegekend: 1000,
			budget_besteed: 900,
			uitputting_pct: 90,
			saldo: 100,
			kring_uitputting_pct: 80,
			swv_uitputting_pct: 85
		};
		expect(vertelBudgetSchool(nu, null, sectorWoorden('vo'))).toEqual([
			'Zwijsen College besteedde in 2025-2026 90,0% van het schoolbudget: €\u00a0900 van €\u00a01.000 (de regio 80,0% en het samenwerkingsverband 85,0%).'
		]);
	});
});
