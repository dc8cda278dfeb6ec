/**
 * The VO demo SWV (issue 16): a deterministic generator (seeded; same options, same bytes) of a
 * fictional secondary-education samenwerkingsverband with the shape of the Meierij VO: 8 gemeenten in
 * 3 regio's, 20 vo schools (12 with lwoo), 2 pro, 6 vso, ~20 000 pupils, six schooljaren counted on
 * 1 oktober, schoolbudgets per school, and *ambulante ondersteuning nieuwe stijl*.
 *
 * The story the pages can show: the first schooljaar still has the old way — formatie per regio and
 * AB'ers flown in per pupil (no vaste AB'er yet); from the second every vo and pro school has formatie of its own with one
 * vaste ambulant ondersteuner, whose share of the hours grows year by year while the number of
 * different AB'ers at a school falls. Vso participation falls slowly; lwoo too. One school underspends
 * its budget in the last year.
 */
import { csvLine, rng, verzuimRij, type DemoFiles } from './generate';

export interface VoDemoOptions {
	seed?: number;
	years?: number;
	firstYear?: number;
}

type Cell = string | number | null;

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const money = (v: number) => (Math.round(v * 100) / 100).toFixed(2);

/** Gemeente → regio (the VO SWV's kringen). Fictional names. */
const GEMEENTEN: [string, string][] = [
	['Meierveld', 'Regio Noord'],
	['Aawijk', 'Regio Noord'],
	['Heeswaard', 'Regio Noord'],
	['Berkendonk', 'Regio Midden'],
	['Sint-Odulfsrode', 'Regio Midden'],
	['Schijnbroek', 'Regio Midden'],
	['Dommelstein', 'Regio Zuid'],
	['Laarhoven', 'Regio Zuid']
];
const VO_NAMEN = [
	'Zwijsen College',
	'Fioretti Lyceum',
	'Het Hooghuis',
	'Elzendaal College',
	'Maasland College',
	'Udens College',
	'Gymnasium Bernrode',
	'Dommeldal College',
	'Sint-Janslyceum',
	'Het Stadsgymnasium',
	'Aa-Lyceum',
	'Vakcollege Meierveld',
	'Kempenhorst College',
	'Mgr. Zwijsen Vmbo',
	'Het Rodenborch',
	'Laarhoven Lyceum',
	'Walburg College',
	'Heeswaard Vmbo',
	'Berkendonk Havo-Vwo',
	'Schijnbroek Technasium'
];
const PRO_NAMEN = ['Praktijkschool De Rijzert', 'Praktijkschool Dommelstein'];
const VSO_NAMEN = ['VSO De Berkenschutse', 'VSO Het Bolwerk', 'VSO De Kubus', 'VSO Mytylschool', 'VSO De Sprong', 'VSO Kentalis Meierveld'];
const BESTUREN = ['Stichting Voortgezet Onderwijs Meierij', 'Stichting Ons Middelbaar Onderwijs', 'Stichting Openbaar VO Dommeldal'];
const ORGANISATIES = ['VSO De Berkenschutse', 'VSO Het Bolwerk', 'Kentalis', 'SWV'];
const EXPERTISES = ['gedrag', 'leren', 'taal en communicatie', 'motoriek en medisch', 'psychisch'];
const ACTIVITEITEN = ['consultatie', 'observatie', 'begeleiding', 'mdo', 'scholing', 'overig'] as const;
/** VO: the klassenwerkplan works on the class (groep) and the teachers. */
const NIVEAUS = ['leerling', 'groep', 'groep', 'leerkracht', 'leerkracht', 'school'] as const;
const BESTEDING = ['personeel', 'professionalisering', 'materialen', 'externe inzet', 'arrangementen', 'overig'] as const;
const BOOKINGS = [1, 1, 1.5, 2, 2, 2.5, 3, 4];

interface School {
	brin: string;
	naam: string;
	soort: 'vo' | 'pro' | 'vso';
	gemeente: string;
	kring: string | null;
	bestuur: string;
	leerlingen: number;
	/** Share of pupils with lwoo (0 for a school without). */
	lwoo: number;
	/** The school's vaste AB'er (vo and pro). */
	vasteAb: string;
}

const COLUMNS = {
	'scholen.csv': ['brin', 'vestiging', 'naam', 'soort', 'gemeente', 'kring', 'bestuur'],
	'telling.csv': ['teldatum', 'brin', 'vestiging', 'leerlingen', 'lwoo'],
	'tlv.csv': [
		'tlv_id',
		'leerling',
		'soort',
		'categorie',
		'herkomst_brin',
		'herkomst_vestiging',
		'aanvraagdatum',
		'besluitdatum',
		'ingangsdatum',
		'einddatum',
		'geboortejaar'
	],
	'arrangementen.csv': [
		'arrangement_id',
		'leerling',
		'brin',
		'vestiging',
		'soort',
		'naam',
		'aanvraagdatum',
		'startdatum',
		'einddatum',
		'evaluatiedatum',
		'bedrag',
		'vervolg'
	],
	'expertteam_formatie.csv': ['schooljaar', 'kring', 'organisatie', 'brin', 'vestiging', 'expert', 'uren'],
	'expertteam_inzet.csv': ['datum', 'kring', 'brin', 'vestiging', 'expert', 'organisatie', 'expertise', 'activiteit', 'niveau', 'uren', 'leerlingen'],
	'budget_toekenning.csv': ['schooljaar', 'brin', 'vestiging', 'onderdeel', 'bedrag'],
	'budget_besteding.csv': ['schooljaar', 'brin', 'vestiging', 'categorie', 'bedrag'],
	'verzuim.csv': ['melding_id', 'leerling', 'gemeente', 'brin', 'vestiging', 'soort', 'startdatum', 'einddatum', 'reden', 'uitkomst'],
	'financien.csv': ['jaar', 'soort', 'post', 'bedrag']
} as const;

export function generateVoDemo(options: VoDemoOptions = {}): DemoFiles {
	const r = rng(options.seed ?? 2016);
	const years = options.years ?? 6;
	const firstYear = options.firstYear ?? 2020;
	const out: Record<string, Cell[][]> = Object.fromEntries(Object.keys(COLUMNS).map((f) => [f, []]));
	const add = (file: keyof typeof COLUMNS, row: Cell[]) => out[file].push(row);

	// ── scholen ──────────────────────────────────────────────────────────────
	const brinSeen = new Set<string>();
	const newBrin = () => {
		for (;;) {
			const b = `${String(r.int(10, 99))}${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}`;
			if (!brinSeen.has(b)) return (brinSeen.add(b), b);
		}
	};
	const schools: School[] = [];
	VO_NAMEN.forEach((naam, i) => {
		const [gemeente, kring] = GEMEENTEN[i % GEMEENTEN.length];
		// 12 of the 20 have lwoo pupils (the vmbo schools), 6–14 % of their pupils.
		const lwoo = i % 5 < 3 ? 0.06 + r.next() * 0.08 : 0;
		schools.push({ brin: newBrin(), naam, soort: 'vo', gemeente, kring, bestuur: r.pick(BESTUREN), leerlingen: r.int(380, 1220), lwoo, vasteAb: '' });
	});
	PRO_NAMEN.forEach((naam, i) => {
		const [gemeente, kring] = GEMEENTEN[i === 0 ? 0 : 6];
		schools.push({ brin: newBrin(), naam, soort: 'pro', gemeente, kring, bestuur: BESTUREN[i], leerlingen: r.int(260, 340), lwoo: 0, vasteAb: '' });
	});
	VSO_NAMEN.forEach((naam, i) => {
		const [gemeente] = GEMEENTEN[(i * 3) % GEMEENTEN.length];
		schools.push({
			brin: newBrin(),
			naam,
			soort: 'vso',
			gemeente,
			kring: null,
			bestuur: 'Stichting Speciaal Onderwijs De Meierij',
			leerlingen: r.int(110, 190),
			lwoo: 0,
			vasteAb: ''
		});
	});
	const regular = schools.filter((s) => s.soort !== 'vso');
	// Twelve AB'ers, each the vaste AB'er of one or two schools, employed by a vso school or Kentalis.
	const experts = Array.from({ length: 12 }, (_, i) => ({
		code: `AB-${String(i + 1).padStart(2, '0')}`,
		organisatie: ORGANISATIES[i % 3],
		expertise: EXPERTISES[i % EXPERTISES.length]
	}));
	regular.forEach((s, i) => (s.vasteAb = experts[i % experts.length].code));
	const expertOf = new Map(experts.map((e) => [e.code, e]));
	for (const s of schools) add('scholen.csv', [s.brin, '00', s.naam, s.soort, s.gemeente, s.kring, s.bestuur]);

	// ── per schooljaar ───────────────────────────────────────────────────────
	let tlvNr = 0;
	let llNr = 0;
	let arrNr = 0;
	const openTlvs: { leerling: string; einde: number }[] = [];
	const gezien = new Set<string>();
	for (let y = 0; y < years; y++) {
		const jaar = firstYear + y;
		const sj = `${jaar}-${jaar + 1}`;
		const teldatum = utc(jaar, 10, 1);
		const trend = y / Math.max(1, years - 1); // 0 … 1 over the years

		// telling: pupils drift a little; lwoo falls slowly (the SWV's own arrangement replaces it).
		for (const s of schools) {
			s.leerlingen = Math.max(80, Math.round(s.leerlingen * (1 + r.normal(0, 0.025))));
			const lwoo = s.lwoo > 0 ? Math.round(s.leerlingen * s.lwoo * (1 - 0.04 * y)) : null;
			add('telling.csv', [iso(teldatum), s.brin, '00', s.leerlingen, lwoo]);
		}

		// vso TLVs: about 3,6 % falling to 3,1 % of vo + pro pupils hold one on 1 oktober.
		const noemer = regular.reduce((a, s) => a + s.leerlingen, 0);
		const doel = Math.round(noemer * (0.036 - 0.005 * trend));
		const geldig = openTlvs.filter((t) => t.einde >= teldatum).length;
		const nieuw = Math.max(0, doel - geldig);
		const extra = y === 0 ? 0 : r.int(20, 40);
		for (let i = 0; i < (y === 0 ? doel : nieuw + extra); i++) {
			tlvNr++;
			const leerling = `VL${String(++llNr).padStart(5, '0')}`;
			let besluit: number;
			let ingang: number;
			if (y === 0) {
				// The stock of earlier TLVs, valid on the first teldatum.
				ingang = utc(jaar - r.int(0, 2), 8, 1);
				besluit = ingang - r.int(5, 60) * DAY;
			} else if (i < nieuw) {
				// Decided before the teldatum, for the start of the schooljaar.
				besluit = utc(jaar, 6, 1) + r.int(0, 115) * DAY;
				ingang = Math.max(besluit, utc(jaar, 8, 1));
			} else {
				// Decided during the schooljaar, starting at once.
				besluit = utc(jaar, 11, 1) + r.int(0, 240) * DAY;
				ingang = besluit;
			}
			const aanvraag = r.chance(0.93) ? besluit - r.int(14, 75) * DAY : null;
			const eindJaar = new Date(ingang).getUTCFullYear() + (new Date(ingang).getUTCMonth() >= 7 ? 1 : 0);
			const einde = utc(Math.max(eindJaar + r.pick([0, 1, 1, 2, 3]), jaar + (y === 0 ? 1 : 0)), 7, 31);
			const herkomst = r.chance(0.85) ? r.pick(regular) : null;
			const categorie = r.chance(0.75) ? 'laag' : r.chance(0.6) ? 'midden' : 'hoog';
			openTlvs.push({ leerling, einde });
			add('tlv.csv', [
				`VSO-${String(tlvNr).padStart(5, '0')}`,
				leerling,
				'vso',
				categorie,
				herkomst?.brin ?? null,
				herkomst ? '00' : null,
				aanvraag === null ? null : iso(aanvraag),
				iso(besluit),
				iso(ingang),
				iso(einde),
				jaar - r.int(12, 17)
			]);
		}

		// arrangementen: individual and group support at vo and pro schools (no rugzak in VO).
		for (const s of regular) {
			const n = Math.round((s.leerlingen / 1000) * r.int(4, 9));
			for (let i = 0; i < n; i++) {
				const groep = r.chance(0.2);
				const start = utc(jaar, 9, 1) + r.int(0, 240) * DAY;
				const mdo = start - r.int(3, 30) * DAY;
				const einde = start + r.int(60, 200) * DAY;
				add('arrangementen.csv', [
					`VA-${String(++arrNr).padStart(5, '0')}`,
					groep ? null : `VL${String(r.int(1, 99999)).padStart(5, '0')}`,
					s.brin,
					'00',
					groep ? 'groep' : 'individueel',
					groep ? r.pick(['Time-outvoorziening', 'Rebound', 'Trajectklas']) : r.pick(['Gedrag', 'Leren', 'Psychisch', 'Thuiszitpreventie']),
					iso(mdo),
					iso(start),
					iso(einde),
					r.chance(0.8) ? iso(start + r.int(60, 110) * DAY) : null,
					money(groep ? r.int(8000, 20000) : r.int(1500, 6000))
				]);
			}
		}

		// expertteam: the first year formatie per regio (old style); then per school, with its vaste AB'er.
		const perRegio = new Map<string, number>();
		for (const s of regular) {
			const uren = Math.round(s.leerlingen * 0.09);
			if (y === 0) perRegio.set(s.kring!, (perRegio.get(s.kring!) ?? 0) + uren);
			else add('expertteam_formatie.csv', [sj, null, expertOf.get(s.vasteAb)!.organisatie, s.brin, '00', s.vasteAb, uren]);
		}
		for (const [kring, uren] of perRegio) add('expertteam_formatie.csv', [sj, kring, 'SWV', null, null, null, uren]);
		// The vaste AB'er's share grows: 25 % of the hours in the first year, towards 85 % in the last;
		// the others come from a pool that narrows from 8 to 2 AB'ers.
		const aandeelVast = y === 0 ? 0.1 : 0.45 + 0.4 * trend;
		const pool = Math.max(2, Math.round(8 - 6 * trend));
		for (const s of regular) {
			const formatie = Math.round(s.leerlingen * 0.09);
			const besteed = formatie * (0.8 + r.next() * 0.25);
			const anderen = Array.from({ length: pool }, () => r.pick(experts).code).filter((c) => c !== s.vasteAb);
			let geboekt = 0;
			while (geboekt < besteed) {
				const uren = r.pick(BOOKINGS);
				geboekt += uren;
				const code = r.chance(aandeelVast) || anderen.length === 0 ? s.vasteAb : r.pick(anderen);
				const e = expertOf.get(code)!;
				const datum = utc(jaar, 8, 20) + r.int(0, 320) * DAY;
				const niveau = r.pick(NIVEAUS);
				const row: Cell[] = [
					iso(datum),
					s.kring,
					s.brin,
					'00',
					code,
					e.organisatie,
					e.expertise,
					r.pick(ACTIVITEITEN),
					niveau,
					uren,
					niveau === 'leerling' ? 1 : niveau === 'groep' ? r.int(20, 30) : null
				];
				// Two identical bookings would be reported as a possible double entry: the demo has none.
				const key = row.join(',');
				if (gezien.has(key)) continue;
				gezien.add(key);
				add('expertteam_inzet.csv', row);
			}
		}

		// schoolbudget: € 55 per pupil plus an ondersteuningsdeel; spent per category, 75–105 %.
		for (const s of regular) {
			const basis = s.leerlingen * 55;
			const ondersteuning = s.soort === 'pro' ? 60000 : Math.round(s.leerlingen * (s.lwoo > 0 ? 40 : 20));
			add('budget_toekenning.csv', [sj, s.brin, '00', 'basisbedrag per leerling', money(basis)]);
			add('budget_toekenning.csv', [sj, s.brin, '00', 'ondersteuningsdeel', money(ondersteuning)]);
			const onder = y === years - 1 && s === regular[3];
			const totaal = (basis + ondersteuning) * (onder ? 0.52 : 0.75 + r.next() * 0.3);
			const verdeling = [0.5, 0.12, 0.06, 0.17, 0.1, 0.05];
			BESTEDING.forEach((c, i) => add('budget_besteding.csv', [sj, s.brin, '00', c, money(totaal * verdeling[i] * (0.85 + r.next() * 0.3))]));
		}
	}

	generateVervolg(out, { seed: options.seed ?? 2016, firstYear, years });
	generateVerzuim(schools, out, { seed: options.seed ?? 2016, firstYear, years });
	generateFinancien(out, { seed: options.seed ?? 2016, firstYear, years });

	const files: DemoFiles = {};
	for (const [file, cols] of Object.entries(COLUMNS)) files[file] = [cols.join(',') + '\n', ...out[file].map(csvLine)].join('');
	return files;
}

/**
 * vervolg (doelmatigheid) for the VO demo: what followed each arrangement that ended by 31 juli of the
 * last schooljaar, added as the last cell of its row. Its own random stream, so every other VO demo
 * value stays as it was. About 1 in 8 unrecorded; of the rest most go back to basisondersteuning, more so
 * in later years, and fewer end in a vso-TLV (as vso participation falls); a group arrangement seldom
 * ends in a TLV.
 */
function generateVervolg(out: Record<string, Cell[][]>, o: { seed: number; firstYear: number; years: number }): void {
	const r = rng(o.seed * 67 + 18);
	const laatsteDag = iso(utc(o.firstYear + o.years, 7, 31));
	for (const row of out['arrangementen.csv']) {
		const [soort, eind] = [row[4], row[8] === null ? null : String(row[8])];
		if (eind === null || eind > laatsteDag || r.chance(0.12)) {
			row.push(null);
			continue;
		}
		// The schooljaar it ended in, counted from the first (2020-2021 is 0).
		const k = Number(eind.slice(0, 4)) - (Number(eind.slice(5, 7)) < 8 ? 1 : 0) - o.firstYear;
		row.push(vervolgVo(r, soort === 'groep', k));
	}
}

function vervolgVo(r: ReturnType<typeof rng>, groep: boolean, k: number): string {
	if (groep) return r.chance(0.72) ? 'basisondersteuning' : r.pick(['verlenging', 'verlenging', 'ander_arrangement', 'tlv_vso']);
	const basis = Math.min(0.6, 0.44 + 0.03 * k);
	const tlv = Math.max(0.05, 0.1 - 0.01 * k);
	const x = r.next();
	if (x < basis) return 'basisondersteuning';
	if (x < basis + 0.15) return 'verlenging';
	if (x < basis + 0.26) return 'ander_arrangement';
	if (x < basis + 0.26 + tlv) return 'tlv_vso';
	if (x < basis + 0.3 + tlv) return 'verhuisd';
	return 'overig';
}

const REDENEN = ['gedrag', 'psychisch', 'psychisch', 'psychisch', 'lichamelijk', 'geen_passend_aanbod', 'geen_passend_aanbod', 'wachtlijst', 'overig'] as const;
const VRIJSTELLINGEN = ['vrijstelling_5a', 'vrijstelling_5a', 'vrijstelling_5b', 'vrijstelling_15'] as const;
const UITKOMSTEN = ['passende_plek', 'passende_plek', 'terug_naar_school', 'terug_naar_school', 'vrijstelling', 'verhuisd', 'overig'] as const;

/**
 * verzuim (issue 17) for the VO demo: the thuiszitterslijst taken on 1 juli of the last schooljaar. Its
 * own random stream, so it changed none of the other VO demo files. VO has more thuiszitters than PO:
 * about 3,5 new meldingen per 1.000 pupils a year (psychisch the most common reason), durations with a
 * long tail, and a few vrijstellingen.
 */
function generateVerzuim(schools: School[], out: Record<string, Cell[][]>, o: { seed: number; firstYear: number; years: number }): void {
	const r = rng(o.seed * 31 + 17);
	const exportDay = utc(o.firstYear + o.years, 7, 1);
	const pupils = schools.reduce((a, s) => a + s.leerlingen, 0);
	const gemeenten = GEMEENTEN.map(([g]) => g);
	const rows: Cell[][] = [];
	let seq = 0;
	const add = (soort: string, start: number, dagen: number, reden: string | null, uitkomst: string | null) => {
		const school = r.chance(0.12) ? null : r.pick(schools);
		const gemeente = school && r.chance(0.8) ? school.gemeente : r.pick(gemeenten);
		seq++;
		const vestiging = school && { brin: school.brin, vestiging: '00' };
		rows.push(
			verzuimRij(
				{ nummer: seq, leerling: `VLV${String(seq).padStart(6, '0')}`, gemeente, school: vestiging, soort, start, eind: start + dagen * DAY, reden, uitkomst },
				exportDay
			)
		);
	};
	for (let y = o.firstYear - 2; y < o.firstYear + o.years; y++) {
		const nieuw = Math.round((pupils / 1000) * (3.3 + 0.1 * (y - o.firstYear)) * (0.85 + r.next() * 0.3));
		for (let i = 0; i < nieuw; i++) {
			const start = utc(y, 8, 20) + r.int(0, 320) * DAY;
			if (start >= exportDay) continue;
			const dagen = Math.max(5, Math.round(Math.exp(r.normal(Math.log(60), 0.95))));
			add(r.chance(0.6) ? 'absoluut' : 'langdurig_relatief', start, dagen, r.chance(0.08) ? null : r.pick(REDENEN), r.pick(UITKOMSTEN));
		}
		const vrij = Math.round((pupils / 1000) * 0.5 * (0.85 + r.next() * 0.3));
		for (let i = 0; i < vrij; i++) {
			const start = utc(y, 8, 1) + r.int(0, 330) * DAY;
			if (start < exportDay) add(r.pick(VRIJSTELLINGEN), start, r.int(200, 1200), null, 'overig');
		}
	}
	rows.sort((a, b) => String(a[6]).localeCompare(String(b[6])) || String(a[0]).localeCompare(String(b[0])));
	out['verzuim.csv'].push(...rows);
}

/**
 * financien (issue 18) for the VO demo: the SWV's own accounts per boekjaar (the calendar years wholly
 * inside the demo). Baten from the vo + pro pupils on 1 oktober (ondersteuningsbekostiging) and the lwoo
 * and pro budget the SWV receives and passes on to the schools; lasten from the demo's own vso-TLVs
 * (afdracht vso on 1 februari), schoolbudgets, arrangements and expertteam hours. Its own random stream.
 */
function generateFinancien(out: Record<string, Cell[][]>, o: { seed: number; firstYear: number; years: number }): void {
	const r = rng(o.seed * 53 + 5);
	const rows: Cell[][] = [];
	let eigenVermogen = 1_600_000;
	for (let jaar = o.firstYear + 1; jaar < o.firstYear + o.years; jaar++) {
		const yi = jaar - o.firstYear;
		const okt = iso(utc(jaar - 1, 10, 1));
		const telling = out['telling.csv'].filter((t) => t[0] === okt);
		const leerlingen = telling.reduce((a, t) => a + Number(t[3]), 0);
		const lwoo = telling.reduce((a, t) => a + (t[4] === null ? 0 : Number(t[4])), 0);
		const feb = iso(utc(jaar, 2, 1));
		const vso = new Set(out['tlv.csv'].filter((t) => String(t[8]) <= feb && (t[9] === null || String(t[9]) >= feb)).map((t) => t[1])).size;
		const sj = `${jaar - 1}-${jaar}`;
		const budget = out['budget_toekenning.csv'].filter((t) => t[0] === sj).reduce((a, t) => a + Number(t[4]), 0);
		const arrangementen = out['arrangementen.csv'].filter((t) => String(t[7]).startsWith(String(jaar))).reduce((a, t) => a + Number(t[10] ?? 0), 0);
		const uren = out['expertteam_inzet.csv'].filter((t) => String(t[0]).startsWith(String(jaar))).reduce((a, t) => a + Number(t[9]), 0);
		const lwooPro = lwoo * 3_900 + 600 * 4_300;
		const baten: [string, number][] = [
			['ondersteuningsbekostiging zwaar', leerlingen * (440 + 6 * yi)],
			['ondersteuningsbekostiging licht', leerlingen * 105],
			['lwoo en pro', lwooPro],
			['overige baten', 25_000 + r.int(0, 10_000)]
		];
		const lasten: [string, number][] = [
			['afdracht vso', vso * (8_900 + 120 * yi)],
			['doorbetaling lwoo en pro', lwooPro],
			['schoolbudgetten', budget],
			['arrangementen', arrangementen],
			['expertteam', uren * (74 + yi)],
			['organisatie', 390_000 * (1 + 0.025 * yi)],
			['ondersteuning en projecten', 0]
		];
		const totaalBaten = baten.reduce((a, [, v]) => a + v, 0);
		// Planned small deficits spend the reserve down towards the Inspectie's line; ondersteuning en projecten take the difference.
		const doel = totaalBaten * (1 + Math.max(0, 0.02 - 0.005 * (yi - 1)) + 0.002 * r.next());
		const rest = lasten.reduce((a, [, v]) => a + v, 0);
		lasten[lasten.length - 1][1] = Math.max(50_000, doel - rest);
		for (const [post, v] of baten)
			rows.push([jaar, 'begroting_baten', post, money(Math.round((v * (0.985 + 0.01 * r.next())) / 1000) * 1000)], [jaar, 'baten', post, money(v)]);
		for (const [post, v] of lasten)
			rows.push([jaar, 'begroting_lasten', post, money(Math.round((v * (0.95 + 0.08 * r.next())) / 1000) * 1000)], [jaar, 'lasten', post, money(v)]);
		eigenVermogen += totaalBaten - lasten.reduce((a, [, v]) => a + v, 0);
		rows.push([jaar, 'eigen_vermogen', 'algemene reserve', money(eigenVermogen)]);
	}
	out['financien.csv'].push(...rows);
}

/** Write the VO demo exports to `dir`; returns rows per file. */
export async function writeVoDemo(dir: string, options: VoDemoOptions = {}): Promise<Record<string, number>> {
	const { mkdirSync, writeFileSync } = await import('node:fs');
	const { join } = await import('node:path');
	mkdirSync(dir, { recursive: true });
	const counts: Record<string, number> = {};
	for (const [file, content] of Object.entries(generateVoDemo(options))) {
		writeFileSync(join(dir, file), content);
		counts[file] = content.split('\n').length - 2;
	}
	return counts;
}
