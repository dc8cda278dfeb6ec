-- jaarverslag_keuzes: the kringen and their bao and sbo schools, to choose the place of a jaarverslag.
-- A list of schools by name: not for the school role.
-- @scope all
SELECT kring, brin || vestiging AS code, naam, soort
FROM scholen
WHERE soort IN ('bao', 'sbo') AND kring IS NOT NULL
ORDER BY kring, naam
