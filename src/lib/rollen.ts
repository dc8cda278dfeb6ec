/**
 * What each role may see, in the words of the login page (the demo roles) and the account page, in the
 * sector's words (a regio in VO). The roles themselves and what they may read are $lib/server/roles.ts
 * and access.ts.
 */
import type { SectorWoorden } from './sector';

export function watDeRolZiet(rol: string, w: SectorWoorden): string | undefined {
	const rollen: Record<string, string> = {
		beheerder: 'gegevens inlezen, accounts en het logboek, en alle cijfers',
		bestuur: `alle cijfers van het samenwerkingsverband, per ${w.kring} en per school`,
		adviseur: `alle cijfers van het samenwerkingsverband, per ${w.kring} en per school`,
		school: `de cijfers van de eigen school, naast de ${w.kring}, het SWV en het land`
	};
	return rollen[rol];
}
