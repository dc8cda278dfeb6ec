/**
 * The audit log: who logged in (or failed to), who was refused, who downloaded figures, who changed
 * accounts and column profiles. Imports are logged by the importer in import_log; the beheerder's page shows both
 * together (`auditEntries`). Writing a line never breaks the request that caused it.
 */
import type { MonitorDb } from './db';

export type AuditEvent =
	| 'inloggen'
	| 'inloggen_mislukt'
	| 'inloggen_geblokkeerd'
	| 'uitloggen'
	| 'wachtwoord_gewijzigd'
	| 'geweigerd'
	| 'export'
	| 'account_toegevoegd'
	| 'account_verwijderd'
	| 'account_gewijzigd'
	| 'domein_toegestaan'
	| 'domein_verwijderd'
	| 'wachtwoord_gereset'
	| 'streefwaarde_gewijzigd'
	| 'kolomprofiel_bewaard'
	| 'kolomprofiel_hernoemd'
	| 'kolomprofiel_verwijderd';

export interface AuditEntry {
	tijdstip: string;
	gebruiker: string | null;
	gebeurtenis: AuditEvent | 'import';
	details: string;
	ip: string | null;
}

export async function audit(db: MonitorDb, e: { user: string | null; event: AuditEvent; details?: string; ip?: string | null }): Promise<void> {
	try {
		await db.query(
			`INSERT INTO audit_log (tijdstip, gebruiker, gebeurtenis, details, ip) VALUES (CAST($t AS TIMESTAMP), $gebruiker, $gebeurtenis, $details, $ip)`,
			{
				t: new Date().toISOString().slice(0, 23).replace('T', ' '),
				gebruiker: e.user,
				gebeurtenis: e.event,
				details: (e.details ?? '').slice(0, 500),
				ip: e.ip ?? null
			}
		);
	} catch (err) {
		console.error('Auditregel niet opgeslagen:', err);
	}
}

/** Newest first: the audit log and the imports (import_log), optionally of one kind of event. */
export async function auditEntries(db: MonitorDb, options: { limit?: number; event?: string } = {}): Promise<AuditEntry[]> {
	const r = await db.query(
		`SELECT * FROM (
			SELECT tijdstip, gebruiker, gebeurtenis, details, ip FROM audit_log
			UNION ALL
			SELECT tijdstip, gebruiker, 'import' AS gebeurtenis,
				uitkomst || ': ' || CAST(bestanden AS VARCHAR) || ' (' || meldingen || ' meldingen)' AS details, NULL AS ip
			FROM import_log
		) WHERE $gebeurtenis IS NULL OR gebeurtenis = $gebeurtenis
		ORDER BY tijdstip DESC LIMIT CAST($limit AS INTEGER)`,
		{ gebeurtenis: options.event ?? null, limit: String(options.limit ?? 500) }
	);
	return r.rows as unknown as AuditEntry[];
}

/** The visitor's address for the log (adapter-node: the socket, or ADDRESS_HEADER behind a proxy). */
export function clientAddress(event: { getClientAddress(): string }): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'onbekend';
	}
}
