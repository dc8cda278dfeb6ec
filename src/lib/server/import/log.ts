/** The import log as the beheer page shows it (newest first). */
import type { MonitorDb } from '../db';
import type { FileInfo } from './report';

export interface LogEntry {
	id: number;
	tijdstip: string;
	gebruiker: string;
	uitkomst: string;
	bestanden: FileInfo[];
	rijen: Record<string, number>;
	meldingen: number;
}

export async function importLog(db: MonitorDb, limit = 200): Promise<LogEntry[]> {
	const r = await db.query(
		`SELECT id, strftime(tijdstip, '%Y-%m-%dT%H:%M:%S') AS tijdstip, gebruiker, uitkomst, bestanden::VARCHAR AS bestanden, rijen::VARCHAR AS rijen, meldingen
		 FROM import_log ORDER BY id DESC LIMIT $limit::INTEGER`,
		{ limit }
	);
	return r.rows.map((x) => ({
		id: Number(x.id),
		tijdstip: String(x.tijdstip),
		gebruiker: String(x.gebruiker),
		uitkomst: String(x.uitkomst),
		bestanden: JSON.parse(String(x.bestanden)) as FileInfo[],
		rijen: JSON.parse(String(x.rijen)) as Record<string, number>,
		meldingen: Number(x.meldingen)
	}));
}
