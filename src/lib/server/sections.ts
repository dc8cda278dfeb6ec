/**
 * Loaders for the expertteam and budget sections that the kring and school pages show
 * (components/expertteam/ExpertteamSection.svelte, components/budget/BudgetSection.svelte).
 * They only run registry queries; every figure comes from queries/*.sql. Per-school listings are
 * left out (null) for a school account, whose scope does not allow them.
 */
import type { QueryRegistry } from './queries';
import type { Scope } from './roles';
import { vandaagInNederland } from '../format';
import type {
	BudgetEenSchoolRow,
	BudgetKringRow,
	BudgetSchoolRow,
	BudgetSectionData,
	BurnupRow,
	ExpertteamEenSchoolRow,
	ExpertteamKringRow,
	ExpertteamSchoolRow,
	ExpertteamSectionData,
	SectionOptions,
	VerdelingRow,
	WatervalRow
} from '$lib/expertteam';

export type { SectionOptions, ExpertteamSectionData, BudgetSectionData } from '$lib/expertteam';

const rows = <T>(r: { rows: unknown[] }) => r.rows as T[];
const opt = (v: string | null | undefined) => v ?? undefined;

export async function loadExpertteamSection(registry: QueryRegistry, scope: Scope, options: SectionOptions): Promise<ExpertteamSectionData> {
	const school = options.school ?? null;
	const schoolRows = school ? rows<ExpertteamEenSchoolRow>(await registry.run('school_expertteam', { school }, scope)) : null;
	const kring = options.kring ?? schoolRows?.[0]?.kring ?? null;
	const base = { schooljaar: opt(options.schooljaar) };
	// Today's date as a parameter: the pace changes with the day, and the query cache is keyed on parameters.
	const vandaag = options.vandaag ?? vandaagInNederland();
	const [kringen, burnup, verdeling, scholen] = await Promise.all([
		registry.run('expertteam_kringen', { ...base, kring: opt(kring), vandaag }, scope),
		registry.run('expertteam_burnup', { ...base, kring: opt(kring), vandaag }, scope),
		registry.run('expertteam_verdeling', { ...base, kring: opt(kring) }, scope),
		kring && !school && scope.role !== 'school' ? registry.run('expertteam_scholen', { ...base, kring }, scope) : null
	]);
	const k = rows<ExpertteamKringRow>(kringen);
	return {
		schooljaar: k[0]?.schooljaar ?? options.schooljaar ?? null,
		kring,
		school,
		kringRow: kring ? (k.find((r) => !r.totaal && r.kring === kring) ?? null) : null,
		swvRow: k.find((r) => r.totaal) ?? null,
		burnup: rows<BurnupRow>(burnup),
		verdeling: rows<VerdelingRow>(verdeling),
		scholen: scholen ? rows<ExpertteamSchoolRow>(scholen) : null,
		schoolRows
	};
}

export async function loadBudgetSection(registry: QueryRegistry, scope: Scope, options: SectionOptions): Promise<BudgetSectionData> {
	const school = options.school ?? null;
	const schoolRows = school ? rows<BudgetEenSchoolRow>(await registry.run('school_budget', { school }, scope)) : null;
	const kring = options.kring ?? schoolRows?.[0]?.kring ?? null;
	const [kringen, waterval, scholen] = await Promise.all([
		registry.run('budget_kringen', { kring: opt(kring) }, scope),
		registry.run('budget_waterval', { schooljaar: opt(options.schooljaar), kring: school ? undefined : opt(kring), school: opt(school) }, scope),
		kring && !school && scope.role !== 'school' ? registry.run('budget_scholen', { schooljaar: opt(options.schooljaar), kring }, scope) : null
	]);
	const w = rows<WatervalRow>(waterval);
	return {
		schooljaar: w[0]?.schooljaar ?? options.schooljaar ?? null,
		kring,
		school,
		kringRows: rows<BudgetKringRow>(kringen).filter((r) => r.totaal || r.kring === kring),
		waterval: w,
		scholen: scholen ? rows<BudgetSchoolRow>(scholen) : null,
		schoolRows
	};
}
