/**
 * A deliberately small markdown for toelichtingen: paragraphs, line breaks, lists ("- " or "1. "),
 * **vet** and links ([tekst](https://…) or a bare https://… address). Everything else is text.
 *
 * Safe by construction: the whole input is HTML-escaped first, and the only tags that can come out
 * are the ones written below; links are only made for http(s) addresses. So its output may be
 * rendered with {@html}. No library needed, and nothing a user writes can run script or style.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Runs on escaped text: "&quot;" and friends cannot end an attribute, and no "<" is left. */
function inline(escaped: string): string {
	const links: string[] = [];
	const keep = (html: string) => `\u0000${links.push(html) - 1}\u0000`;
	let s = escaped.replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, (_m, text: string, href: string) =>
		keep(`<a href="${href}" rel="noopener noreferrer nofollow">${text}</a>`)
	);
	s = s.replace(
		/(^|[\s(])(https?:\/\/[^\s<)]+[^\s<).,;:!?])/g,
		(_m, pre: string, href: string) => pre + keep(`<a href="${href}" rel="noopener noreferrer nofollow">${href}</a>`)
	);
	s = s.replace(/\*\*(?=\S)([^*\n]*?\S)\*\*/g, '<strong>$1</strong>');
	return s.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => links[Number(i)]);
}

const BULLET = /^\s*[-*]\s+/;
const NUMBER = /^\s*\d+[.)]\s+/;

/** Markdown text → safe HTML. */
export function renderMarkdown(text: string): string {
	const clean = text
		.replace(/\r\n?/g, '\n')
		.replace(/\u0000/g, '')
		.trim();
	if (!clean) return '';
	const blocks = clean.split(/\n\s*\n/);
	return blocks
		.map((block) => {
			const lines = block.split('\n').filter((l) => l.trim() !== '');
			for (const [re, tag] of [
				[BULLET, 'ul'],
				[NUMBER, 'ol']
			] as const) {
				if (lines.every((l) => re.test(l))) {
					return `<${tag}>${lines.map((l) => `<li>${inline(escapeHtml(l.replace(re, '')))}</li>`).join('')}</${tag}>`;
				}
			}
			return `<p>${lines.map((l) => inline(escapeHtml(l.trim()))).join('<br>')}</p>`;
		})
		.join('\n');
}

/** The text without markup, for a short preview or an aria label. */
export function plainText(text: string): string {
	return text
		.replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, '$1')
		.replace(/\*\*([^*\n]+)\*\*/g, '$1')
		.replace(/^\s*([-*]|\d+[.)])\s+/gm, '')
		.replace(/\s+/g, ' ')
		.trim();
}
