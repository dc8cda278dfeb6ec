/**
 * Column mapping (issue 15): a case system's export with its own headers and codes, mapped onto a
 * table's columns by the beheerder. A mapping names, per header of the file, the column it is read as
 * or null ("niet inlezen": the column is never read or stored, so an identifying column the monitor
 * does not need passes the privacy refusal), and per coded column the file's values → allowed values.
 * Saved as a named profile (table kolomprofielen), it is applied to every later file with the same
 * header. Suggestions: known aliases, a fuzzy match on the name, and whether the first values fit.
 */
import { z } from 'zod';
import type { ColumnSpec, TableSpec } from '../schema';
import { normaliseHeader } from './parse';

export const koppelingSchema = z.object({
	tabel: z.string().regex(/^[a-z_]+$/),
	/** The file's headers as they were, in order: the same header (normalised) applies the mapping. */
	kop: z.array(z.string().max(200)).min(1).max(500),
	/** Header → column, or null: not read. */
	kolommen: z.record(
		z.string(),
		z
			.string()
			.regex(/^[a-z_]+$/)
			.nullable()
	),
	/** Column → (file value, normalised → allowed value). */
	waarden: z.record(z.string(), z.record(z.string(), z.string())).default({})
});
export type Koppeling = z.infer<typeof koppelingSchema>;

/** A profile: a mapping under a name (and where it came from when applied). */
export type Profiel = Koppeling & { naam?: string };

/** The header of a file, as one string: two files with the same header get the same profile. */
export const kopSleutel = (kop: string[]) => kop.map(normaliseHeader).filter(Boolean).join('|');

/** Text normalised for comparing: lower case, words only. */
const woorden = (s: string) =>
	normaliseHeader(s)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/** Levenshtein distance (short strings: headers). */
function afstand(a: string, b: string): number {
	const d = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let prev = d[0];
		d[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const t = d[j];
			d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = t;
		}
	}
	return d[b.length];
}

/** Words that mean the same in exports: nr = nummer, dd = datum, start = ingang, … */
const GELIJK: Record<string, string> = {
	nr: 'nummer',
	no: 'nummer',
	num: 'nummer',
	dd: 'datum',
	d: 'datum',
	dat: 'datum',
	start: 'ingang',
	begin: 'ingang',
	eind: 'eind',
	tot: 'eind',
	id: 'nummer',
	code: 'nummer',
	dossier: 'tlv',
	beschikking: 'tlv',
	type: 'soort',
	zwaarte: 'categorie',
	school: 'brin',
	instelling: 'brin',
	van: 'herkomst'
};
const stam = (w: string) => GELIJK[w] ?? w.replace(/(datum|nummer)$/, ' $1').trim();
const delen = (s: string) =>
	woorden(s)
		.split(' ')
		.flatMap((w) =>
			stam(w)
				.split(' ')
				.map((x) => GELIJK[x] ?? x)
		)
		.filter(Boolean);

/** How much a header looks like a name (0…1): exact, all words shared, or few edits apart. */
function naamScore(header: string, naam: string): number {
	const h = woorden(header);
	const n = woorden(naam);
	if (!h || !n) return 0;
	if (h === n || h.replace(/ /g, '') === n.replace(/ /g, '')) return 1;
	const hw = new Set(delen(header));
	const nw = new Set(delen(naam.replace(/_/g, ' ')));
	const gedeeld = [...nw].filter((w) => hw.has(w)).length;
	const woordScore = gedeeld / Math.max(nw.size, hw.size);
	const letters = 1 - afstand(h.replace(/ /g, ''), n.replace(/ /g, '')) / Math.max(h.length, n.length);
	return Math.max(woordScore * 0.9, letters >= 0.75 ? letters * 0.85 : 0);
}

/** Whether text values fit a column (share of the sample, 0…1); null when nothing to judge. */
export function pastWaarden(col: ColumnSpec, waarden: string[]): number | null {
	const v = waarden.map((x) => (x ?? '').trim()).filter(Boolean);
	if (v.length === 0) return null;
	const past = (x: string): boolean => {
		switch (col.type) {
			case 'date':
				return /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{4}-\d{1,2}-\d{1,2}/.test(x);
			case 'brin':
				return /^\d{2}[A-Za-z]{2}$/.test(x) || /^\d{2}[A-Za-z]{2}\d{2}$/.test(x);
			case 'vestiging':
				return /^\d{1,2}$/.test(x);
			case 'integer':
				return /^-?\d+$/.test(x);
			case 'decimal':
			case 'euro':
				return /^[€\s-]*[\d.,]+$/.test(x);
			case 'schooljaar':
				return /^\d{4}\s*[-/]\s*\d{2,4}$/.test(x);
			default:
				return col.values ? waardeVan(col, x) !== null : true;
		}
	};
	return v.filter(past).length / v.length;
}

/** The allowed value a file's value stands for by the spec alone (synonyms), or null. */
export function waardeVan(col: ColumnSpec, x: string, eigen?: Record<string, string>): string | null {
	const k = x.trim().toLowerCase().replace(/\s+/g, ' ');
	if (eigen?.[k]) return eigen[k];
	if (col.values?.includes(k)) return k;
	return col.synonyms?.[k] ?? null;
}

export interface Voorstel {
	/** The file's header. */
	kop: string;
	/** Suggested column, or null (not read). */
	kolom: string | null;
	/** Why, in Dutch: "bekende naam", "lijkt op tlv_id", "waarden passen bij besluitdatum". */
	reden: string | null;
	zeker: boolean;
}

/**
 * Suggest a column for every header: the best pairs first, each column at most once. `monsters[i]`:
 * the first values of header i. A pair counts when the name looks alike and the values fit; a header
 * without a name match is taken for a required column that is still missing when only its values fit
 * and it is the only header whose values do.
 */
export function stelVoor(spec: TableSpec, kop: string[], monsters: string[][] = []): Voorstel[] {
	const paren: { i: number; col: ColumnSpec; score: number; reden: string; zeker: boolean }[] = [];
	kop.forEach((h, i) => {
		if (!h.trim()) return;
		for (const col of spec.columns) {
			const naam = Math.max(...[col.name, ...col.aliases].map((n) => naamScore(h, n)));
			const pas = pastWaarden(col, monsters[i] ?? []);
			// Values of a coded column the spec does not know are what value mapping is for.
			if (pas !== null && pas < 0.5 && !col.values) continue;
			const exact = [col.name, ...col.aliases].some((n) => normaliseHeader(n) === normaliseHeader(h));
			if (exact) paren.push({ i, col, score: 2, reden: 'bekende kolomnaam', zeker: true });
			else if (naam >= 0.45)
				paren.push({ i, col, score: naam + (pas ?? 0.5) * 0.3, reden: `naam lijkt op ${col.name}${pas ? ', waarden passen' : ''}`, zeker: false });
		}
	});
	paren.sort((a, b) => b.score - a.score || a.i - b.i);
	const uit: Voorstel[] = kop.map((h) => ({ kop: h, kolom: null, reden: null, zeker: false }));
	const bezet = new Set<string>();
	for (const p of paren) {
		if (uit[p.i].kolom || bezet.has(p.col.name)) continue;
		uit[p.i] = { kop: kop[p.i], kolom: p.col.name, reden: p.reden, zeker: p.zeker };
		bezet.add(p.col.name);
	}
	// Still missing and required: a header whose values alone fit (only when exactly one does).
	for (const col of spec.columns.filter((c) => c.required && !bezet.has(c.name) && c.type !== 'text')) {
		const vrij = uit.flatMap((u, i) => (u.kolom === null && kop[i].trim() && (pastWaarden(col, monsters[i] ?? []) ?? 0) >= 0.9 ? [i] : []));
		if (vrij.length === 1) {
			uit[vrij[0]] = { kop: kop[vrij[0]], kolom: col.name, reden: `waarden passen bij ${col.name}`, zeker: false };
			bezet.add(col.name);
		}
	}
	return uit;
}

/**
 * Suggested values for the values of a coded column that the spec does not know: a value that holds
 * exactly one allowed value or synonym as a word ("Categorie 1" → laag, "Speciaal basisonderwijs" → sbo),
 * or null (the beheerder chooses).
 */
export function stelWaardenVoor(col: ColumnSpec, waarden: string[]): Record<string, string | null> {
	const uit: Record<string, string | null> = {};
	if (!col.values) return uit;
	const bekend = Object.entries({ ...Object.fromEntries(col.values.map((v) => [v, v])), ...(col.synonyms ?? {}) });
	for (const x of waarden) {
		const k = x.trim().toLowerCase().replace(/\s+/g, ' ');
		if (!k || waardeVan(col, k) !== null) continue;
		const w = woorden(k);
		const hits = new Set(bekend.filter(([syn]) => syn.length > 1 && (` ${w} `.includes(` ${woorden(syn)} `) || woorden(syn).includes(w))).map(([, v]) => v));
		uit[k] = hits.size === 1 ? [...hits][0] : null;
	}
	return uit;
}

/** The mapping to apply to a file of `spec` with this header: a given one first, then a profile of the same header. */
export function koppelingVoor(spec: TableSpec | null, kop: string[], koppelingen: Profiel[]): Profiel | null {
	const sleutel = kopSleutel(kop);
	return koppelingen.find((k) => (!spec || k.tabel === spec.name) && kopSleutel(k.kop) === sleutel) ?? null;
}

/** What the mapping screen needs for one file (ImportReport.koppelen). */
export interface KoppelVraag {
	bestand: string;
	tabel: string;
	kop: string[];
	/** The first rows as text (a column refused for privacy stays empty). */
	rijen: string[][];
	/** Per header: its suggestion. */
	voorstel: Voorstel[];
	/** Per header, per coded column: the file's values the column does not know → a suggested value or null. */
	waarden: Record<string, Record<string, string | null>>[];
	/** The table's columns, for the choices. */
	kolommen: { naam: string; verplicht: boolean; uitleg: string; waarden: string[] | null }[];
	/** Headers refused for their name or content (privacy): "niet inlezen" is their way through. */
	privacy: string[];
	/**
	 * Headers the table does not know, skipped unread: offered for mapping also when the file is fine
	 * otherwise, so a misnamed optional column ("Evaluatie datum") is not lost unnoticed.
	 */
	ongebruikt: string[];
}

export function koppelVraag(
	bestand: string,
	spec: TableSpec,
	monster: { kop: string[]; rijen: string[][]; waarden: string[][] },
	privacy: string[],
	eerder?: Profiel,
	ongebruikt: string[] = []
): KoppelVraag {
	const voorstel = stelVoor(spec, monster.kop, monster.waarden);
	if (eerder) {
		const k = new Map(Object.entries(eerder.kolommen).map(([h, c]) => [normaliseHeader(h), c]));
		voorstel.forEach((v, i) => {
			if (k.has(normaliseHeader(v.kop))) voorstel[i] = { ...v, kolom: k.get(normaliseHeader(v.kop)) ?? null, reden: 'uit uw koppeling', zeker: true };
		});
	}
	// A refused column is not read unless the beheerder says otherwise.
	voorstel.forEach((v, i) => {
		if (privacy.includes(v.kop)) voorstel[i] = { ...v, kolom: null, reden: 'identificeert een leerling: niet inlezen', zeker: false };
	});
	const waarden = monster.waarden.map((w) => {
		const uit: Record<string, Record<string, string | null>> = {};
		for (const col of spec.columns.filter((c) => c.values)) {
			const m = stelWaardenVoor(col, w);
			if (Object.keys(m).length) uit[col.name] = m;
		}
		return uit;
	});
	return {
		bestand,
		tabel: spec.name,
		kop: monster.kop,
		rijen: monster.rijen,
		voorstel,
		waarden,
		privacy,
		ongebruikt,
		kolommen: spec.columns.map((c) => ({ naam: c.name, verplicht: c.required, uitleg: c.description, waarden: c.values ?? null }))
	};
}

/** The suggested mapping of a file as a mapping (the CLI saves it with --profiel-opslaan). */
export function voorgesteld(v: KoppelVraag): Koppeling {
	const waarden: Record<string, Record<string, string>> = {};
	v.voorstel.forEach((x, i) => {
		for (const [van, naar] of Object.entries((x.kolom && v.waarden[i][x.kolom]) || {})) if (naar) (waarden[x.kolom!] ??= {})[van] = naar;
	});
	return { tabel: v.tabel, kop: v.kop, kolommen: Object.fromEntries(v.voorstel.map((x) => [x.kop, x.kolom])), waarden };
}

/** The suggested mapping in words, for the CLI's refusal. */
export function voorstelTekst(v: KoppelVraag): string {
	const regels = v.voorstel.filter((x) => x.kop).map((x) => `  "${x.kop}" → ${x.kolom ?? 'niet inlezen'}${x.reden ? ` (${x.reden})` : ''}`);
	const open = v.waarden.flatMap((per, i) =>
		(v.voorstel[i].kolom ? Object.entries(per[v.voorstel[i].kolom!] ?? {}) : []).map(
			([van, naar]) => `  waarde "${van}" in "${v.kop[i]}" → ${naar ?? '? (kies zelf)'}`
		)
	);
	const mist = v.kolommen.filter((c) => c.verplicht && !c.naam.endsWith('vestiging') && !v.voorstel.some((x) => x.kolom === c.naam)).map((c) => c.naam);
	return [
		`De kolommen van ${v.bestand} (tabel ${v.tabel}) passen niet vanzelf. Voorgestelde koppeling:`,
		...regels,
		...open,
		...(mist.length ? [`  Niet gevonden (verplicht): ${mist.join(', ')}.`] : [])
	].join('\n');
}
