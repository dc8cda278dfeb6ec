/**
 * How many rows of a plain listing (schools, late arrangements, the per-school doelmatigheid) a page
 * shows: a very large SWV has thousands, which nobody reads on screen and which would make the page
 * heavy; the CSV beside it has them all. Not under $lib/server: the financien model, which also runs in
 * the browser, cuts its tables to the same length.
 */
export const LISTING_LIMIT = 200;
