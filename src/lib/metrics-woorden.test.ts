import { describe, expect, it } from 'vitest';
import { METRICS, definitie } from './metrics';
import { sectorWoorden } from './sector';
import { vertelBudgetSchool } from './vertellen';
import { thuiszittersVraag } from './jaarverslag';
import { watDeRolZiet } from './rollen';

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

describe('definitie: every figure in VO words', () => {
	it('no definition a VO page or jaarverslag can show speaks of a kring', () => {
		// The PO-only figures (sbo, so, bao, rugzak in their definition) are never shown in VO (vo.spec.ts).
		const vo = Object.keys(METRICS).filter((id) => !/\b(bao|sbo|so|rugzak)\b/i.test(definitie(id, 'vo')));
		expect(vo).toContain('tlv_vso');
		for (const id of vo) expect(definitie(id, 'vo'), id).not.toMatch(/kring/i);
	});
	it('the vso-TLVs are counted per school or regio of herkomst', () => {
		expect(definitie('tlv_vso', 'vo')).toBe(
			"Aantal vso-TLV's met een besluitdatum in het schooljaar; per school of regio toegerekend aan de school waar de leerling vandaan kwam (herkomst)."
		);
	});
});

describe('thuiszittersVraag: the jaarverslag’s thuiszitters question in the sector’s words', () => {
	it('tells a regio’s report that the list knows no regio, a kring’s that it knows no kring', () => {
		expect(thuiszittersVraag({ niveau: 'kring', sector: 'vo' })).toBe(
			'Hoeveel kinderen zitten thuis, hoe lang, en voor hoeveel is een plek gevonden? De thuiszitterslijst kent geen regio: dit zijn de cijfers van het hele samenwerkingsverband.'
		);
		expect(thuiszittersVraag({ niveau: 'kring', sector: 'po' })).toBe(
			'Hoeveel kinderen zitten thuis, hoe lang, en voor hoeveel is een plek gevonden? De thuiszitterslijst kent geen kring: dit zijn de cijfers van het hele samenwerkingsverband.'
		);
		// An old report without a sector is PO.
		expect(thuiszittersVraag({ niveau: 'kring' })).toContain('kent geen kring');
	});
	it('asks only the question in the SWV’s and a school’s report', () => {
		for (const niveau of ['swv', 'school'] as const)
			expect(thuiszittersVraag({ niveau, sector: 'vo' })).toBe('Hoeveel kinderen zitten thuis, hoe lang, en voor hoeveel is een plek gevonden?');
	});
});

describe('watDeRolZiet: what a role sees, on the login and account pages, in the sector’s words', () => {
	it('a VO bestuur sees per regio, a VO school beside its regio', () => {
		expect(watDeRolZiet('bestuur', sectorWoorden('vo'))).toBe('alle cijfers van het samenwerkingsverband, per regio en per school');
		expect(watDeRolZiet('adviseur', sectorWoorden('vo'))).toBe('alle cijfers van het samenwerkingsverband, per regio en per school');
		expect(watDeRolZiet('school', sectorWoorden('vo'))).toBe('de cijfers van de eigen school, naast de regio, het SWV en het land');
	});
	it('PO as before: per kring', () => {
		expect(watDeRolZiet('bestuur', sectorWoorden('po'))).toBe('alle cijfers van het samenwerkingsverband, per kring en per school');
		expect(watDeRolZiet('school', sectorWoorden('po'))).toBe('de cijfers van de eigen school, naast de kring, het SWV en het land');
		expect(watDeRolZiet('beheerder', sectorWoorden('vo'))).toBe('gegevens inlezen, accounts en het logboek, en alle cijfers');
		expect(watDeRolZiet('onbekend', sectorWoorden('po'))).toBeUndefined();
	});
});
