/**
 * The words of a sector (issue 16, docs/cijfers.md). A database is PO or VO — its sector follows from
 * the soorten in scholen (queries/monitor_info.sql gives it as `sector`) — and every page, sentence,
 * tile, chart label and CSV header speaks that sector's words: bao/sbo/so and rugzak in PO,
 * vo/pro/vso and lwoo in VO. Pages take them from here, never from a literal.
 *
 * Plain module without imports from $lib/server: used on the server (schema.ts reads SECTOR_SOORTEN,
 * so the import and the pages share one list) and in the browser.
 */

/** The VO deelname figures in the order every VO page shows them (metric ids; kerncijfers and the vo_* queries carry them under these names). */
export const VO_DEELNAME = ['deelname_vso_pct', 'deelname_pro_pct', 'deelname_lwoo_pct'] as const;

/** The soorten of scholen per sector; the import refuses a database that mixes them. */
export const SECTOR_SOORTEN = { po: ['bao', 'sbo', 'so'], vo: ['vo', 'pro', 'vso'] } as const;
export type Sector = keyof typeof SECTOR_SOORTEN;
export type Soort = (typeof SECTOR_SOORTEN)[Sector][number];

/**
 * The vervolg of an arrangement (schema.ts VERVOLG) that is a TLV, with the soort of that TLV:
 * naar_tlv_pct counts them all, and the import refuses one of the other sector (a vso-TLV in a PO
 * database, an sbo- or so-TLV in a VO one), as it refuses such a TLV itself.
 */
export const VERVOLG_TLV = { tlv_sbo: 'sbo', tlv_so: 'so', tlv_vso: 'vso' } as const;

export function sectorOfSoort(soort: string): Sector | null {
	for (const sector of ['po', 'vo'] as const) if ((SECTOR_SOORTEN[sector] as readonly string[]).includes(soort)) return sector;
	return null;
}

/** The sector of a set of soorten: null when they mix PO and VO (or none is known). */
export function sectorVanSoorten(soorten: Iterable<string>): Sector | null {
	const found = new Set<Sector>();
	for (const s of soorten) {
		const sector = sectorOfSoort(s);
		if (sector) found.add(sector);
	}
	return found.size === 1 ? [...found][0] : null;
}

/** monitor_info.sector as it arrives (string, or missing on an old database): PO unless it says vo. */
export function alsSector(v: unknown): Sector {
	return v === 'vo' ? 'vo' : 'po';
}

export interface SectorWoorden {
	sector: Sector;
	/** "PO" / "VO". */
	afkorting: string;
	/** "primair onderwijs" / "voortgezet onderwijs". */
	onderwijs: string;
	/** The soorten of scholen, regular first: label for filters and CSV headers, and the full name. */
	soorten: { soort: Soort; label: string; naam: string }[];
	/** The regular school soort (in the denominator) and the others. */
	regulier: Soort;
	/** The soorten in the denominator of the deelname figures, in words ("bao + sbo" / "vo + pro"). */
	noemer: string;
	/** TLV soorten of this sector. */
	tlvSoorten: ('sbo' | 'so' | 'vso')[];
	/** The deelname figures of this sector, as metric ids of $lib/metrics (kerncijfers carries them under these names). */
	deelname: string[];
	/** The pupil counts behind them (kerncijfers columns). */
	leerlingen: string[];
	/** What the extra support inside a regular school is called. */
	ondersteuning: string;
	/** A kring in this sector's words, singular and plural ("kring"/"kringen", "regio"/"regio's"). */
	kring: string;
	kringen: string;
	/** The possessive of a kring: "zijn deel" of de kring, "haar deel" of de regio. */
	kringZijn: string;
	/** The expert who comes to the school. */
	ab: string;
	/** The school's own coordinator of support. */
	coordinator: string;
	/** niveau of expertteam_inzet in this sector's words (VO: a klas, a docent). */
	niveaus: Record<'leerling' | 'groep' | 'leerkracht' | 'school', string>;
	/** Which teldata this sector counts on. */
	teldatum: string;
}

const WOORDEN: Record<Sector, SectorWoorden> = {
	po: {
		sector: 'po',
		afkorting: 'PO',
		onderwijs: 'primair onderwijs',
		soorten: [
			{ soort: 'bao', label: 'bao', naam: 'basisonderwijs' },
			{ soort: 'sbo', label: 'sbo', naam: 'speciaal basisonderwijs' },
			{ soort: 'so', label: 'so', naam: 'speciaal onderwijs' }
		],
		regulier: 'bao',
		noemer: 'bao + sbo',
		tlvSoorten: ['sbo', 'so'],
		deelname: ['deelname_sbo_pct', 'deelname_so_pct', 'rugzak_pct'],
		leerlingen: ['leerlingen_bao', 'leerlingen_sbo', 'leerlingen_so'],
		ondersteuning: 'rugzak of individueel arrangement',
		kring: 'kring',
		kringen: 'kringen',
		kringZijn: 'zijn',
		ab: 'ambulant begeleider',
		coordinator: 'intern begeleider',
		niveaus: { leerling: 'leerling', groep: 'groep', leerkracht: 'leerkracht', school: 'school' },
		teldatum: '1 oktober of 1 februari'
	},
	vo: {
		sector: 'vo',
		afkorting: 'VO',
		onderwijs: 'voortgezet onderwijs',
		soorten: [
			{ soort: 'vo', label: 'vo', naam: 'voortgezet onderwijs' },
			{ soort: 'pro', label: 'pro', naam: 'praktijkonderwijs' },
			{ soort: 'vso', label: 'vso', naam: 'voortgezet speciaal onderwijs' }
		],
		regulier: 'vo',
		noemer: 'vo + pro',
		tlvSoorten: ['vso'],
		deelname: [...VO_DEELNAME],
		leerlingen: ['leerlingen_vo', 'leerlingen_pro', 'leerlingen_vso', 'leerlingen_lwoo'],
		ondersteuning: 'leerwegondersteuning (lwoo)',
		kring: 'regio',
		kringen: 'regio’s',
		kringZijn: 'haar',
		ab: 'ambulant ondersteuner',
		coordinator: 'zorgcoördinator',
		niveaus: { leerling: 'leerling', groep: 'klas', leerkracht: 'docent', school: 'school' },
		teldatum: '1 oktober'
	}
};

export function sectorWoorden(sector: Sector): SectorWoorden {
	return WOORDEN[sector];
}

/** A soort of scholen in words ("praktijkonderwijs"); an unknown soort as it is. */
export function soortNaam(soort: string): string {
	for (const w of Object.values(WOORDEN)) for (const s of w.soorten) if (s.soort === soort) return s.naam;
	return soort;
}

/** An expertteam niveau in the sector's words: in VO the klassenwerkplan works on the klas. */
export function niveauLabel(niveau: string, sector: Sector): string {
	return (WOORDEN[sector].niveaus as Record<string, string>)[niveau] ?? niveau;
}

/** The words of the sector of a page's data (the root layout gives `info.sector`); PO when it says nothing. */
export function woordenVan(data: unknown): SectorWoorden {
	return sectorWoorden(alsSector((data as { info?: { sector?: unknown } } | null)?.info?.sector));
}

/** "kring" → "Kring", "regio’s" → "Regio’s". */
export function hoofdletter(woord: string): string {
	return woord.replace(/^./, (c) => c.toUpperCase());
}
