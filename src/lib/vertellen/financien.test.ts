/** The Financiën sentences with the figures of tests/unit/fixture-financien.ts, computed by hand there. */
import { describe, expect, it } from 'vitest';
import { vertelAfdracht, vertelDoelmatigheid, vertelFinancien, vertelPosten, vertelReserve, vertelScenario, vertelUitgangspunt } from './financien';
import { scenario, scenarioVo } from '../financien-scenario';
import type { DoelmatigheidRow, FinancienJarenRow, FinancienPostenRow } from '../rows.generated';

/** "€ 1.234" with the non-breaking space the formatter puts after €. */
const nb = (s: string) => s.replace(/€ /g, '€\u00a0');

const J2025: FinancienJarenRow = {
	jaar: 2025,
	baten: 8_400_000,
	lasten: 8_100_000,
	resultaat: 300_000,
	begroting_baten: 8_000_000,
	begroting_lasten: 7_020_000,
	begroot_resultaat: 980_000,
	realisatie_baten_pct: 105,
	realisatie_lasten_pct: 115.3846,
	eigen_vermogen: 506_000,
	signaleringswaarde: 294_000,
	reserve_boven_signalering: 212_000,
	afdracht_so: 24_000,
	afdracht_sbo: 15_000,
	tlv_so: 2,
	tlv_sbo: 3,
	afdracht_per_tlv_so: 12_000,
	afdracht_per_tlv_sbo: 5_000,
	leerlingen: 2_000,
	deelname_so_pct: 0.1,
	// A PO database: no vso-TLVs, no vo or pro pupils, no afdracht vso.
	afdracht_vso: null,
	tlv_vso: 0,
	afdracht_per_tlv_vso: null,
	leerlingen_vo: null,
	deelname_vso_pct: null
};
const J2024: FinancienJarenRow = {
	...J2025,
	jaar: 2024,
	baten: 6_000_000,
	lasten: 6_100_000,
	resultaat: -100_000,
	begroting_baten: null,
	begroting_lasten: null,
	begroot_resultaat: null,
	realisatie_baten_pct: null,
	realisatie_lasten_pct: null,
	eigen_vermogen: 206_000,
	signaleringswaarde: 250_000,
	reserve_boven_signalering: -44_000,
	afdracht_so: null,
	afdracht_sbo: null,
	afdracht_per_tlv_so: null,
	afdracht_per_tlv_sbo: null
};

describe('vertellen financien', () => {
	it('tells the reserve against the signaleringswaarde: € 506.000 − € 294.000 = € 212.000 boven', () => {
		expect(vertelReserve(J2025)).toBe(
			nb(
				'De reserve ligt € 212.000 boven de signaleringswaarde van de Inspectie (€ 294.000: 3,5% van de baten, minstens € 250.000). De Inspectie kan naar de onderbouwing van die reserve vragen.'
			)
		);
		expect(vertelReserve(J2024)).toBe(
			nb('De reserve ligt € 44.000 onder de signaleringswaarde van de Inspectie (€ 250.000: 3,5% van de baten, minstens € 250.000).')
		);
		expect(vertelReserve({ ...J2025, reserve_boven_signalering: 0.4 })).toMatch(/^De reserve \(€.506\.000\) ligt precies op/);
	});

	it('the scenario starts from the afdracht per TLV and the deelname so; a missing one leaves its brackets', () => {
		// J2025: € 24.000 ÷ 2 so-TLVs = € 12.000, € 15.000 ÷ 3 sbo-TLVs = € 5.000; deelname so 0,1%.
		expect(vertelUitgangspunt(J2025, '2025')).toBe(
			nb('Uitgangspunt: de afdracht per TLV van 2025 (so € 12.000, sbo € 5.000) en de deelname so op 1 februari (0,10%). Andere lasten blijven gelijk.')
		);
		// J2024 has no afdracht: never "(so geen gegevens, sbo geen gegevens)".
		expect(vertelUitgangspunt(J2024, '2024')).toBe(
			'Uitgangspunt: de afdracht per TLV van 2024 en de deelname so op 1 februari (0,10%). Andere lasten blijven gelijk.'
		);
		expect(vertelUitgangspunt({ ...J2025, afdracht_per_tlv_vso: null, deelname_vso_pct: null }, '2025', 'vso')).toBe(
			"Uitgangspunt: de afdracht per vso-TLV van 2025 en de deelname vso: de vso-TLV's op 1 februari over de vo- en pro-leerlingen van de teldatum ervoor. Andere lasten, ook de doorbetaling lwoo en pro, blijven gelijk."
		);
	});

	it('tells resultaat, begroting and the change in the reserve', () => {
		expect(vertelFinancien(J2025, J2024)).toEqual([
			nb('In 2025 waren de baten € 8.400.000 en de lasten € 8.100.000: een overschot van € 300.000.'),
			nb('Begroot was een overschot van € 980.000; de lasten kwamen uit op 115,4% van de begroting.'),
			vertelReserve(J2025),
			nb('Eigen vermogen: gestegen ten opzichte van 2024, van € 206.000 naar € 506.000.')
		]);
		expect(vertelFinancien(J2024, null)[0]).toBe(nb('In 2024 waren de baten € 6.000.000 en de lasten € 6.100.000: een tekort van € 100.000.'));
		expect(vertelFinancien(null, null)).toEqual(['Over de financiën van dit jaar zijn geen gegevens: er is geen jaarrekening (financien) ingelezen.']);
	});

	it('tells where the money went and the post furthest from its begroting', () => {
		const posten: FinancienPostenRow[] = [
			{ jaar: 2025, kant: 'lasten', post: 'schoolbudgetten', realisatie: 5_000_000, begroting: 4_000_000, realisatie_pct: 125, aandeel_pct: 61.7284 },
			{ jaar: 2025, kant: 'lasten', post: 'afdracht so', realisatie: 24_000, begroting: 20_000, realisatie_pct: 120, aandeel_pct: 0.2963 },
			{ jaar: 2025, kant: 'baten', post: 'zwaar', realisatie: 8_400_000, begroting: 8_000_000, realisatie_pct: 105, aandeel_pct: null }
		];
		expect(vertelPosten(posten)).toEqual([
			nb('Het meeste geld ging naar schoolbudgetten: 61,7% van de lasten (€ 5.000.000).'),
			nb('Het verst van de begroting lag schoolbudgetten (lasten): € 5.000.000 tegen € 4.000.000 begroot, 125,0%.')
		]);
	});

	it('tells the afdracht per TLV: € 24.000 for 2 so-TLVs is € 12.000', () => {
		expect(vertelAfdracht(J2025)).toBe(nb('Per leerling met een so-TLV op 1 februari 2025 droeg het samenwerkingsverband € 12.000 af; per sbo-TLV € 5.000.'));
		expect(vertelAfdracht(J2024)).toBeNull();
	});

	it('tells the scenario: +0,5 procentpunt of 2.000 pupils is 10 more so-TLVs at € 12.000 = € 120.000', () => {
		const p = { deelname: 0.5, leerlingen: 0 };
		expect(vertelScenario(p, scenario(J2025, p))).toBe(
			nb(
				'Als de deelname so 0,5 procentpunt stijgt, stijgen de afdrachten met € 120.000 tot € 159.000 en wordt het resultaat een overschot van € 180.000 (€ 120.000 minder dan het werkelijke resultaat).'
			)
		);
		expect(vertelScenario({ deelname: 0, leerlingen: 0 }, scenario(J2025, { deelname: 0, leerlingen: 0 }))).toBeNull();
	});

	it('VO: tells the afdracht per vso-TLV (€ 4.500.000 for 450 is € 10.000) and a scenario on the deelname vso', () => {
		// 18.000 vo + pro pupils, 450 vso-TLVs: deelname vso 2,5 %. +0,5 procentpunt: 3,0 % of 18.000 = 540 TLVs ×
		// € 10.000 = € 5.400.000 (+€ 900.000); lasten 19.800.000 + 900.000 → resultaat 20.000.000 − 20.700.000 = −700.000.
		const vo: FinancienJarenRow = {
			...J2025,
			baten: 20_000_000,
			lasten: 19_800_000,
			resultaat: 200_000,
			afdracht_so: null,
			afdracht_sbo: null,
			tlv_so: 0,
			tlv_sbo: 0,
			afdracht_per_tlv_so: null,
			afdracht_per_tlv_sbo: null,
			leerlingen: null,
			deelname_so_pct: null,
			afdracht_vso: 4_500_000,
			tlv_vso: 450,
			afdracht_per_tlv_vso: 10_000,
			leerlingen_vo: 18_000,
			deelname_vso_pct: 2.5
		};
		expect(vertelAfdracht(vo, { ...vo, jaar: 2024, afdracht_per_tlv_vso: 9_500 }, 'vo')).toBe(
			nb('Per leerling met een vso-TLV op 1 februari 2025 droeg het samenwerkingsverband € 10.000 af (2024: € 9.500).')
		);
		expect(vertelAfdracht(vo, null, 'vo')).toBe(nb('Per leerling met een vso-TLV op 1 februari 2025 droeg het samenwerkingsverband € 10.000 af.'));
		// The PO sentence has nothing to tell in a VO database, and the VO one nothing in a PO database.
		expect(vertelAfdracht(vo)).toBeNull();
		expect(vertelAfdracht(J2025, null, 'vo')).toBeNull();
		const p = { deelname: 0.5, leerlingen: 0 };
		expect(vertelScenario(p, scenarioVo(vo, p), 'vso')).toBe(
			nb(
				'Als de deelname vso 0,5 procentpunt stijgt, stijgen de afdrachten met € 900.000 tot € 5.400.000 en wordt het resultaat een tekort van € 700.000 (€ 900.000 minder dan het werkelijke resultaat).'
			)
		);
	});

	it('tells what the arrangements reached, against last year', () => {
		const nu: DoelmatigheidRow = {
			schooljaar: '2024-2025',
			niveau: 'swv',
			kring: null,
			school: null,
			naam: null,
			beeindigd: 5,
			met_vervolg: 4,
			terug_naar_basis: 2,
			naar_tlv: 1,
			terug_naar_basis_pct: 50,
			naar_tlv_pct: 25,
			kosten_beeindigd: 35_000,
			kosten_per_terug_naar_basis: 17_500
		};
		const vorig = { ...nu, schooljaar: '2023-2024', terug_naar_basis_pct: 100 };
		expect(vertelDoelmatigheid(nu, vorig)).toEqual([
			'Van de 4 arrangementen die in 2024-2025 eindigden met een bekend vervolg, ging 50,0% terug naar basisondersteuning (vorig schooljaar 100,0%) en leidde 25,0% tot een TLV. Van 1 is het vervolg niet bekend; die tellen niet mee.',
			nb('Per leerling die terugging naar basisondersteuning kostten de beëindigde arrangementen samen € 17.500.')
		]);
	});
});

describe('the overview tile', async () => {
	const { geldTegel } = await import('../financien');
	it('tells the newest boekjaar, above or below the line, and nothing without accounts', () => {
		expect(geldTegel([J2024, J2025])).toMatchObject({ jaar: 2025, afstand: 212_000, waar: 'boven' });
		expect(geldTegel([J2024])).toMatchObject({ jaar: 2024, afstand: 44_000, waar: 'onder' });
		expect(geldTegel([])).toBeNull();
	});
});

describe('hours against referrals', async () => {
	const { vertelUrenVerwijzingen } = await import('./financien');
	// Ten schools, hours 1…10 per 100 pupils: median 5,5. Above (6…10): changes −2, −1, −1, 0, 1 → median −1.
	// At or below (1…5): 0, 1, 2, 2, 3 → median +2.
	const rows = [0, 1, 2, 2, 3, -2, -1, -1, 0, 1].map((c, i) => ({ uren_per_100_leerlingen: i + 1, verandering_per_1000: c }));
	it('compares the schools above and below the median of hours, as an association', () => {
		expect(vertelUrenVerwijzingen(rows, '2024-2025')).toBe(
			'Scholen met meer uren van het expertteam (boven de mediaan van 5,5 uur per 100 leerlingen) verwezen in 2024-2025 1,0 per 1.000 leerlingen minder dan gemiddeld in de twee schooljaren ervoor (mediaan van de scholen); scholen met minder uren verwezen 2,0 per 1.000 leerlingen meer. Dit is een samenhang, geen oorzaak: uren gaan juist naar scholen waar de nood hoog is, en verwijzingen hangen van meer af.'
		);
	});
	it('says nothing with fewer than 10 schools with data', () => {
		expect(vertelUrenVerwijzingen(rows.slice(0, 9), '2024-2025')).toBeNull();
		expect(vertelUrenVerwijzingen([...rows.slice(0, 9), { uren_per_100_leerlingen: null, verandering_per_1000: 1 }], '2024-2025')).toBeNull();
	});
});
