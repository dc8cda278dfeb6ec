/**
 * "Vertellen": every sentence the monitor writes about a figure, per area, beside the generic engine
 * (`taal.ts`: comparison words, ranges, ranks, trends). Pages and the jaarverslag call these; they never
 * build sentences themselves. Import from `$lib/vertellen` or from the area's own module.
 */
export * from './taal';
export * from './verwijzingen';
export * from './expertteam';
export * from './budget';
export * from './thuiszitters';
export * from './financien';
export * from './streefwaarden';
export * from './vo';
export * from './arrangementen';
