/**
 * What each role may see, in the words of the login page (the demo roles) and the account page. The
 * roles themselves and what they may read are $lib/server/roles.ts and access.ts.
 */
export const WAT_DE_ROL_ZIET: Record<string, string> = {
	beheerder: 'gegevens inlezen, accounts en het logboek, en alle cijfers',
	bestuur: 'alle cijfers van het samenwerkingsverband, per kring en per school',
	adviseur: 'alle cijfers van het samenwerkingsverband, per kring en per school',
	school: 'de cijfers van de eigen school, naast de kring, het SWV en het land'
};
