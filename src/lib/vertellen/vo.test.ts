import { describe, expect, it } from 'vitest';
import { signalenVasteAb, vertelVsoTlvJaarverslag, vertelVsoTlvRegio } from '.';
import { rangschikSignalen } from '../signalen';

describe('signalenVasteAb: a VO school whose vaste AB’er delivered clearly less of the hours than last year', () => {
	const scholen = [
		// 30 of 50 hours = 60,0 %, last year 40 of 50 = 80,0 %: 20,0 procentpunt less.
		{ naam: 'Udens College', vaste_ab_pct: 60, vorig_vaste_ab_pct: 80 },
		// 9,9 procentpunt less is no signal (the threshold is 10, on unrounded values).
		{ naam: 'Aa-Lyceum', vaste_ab_pct: 70.1, vorig_vaste_ab_pct: 80 },
		// exactly 10 is one; 82,14 and 72,16 show as 82,1 and 72,2: the words say 9,9 procentpunt, as the digits do.
		{ naam: 'Walburg College', vaste_ab_pct: 72.14, vorig_vaste_ab_pct: 82.14 },
		{ naam: 'Het Rodenborch', vaste_ab_pct: 72.16, vorig_vaste_ab_pct: 82.16 },
		// More than last year, no last year, no hours: none.
		{ naam: 'Zwijsen College', vaste_ab_pct: 93.2, vorig_vaste_ab_pct: 78.2 },
		{ naam: 'Nieuw College', vaste_ab_pct: 50, vorig_vaste_ab_pct: null },
		{ naam: 'Leeg College', vaste_ab_pct: null, vorig_vaste_ab_pct: 90 }
	];
	const s = signalenVasteAb(scholen);
	it('names the schools with a drop of 10 procentpunt or more, and only those', () => {
		expect(s.map((x) => x.wie)).toEqual(['Udens College', 'Walburg College', 'Het Rodenborch']);
		expect(s.every((x) => x.soort === 'minder_vaste_ab')).toBe(true);
	});
	it('says the shares and the difference in the digits it shows', () => {
		expect(s[0].tekst).toBe(
			'Op Udens College leverde de vaste ambulant ondersteuner 60,0% van de uren, vorig schooljaar 80,0%: 20,0 procentpunt minder van hetzelfde gezicht.'
		);
		expect(s[2].tekst).toContain('72,2% van de uren, vorig schooljaar 82,2%: 10,0 procentpunt');
	});
	it('ranks after the budgets and before hours without formatie; the biggest drop first (20 of 80 = 0,25)', () => {
		expect(s[0].afstand).toBeCloseTo(0.25, 10);
		const r = rangschikSignalen([
			{ soort: 'uren_zonder_formatie', wie: 'Regio Zuid', tekst: '' },
			...s,
			{ soort: 'onderbesteding', wie: 'Fioretti Lyceum', tekst: '', afstand: 0.1 }
		]);
		expect(r.map((x) => x.wie)).toEqual(['Fioretti Lyceum', 'Udens College', 'Walburg College', 'Het Rodenborch', 'Regio Zuid']);
	});
});

describe('vertelVsoTlvRegio: the vso-TLVs that came from a regio’s schools, never the SWV’s total', () => {
	it('names the regio, the number and last year', () => {
		expect(vertelVsoTlvRegio('2025-2026', 'Regio Noord', 71, 109)).toBe(
			"In 2025-2026 kwamen er 71 vso-TLV's voor leerlingen van de scholen in Regio Noord (vorig schooljaar 109)."
		);
		expect(vertelVsoTlvRegio('2025-2026', 'Regio Zuid', 1, null)).toBe('In 2025-2026 kwam er 1 vso-TLV voor leerlingen van de scholen in Regio Zuid.');
	});
	it('says "geen" when there is none, 1.234 in Dutch digits', () => {
		expect(vertelVsoTlvRegio('2019-2020', 'Regio Midden', null, null)).toBe(
			"In 2019-2020 kwamen er geen vso-TLV's voor leerlingen van de scholen in Regio Midden."
		);
		expect(vertelVsoTlvRegio('2019-2020', 'Regio Midden', 1234, 0)).toBe(
			"In 2019-2020 kwamen er 1.234 vso-TLV's voor leerlingen van de scholen in Regio Midden (vorig schooljaar 0)."
		);
	});
});

describe('vertelVsoTlvJaarverslag: the jaarverslag’s first sentence on the vso-TLVs (page and Word document)', () => {
	it('the SWV: all besluiten against last year, and how many came from its own vo and pro schools', () => {
		expect(vertelVsoTlvJaarverslag('2025-2026', null, { tlv_vso: 137, verwijzingen: 125 }, 264)).toBe(
			"In 2025-2026 besloot het samenwerkingsverband 137 vso-TLV's (vorig schooljaar 264); 125 van de leerlingen kwamen van een vo- of pro-school van het samenwerkingsverband."
		);
		expect(vertelVsoTlvJaarverslag('2025-2026', null, null, 264)).toBe("In 2025-2026 besloot het samenwerkingsverband geen vso-TLV's.");
	});
	it('a regio: the vso-TLVs from its schools, never the SWV’s words', () => {
		expect(vertelVsoTlvJaarverslag('2025-2026', 'Regio Noord', { tlv_vso: 71, verwijzingen: 71 }, 109)).toBe(
			"In 2025-2026 kwamen er 71 vso-TLV's voor leerlingen van de scholen in Regio Noord (vorig schooljaar 109)."
		);
		expect(vertelVsoTlvJaarverslag('2025-2026', 'Regio Noord', null, 109)).toBe(
			"In 2025-2026 kwamen er geen vso-TLV's voor leerlingen van de scholen in Regio Noord."
		);
	});
});
