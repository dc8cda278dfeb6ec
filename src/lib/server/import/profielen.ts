/**
 * Kolomprofielen: column mappings saved under a name (koppeling.ts), in the table kolomprofielen.
 * Listed, renamed, deleted, and exported or imported as JSON so SWVs can share them.
 */
import { z } from 'zod';
import type { MonitorDb } from '../db';
import { audit } from '../audit';
import { TABLES } from '../schema';
import { kopSleutel, koppelingSchema, type Koppeling, type Profiel } from './koppeling';

export const profielNaam = z
	.string()
	.trim()
	.min(2, 'De naam van een profiel heeft minstens 2 tekens.')
	.max(80, 'De naam van een profiel is hoogstens 80 tekens.');

/** A profile as it is exported: JSON that another SWV can import. */
export const profielJson = koppelingSchema.extend({ naam: profielNaam, formaat: z.literal('passend-monitor-kolomprofiel').optional() });

export interface ProfielRij {
	naam: string;
	tabel: string;
	kop: string[];
	door: string;
	tijdstip: string;
	koppeling: Profiel;
}

export async function profielen(db: MonitorDb): Promise<ProfielRij[]> {
	const r = await db.query(
		`SELECT naam, tabel, koppeling::VARCHAR AS k, door, strftime(tijdstip, '%Y-%m-%d %H:%M') AS t FROM kolomprofielen ORDER BY lower(naam)`
	);
	return r.rows.map((x) => {
		const k = koppelingSchema.parse(JSON.parse(String(x.k)));
		return { naam: String(x.naam), tabel: String(x.tabel), kop: k.kop, door: String(x.door), tijdstip: String(x.t), koppeling: { ...k, naam: String(x.naam) } };
	});
}

export async function profiel(db: MonitorDb, naam: string): Promise<Profiel | null> {
	return (await profielen(db)).find((p) => p.naam.toLowerCase() === naam.trim().toLowerCase())?.koppeling ?? null;
}

/** Who changes a profile, for the audit log: the account, and where it came from (web page) or null (CLI). */
export interface Wie {
	ip?: string | null;
	/** Said in the log line: "geïmporteerd uit indigo.json", "bij het inlezen van export.csv". */
	hoe?: string;
}

/**
 * Save (or replace, same name) a profile; a profile of the same header under another name is replaced
 * too. Every change of a profile is in the audit log with who and when (it decides how files are read).
 */
export async function bewaarProfiel(db: MonitorDb, naam: string, k: Koppeling, door: string, wie: Wie = {}): Promise<string | null> {
	const n = profielNaam.safeParse(naam);
	if (!n.success) return n.error.issues[0].message;
	const parsed = koppelingSchema.safeParse(k);
	if (!parsed.success)
		return `Het profiel "${naam}" is geen geldige kolomkoppeling: ${parsed.error.issues[0].path.join('.')} ${parsed.error.issues[0].message}.`;
	const spec = TABLES.find((t) => t.name === parsed.data.tabel);
	if (!spec) return `Het profiel "${naam}" is voor een onbekende tabel "${parsed.data.tabel}". Kies een van: ${TABLES.map((t) => t.name).join(', ')}.`;
	const vreemd = Object.values(parsed.data.kolommen).filter((c) => c !== null && !spec.columns.some((x) => x.name === c));
	if (vreemd.length)
		return `Het profiel "${naam}" noemt kolommen die tabel ${spec.name} niet heeft: ${vreemd.join(', ')}. Kies een van: ${spec.columns.map((c) => c.name).join(', ')}.`;
	const sleutel = kopSleutel(parsed.data.kop);
	const vervangen = (
		await db.query(`SELECT naam FROM kolomprofielen WHERE lower(naam) = lower($naam) OR (tabel = $tabel AND kop = $kop) ORDER BY naam`, {
			naam: n.data,
			tabel: spec.name,
			kop: sleutel
		})
	).rows.map((x) => String(x.naam));
	await db.query(`DELETE FROM kolomprofielen WHERE lower(naam) = lower($naam) OR (tabel = $tabel AND kop = $kop)`, {
		naam: n.data,
		tabel: spec.name,
		kop: sleutel
	});
	await db.query(`INSERT INTO kolomprofielen VALUES ($naam, $tabel, $kop, $k::JSON, $door, CAST($t AS TIMESTAMP))`, {
		naam: n.data,
		tabel: spec.name,
		kop: sleutel,
		k: JSON.stringify(parsed.data),
		door,
		t: new Date().toISOString().slice(0, 19).replace('T', ' ')
	});
	const vorige = vervangen.length ? `, vervangt ${vervangen.map((v) => `"${v}"`).join(', ')}` : '';
	await audit(db, {
		user: door,
		event: 'kolomprofiel_bewaard',
		details: `"${n.data}" (tabel ${spec.name})${wie.hoe ? `, ${wie.hoe}` : ''}${vorige}`,
		ip: wie.ip
	});
	return null;
}

export async function hernoemProfiel(db: MonitorDb, oud: string, nieuw: string, door: string, wie: Wie = {}): Promise<string | null> {
	const n = profielNaam.safeParse(nieuw);
	if (!n.success) return n.error.issues[0].message;
	const alle = await profielen(db);
	if (!alle.some((p) => p.naam === oud)) return `Er is geen profiel "${oud}". Laad de pagina opnieuw.`;
	if (alle.some((p) => p.naam !== oud && p.naam.toLowerCase() === n.data.toLowerCase())) return `Er is al een profiel "${n.data}". Kies een andere naam.`;
	await db.query(`UPDATE kolomprofielen SET naam = $nieuw WHERE naam = $oud`, { oud, nieuw: n.data });
	await audit(db, { user: door, event: 'kolomprofiel_hernoemd', details: `"${oud}" heet nu "${n.data}"`, ip: wie.ip });
	return null;
}

/** Delete a profile; false when there is none of that name (nothing is logged then). */
export async function verwijderProfiel(db: MonitorDb, naam: string, door: string, wie: Wie = {}): Promise<boolean> {
	const weg = (await db.query(`DELETE FROM kolomprofielen WHERE naam = $naam RETURNING tabel`, { naam })).rows;
	if (weg.length === 0) return false;
	await audit(db, { user: door, event: 'kolomprofiel_verwijderd', details: `"${naam}" (tabel ${String(weg[0].tabel)})`, ip: wie.ip });
	return true;
}

/** JSON of a profile file → a profile, or a Dutch message naming the file and what is wrong. */
export function leesProfielJson(tekst: string, bestand: string): { profiel: Profiel & { naam: string } } | { fout: string } {
	let data: unknown;
	try {
		data = JSON.parse(tekst);
	} catch {
		return { fout: `Het bestand "${bestand}" is geen JSON. Kies een profiel dat met "Exporteren" is opgeslagen.` };
	}
	const p = profielJson.safeParse(data);
	if (!p.success) {
		const i = p.error.issues[0];
		return {
			fout: `Het bestand "${bestand}" is geen kolomprofiel: veld ${i.path.join('.') || '(hele bestand)'} ${i.message}. Kies een profiel dat met "Exporteren" is opgeslagen.`
		};
	}
	return { profiel: p.data };
}
