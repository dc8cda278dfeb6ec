/**
 * A national set of DUO files in the 03 layout (one per gemeente, as DUO publishes them: UTF-8 with
 * a BOM, every field quoted, `;`), for the import benchmark: 342 gemeente files, 110.853 rows, one
 * row per school location × soort × postcode of the pupils. The SWV's own schools are in a few of
 * the files, among the rest of the country.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const GEMEENTEN = 342;
export const REGELS = 110_853;

const HEADER = [
	'PEILDATUM',
	'GEMEENTENUMMER',
	'GEMEENTENAAM',
	'POSTCODE_LEERLING',
	'GEMEENTENAAM_LEERLING',
	'INSTELLINGSCODE',
	'VESTIGINGSCODE',
	'INSTELLINGSNAAM_VESTIGING',
	'POSTCODE_VESTIGING',
	'PLAATSNAAM',
	'PROVINCIE',
	'SOORT_PO',
	'DENOMINATIE_VESTIGING',
	'BEVOEGD_GEZAG_NUMMER',
	'LEEFTIJD_JONGER',
	...Array.from({ length: 21 }, (_, i) => `LEEFTIJD_${i + 4}`),
	'LEEFTIJD_OUDER'
];

/** Deterministic pseudo-random numbers (the same set every run). */
function random(seed: number): () => number {
	let s = seed;
	return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * Write the set into `dir`; `eigen` (brin + vestiging) are placed in the first gemeenten, the rest of
 * the country has made-up BRINs that are not in the SWV's scholen. Returns the file paths.
 */
export function writeDuoLandelijk(dir: string, eigen: { brin: string; vestiging: string }[]): string[] {
	const rnd = random(42);
	const q = (v: string) => `"${v}"`;
	const files: string[] = [];
	let left = REGELS;
	let school = 0;
	const eigenLeft = [...eigen];
	const mine = new Set(eigen.map((e) => e.brin + e.vestiging));
	for (let g = 0; g < GEMEENTEN; g++) {
		const rows = g === GEMEENTEN - 1 ? left : Math.round(REGELS / GEMEENTEN);
		left -= rows;
		const naam = `Gemeente ${g + 1}`;
		const lines = [HEADER.map(q).join(';')];
		let n = 0;
		while (n < rows) {
			const own = eigenLeft.length && g < 12 ? eigenLeft.shift()! : null;
			let brin = own?.brin ?? '';
			let vestiging = own?.vestiging ?? '';
			// A school elsewhere in the country: never one of the SWV's own.
			while (!own && (brin === '' || mine.has(brin + vestiging))) {
				brin = `${String(10 + (school % 90)).padStart(2, '0')}${String.fromCharCode(65 + (((school / 90) % 26) | 0))}${String.fromCharCode(65 + (((school / 2340) % 26) | 0))}`;
				vestiging = String(school % 3).padStart(2, '0');
				if (mine.has(brin + vestiging)) school++;
			}
			school++;
			const postcodes = Math.min(rows - n, 10 + Math.floor(rnd() * 30));
			for (let p = 0; p < postcodes; p++, n++) {
				const ages = Array.from({ length: 23 }, (_, i) =>
					i < 2 || i > 10 ? '0' : rnd() < 0.5 ? '<5' : rnd() < 0.5 ? '0' : String(5 + Math.floor(rnd() * 20))
				);
				lines.push(
					[
						'20241001',
						String(g + 1).padStart(4, '0'),
						naam,
						String(1000 + g * 20 + p),
						naam,
						brin,
						vestiging,
						`School ${school}`,
						'1234AB',
						naam.toUpperCase(),
						'Provincie',
						rnd() < 0.9 ? 'Bo' : 'Sbo',
						'Openbaar',
						String(10000 + school),
						...ages
					]
						.map(q)
						.join(';')
				);
			}
		}
		const file = join(dir, `${naam} afgeschermd.csv`);
		writeFileSync(file, '\uFEFF' + lines.join('\r\n') + '\r\n');
		files.push(file);
	}
	return files;
}
