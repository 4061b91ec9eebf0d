/**
 * The three categories of the 办法, as links and storage name them. On its own, so that the storage
 * schema (main package) imports these three words and not the rules and their texts (tools package).
 */
export const RETIREMENT_KINDS = ['male', 'female50', 'female55'] as const
export type RetirementKind = (typeof RETIREMENT_KINDS)[number]
