/**
 * A large, valid expertteam_inzet CSV for the crash test and the import benchmark. Rows are spread
 * over one schooljaar, the given schools and kringen; deterministic, and practically without
 * duplicate rows (the moduli are coprime), like a real export.
 */
import { createWriteStream } from 'node:fs';

const ACTIVITEITEN = ['consultatie', 'observatie', 'begeleiding', 'mdo', 'scholing', 'overig'];
const NIVEAUS = ['leerling', 'groep', 'leerkracht', 'school'];
const EXPERTISE = ['gedrag', 'leren', 'taal en communicatie', 'motoriek en medisch'];
const UREN = ['0.5', '1', '1.5', '2', '2.5', '3', '4'];

export async function writeInzetCsv(path: string, rows: number, schools: { brin: string; vestiging: string; kring: string }[]): Promise<void> {
	const out = createWriteStream(path);
	const start = Date.UTC(2024, 7, 1);
	const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
	await write('datum,kring,brin,vestiging,expert,organisatie,expertise,activiteit,niveau,uren,leerlingen\n');
	let chunk: string[] = [];
	for (let i = 0; i < rows; i++) {
		const s = schools[i % schools.length];
		const datum = new Date(start + (i % 365) * 86_400_000).toISOString().slice(0, 10);
		chunk.push(
			`${datum},${s.kring},${s.brin},${s.vestiging},EXP-${i % 997},${i % 3 === 0 ? 'AED' : 'SWV'},${EXPERTISE[i % 4]},${ACTIVITEITEN[i % 6]},${NIVEAUS[i % 4]},${UREN[i % 7]},${i % 31}`
		);
		if (chunk.length === 10_000) {
			await write(chunk.join('\n') + '\n');
			chunk = [];
		}
	}
	if (chunk.length) await write(chunk.join('\n') + '\n');
	await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
}
