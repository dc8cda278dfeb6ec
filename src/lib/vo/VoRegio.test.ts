/**
 * A VO regio's page (/kringen/<regio>) as it renders on the server, on rows written out by hand:
 * "vorig schooljaar" is last year's row or nothing (never an older year), and the regio's place among
 * the regio's is the query's `rang` of `rang_van` (vo_deelname_per_kring), not a count over the rows
 * the page happens to see.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import VoRegio from './VoRegio.svelte';
import type { VoDeelnamePerKringRow, VoTlvVsoRow } from '$lib/rows.generated';
import type { KerncijfersRow } from '$lib/kerncijfers';

const text = (html: string) =>
	html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');
const figuur = <R>(rows: R[]) => ({ rows, total: rows.length, csv: '/csv' });

/** Regio Zuid on 1 oktober 2024: 3.400 vo + 600 pro = 4.000; 30 with a vso-TLV is 0,75 %. */
function regio(kring: string, extra: Partial<VoDeelnamePerKringRow> = {}): VoDeelnamePerKringRow {
	return {
		schooljaar: '2024-2025',
		teldatum: '2024-10-01',
		kring,
		leerlingen_vo: 3400,
		leerlingen_pro: 600,
		leerlingen_lwoo: 180,
		leerlingen_vso: 30,
		deelname_vso_pct: 0.75,
		deelname_pro_pct: 15,
		deelname_lwoo_pct: 4.5,
		vorig_teldatum: '2023-10-01',
		vorig_leerlingen_vo: 4000,
		vorig_leerlingen_pro: 1000,
		vorig_leerlingen_lwoo: 300,
		vorig_leerlingen_vso: 25,
		vorig_deelname_vso_pct: 0.5,
		vorig_deelname_pro_pct: 20,
		vorig_deelname_lwoo_pct: 6,
		scholen: 6,
		rang: null,
		rang_van: null,
		...extra
	};
}

/** vso-TLVs that came from the regio's schools in one schooljaar, per 1.000 of 4.000 pupils vo + pro. */
function tlvJaar(schooljaar: string, verwijzingen: number): VoTlvVsoRow {
	return {
		schooljaar,
		tlv_vso: verwijzingen,
		verwijzingen,
		zonder_herkomst: 0,
		tlv_laag: verwijzingen,
		tlv_midden: 0,
		tlv_hoog: 0,
		tlv_categorie_onbekend: 0,
		referentie_teldatum: `${schooljaar.slice(0, 4)}-10-01`,
		leerlingen: 4000,
		vso_verwijzingen_per_1000: (1000 * verwijzingen) / 4000,
		doorlooptijd_p25: 20,
		doorlooptijd_mediaan: 40,
		doorlooptijd_p75: 60,
		met_aanvraagdatum: verwijzingen,
		zonder_aanvraagdatum: 0,
		scholen: 6
	};
}

function toon(props: { regios: VoDeelnamePerKringRow[]; tlv: VoTlvVsoRow[] }) {
	const { body } = render(VoRegio, {
		props: {
			kring: 'Regio Zuid',
			schooljaar: '2024-2025',
			regios: figuur(props.regios),
			kern: figuur([{ teldatum: '2024-10-01', deelname_vso_pct: 2.5, deelname_pro_pct: 3.33, deelname_lwoo_pct: 3 } as unknown as KerncijfersRow]),
			scholen: null,
			tlv: figuur(props.tlv),
			tlvSwv: figuur([tlvJaar('2024-2025', 100)]),
			ab: null
		}
	});
	return body;
}
/** The cells of the comparison table's row of one figure: the regio, the regio vorig jaar, the SWV. */
function cellen(body: string, id: string): string[] {
	const rij = new RegExp(`<tr data-metric="${id}">([^]*?)</tr>`).exec(body)?.[1] ?? '';
	return [...rij.matchAll(/<td[^>]*>([^]*?)<\/td>/g)].map((m) => text(m[1]).trim());
}

describe('VoRegio: vorig schooljaar', () => {
	it('compares 2024-2025 with 2023-2024: 12 vso-TLVs of 4.000 is 3,0 per 1.000, last year 8 is 2,0', () => {
		const body = toon({ regios: [regio('Regio Zuid')], tlv: [tlvJaar('2022-2023', 20), tlvJaar('2023-2024', 8), tlvJaar('2024-2025', 12)] });
		expect(text(body)).toContain('3,0 per 1.000 leerlingen vo en pro (vorig schooljaar 2,0)');
		expect(cellen(body, 'tlv_vso')).toEqual(['12', '8', '100']);
	});

	it('gives no comparison when the regio had no vso-TLV last year, not the 20 of 2022-2023 as "vorig schooljaar" (before: 5,0)', () => {
		// vo_tlv_vso with a kring leaves out 2023-2024, in which none came from the regio's schools.
		const body = toon({ regios: [regio('Regio Zuid')], tlv: [tlvJaar('2022-2023', 20), tlvJaar('2024-2025', 12)] });
		const t = text(body);
		expect(t).toContain('3,0 per 1.000 leerlingen vo en pro, in het samenwerkingsverband');
		expect(t).not.toContain('vorig schooljaar 5,0');
		expect(cellen(body, 'tlv_vso')).toEqual(['12', 'geen gegevens', '100']);
		expect(cellen(body, 'doorlooptijd_tlv')[1]).toBe('geen gegevens');
	});
});

describe('VoRegio: its place among the regio’s', () => {
	it('reads the query’s rang of rang_van: a school account sees only its own regio, yet it is 2 of 5 (before: 1 of 1)', () => {
		const t = text(toon({ regios: [regio('Regio Zuid', { rang: 2, rang_van: 5 })], tlv: [] }));
		expect(t).toContain('Regio Zuid staat daarmee op plaats 2 van de 5 regio’s');
	});

	it('does not count the rows it sees: a regio shown as "<5" does not drop out (before: plaats 1 van de 2)', () => {
		const regios = [
			regio('Regio Noord', { leerlingen_vso: '<5', deelname_vso_pct: 'verborgen', rang: 'verborgen' }),
			regio('Regio Zuid', { rang: 2, rang_van: 3 }),
			regio('Regio West', { deelname_vso_pct: 0.5, rang: 3, rang_van: 3 })
		];
		expect(text(toon({ regios, tlv: [] }))).toContain('Regio Zuid staat daarmee op plaats 2 van de 3 regio’s');
	});

	it('says nothing of a place when its own rate is hidden', () => {
		const t = text(toon({ regios: [regio('Regio Zuid', { leerlingen_vso: '<5', deelname_vso_pct: 'verborgen', rang: 'verborgen', rang_van: 3 })], tlv: [] }));
		expect(t).not.toContain('plaats');
	});
});
