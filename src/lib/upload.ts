/** Words about upload sizes, the same in the browser (before uploading) and on the server. */
const MB = 1024 * 1024;

export function formatMb(bytes: number): string {
	return `${(bytes / MB).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}

export function tooLargeMessage(bytes: number, limit: number): string {
	return (
		`De bestanden zijn samen ${formatMb(bytes)}; de webpagina neemt hoogstens ${formatMb(limit)} tegelijk aan. ` +
		'Lees de bestanden in delen in (bijvoorbeeld per schooljaar), of laat de beheerder van de server ze inlezen met npm run import.'
	);
}
