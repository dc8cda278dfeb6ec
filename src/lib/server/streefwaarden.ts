/**
 * Own targets (streefwaarden, issue 19), stored in the monitor's own table `streefwaarde` (schema.ts,
 * META_DDL: imports never touch it). Every change is a new row with who and when, and a line in the
 * audit log; removing a target adds a row without bounds. Only the bestuur and the beheerder may
 * change them (checked here, from locals, never from the form).
 */
import { z } from 'zod';
import type { MonitorDb } from './db';
import { audit } from './audit';
import { clearPageCache } from './page-cache';
import type { Role } from './roles';
import { STREEF_METRICS, doelWoorden, type Streefwaarde } from '../vertellen/streefwaarden';
import { metric } from '../metrics';

export const STREEF_ROLLEN: readonly Role[] = ['beheerder', 'bestuur'];

export class StreefwaardeError extends Error {
	constructor(
		message: string,
		readonly status: 400 | 403
	) {
		super(message);
	}
}

export interface StreefVersie extends Streefwaarde {
	door: string;
	rol: string;
	tijdstip: string;
}

/** The current target of every figure that has one. */
export async function huidigeStreefwaarden(db: MonitorDb): Promise<Record<string, Streefwaarde>> {
	const r = await db.query(`SELECT metric, min, max FROM streefwaarde QUALIFY row_number() OVER (PARTITION BY metric ORDER BY id DESC) = 1`);
	const out: Record<string, Streefwaarde> = {};
	for (const row of r.rows) {
		const s = { metric: String(row.metric), min: row.min === null ? null : Number(row.min), max: row.max === null ? null : Number(row.max) };
		if (s.min !== null || s.max !== null) out[s.metric] = s;
	}
	return out;
}

/** Every change, newest first. */
export async function streefGeschiedenis(db: MonitorDb): Promise<StreefVersie[]> {
	const r = await db.query(`SELECT metric, min, max, door, rol, strftime(tijdstip, '%Y-%m-%dT%H:%M:%S') AS tijdstip FROM streefwaarde ORDER BY id DESC`);
	return r.rows.map((row) => ({
		metric: String(row.metric),
		min: row.min === null ? null : Number(row.min),
		max: row.max === null ? null : Number(row.max),
		door: String(row.door),
		rol: String(row.rol),
		tijdstip: String(row.tijdstip)
	}));
}

/** "1,8" or "1.8" or "" (no bound) from the form. */
const grens = z
	.string()
	.trim()
	.transform((s) => s.replace(/%$/, '').trim().replace(',', '.'))
	.refine((s) => s === '' || /^-?\d+(\.\d+)?$/.test(s), 'schrijf een getal, bijvoorbeeld 1,8')
	.transform((s) => (s === '' ? null : Number(s)));

const invoer = z
	.object({ metric: z.enum(STREEF_METRICS), min: grens, max: grens })
	.refine((s) => s.min === null || s.max === null || s.min <= s.max, { message: 'de ondergrens is groter dan de bovengrens', path: ['min'] });

export interface Actor {
	scope: { role: Role };
	user: { name: string } | null;
}

/** Set (or, with both bounds empty, remove) the target of one figure. */
export async function zetStreefwaarde(
	db: MonitorDb,
	actor: Actor,
	form: { metric: unknown; min: unknown; max: unknown },
	ip: string | null = null
): Promise<Streefwaarde> {
	if (!actor.user || !STREEF_ROLLEN.includes(actor.scope.role))
		throw new StreefwaardeError('Alleen het bestuur en de beheerder stellen streefwaarden vast.', 403);
	const p = invoer.safeParse({ metric: String(form.metric ?? ''), min: String(form.min ?? ''), max: String(form.max ?? '') });
	if (!p.success) {
		const i = p.error.issues[0];
		const veld = i.path[0] === 'metric' ? 'het cijfer' : i.path[0] === 'min' ? 'de ondergrens' : 'de bovengrens';
		throw new StreefwaardeError(`De streefwaarde is niet opgeslagen: ${veld}: ${i.path[0] === 'metric' ? 'kies een cijfer uit de lijst' : i.message}.`, 400);
	}
	const s: Streefwaarde = p.data;
	await db.query(
		`INSERT INTO streefwaarde (metric, min, max, door, rol, tijdstip) VALUES ($metric, CAST($min AS DOUBLE), CAST($max AS DOUBLE), $door, $rol, CAST($t AS TIMESTAMP))`,
		{ metric: s.metric, min: s.min, max: s.max, door: actor.user.name, rol: actor.scope.role, t: new Date().toISOString().slice(0, 23).replace('T', ' ') }
	);
	await audit(db, { user: actor.user.name, event: 'streefwaarde_gewijzigd', details: `${metric(s.metric).label}: ${doelWoorden(s)}`, ip });
	// Tiles, sentences and signals read the targets: rendered pages must not keep the old ones.
	clearPageCache();
	return s;
}
