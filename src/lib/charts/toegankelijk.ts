/**
 * A Plot drawing as one image for assistive technology (a labelled group when its marks link). Plot gives every mark's <g> an aria-label
 * ("rule", "dot", "line"), which is not allowed on an element without a role (axe:
 * aria-prohibited-attr) and says nothing to a listener. The chart itself is the image: role="img"
 * with the Dutch label the page gives (and its description); its parts are hidden from screen
 * readers, which read the same figures in the table view beside every chart. The parts keep their
 * mark names, so tests can still count the drawn dots or bars. A mark that links to a kring or
 * school page is for the mouse (tabindex -1): the keyboard reaches the same pages from the tables.
 */
export const STANDAARD_LABEL = 'Grafiek';

export function alsAfbeelding<T extends Element>(svg: T, label?: string): T {
	if (svg.tagName.toLowerCase() !== 'svg') return svg;
	// An image has presentational children, so it may hold no links (axe: nested-interactive): a chart
	// whose marks lead to a kring or school page is a labelled group instead.
	svg.setAttribute('role', svg.querySelector('a') ? 'group' : 'img');
	if (!svg.getAttribute('aria-label')) svg.setAttribute('aria-label', label || STANDAARD_LABEL);
	for (const part of Array.from(svg.children)) part.setAttribute('aria-hidden', 'true');
	for (const a of Array.from(svg.querySelectorAll('a'))) a.setAttribute('tabindex', '-1');
	return svg;
}
