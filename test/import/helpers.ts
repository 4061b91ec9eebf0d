/** Shared by the importer tests: import a file from disk, and compare items with a catalogue field for field. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { CatalogueFile, CatalogueItem } from '../../types/catalogue'
import { importCatalogue, type ImportOptions, type ImportResult } from '../../scripts/import'

export const ROOT = path.resolve(__dirname, '../..')
export const HAMI_SOURCE = path.join(ROOT, 'mock-data/hami/source/000_88a5f2f0b07f0616.txt')
export const BIJIE_SOURCE = path.join(ROOT, 'mock-data/bijie/source/004_ddc107a2ae80b304.txt')
export const FIXTURES = path.join(ROOT, 'test/import/fixtures')

export function importFile(file: string, options: Partial<ImportOptions> & Pick<ImportOptions, 'regionId' | 'name'>): Promise<ImportResult> {
  return importCatalogue(file, readFileSync(file), { today: new Date(2026, 10, 1), ...options })
}

/** Every field of every item but the hand-written sourceNotes. */
export function withoutNotes(items: readonly CatalogueItem[]): Omit<CatalogueItem, 'sourceNotes'>[] {
  return items.map(({ sourceNotes: _notes, ...rest }) => rest)
}

export function realCatalogue(region: string): CatalogueFile {
  return JSON.parse(readFileSync(path.join(ROOT, 'mock-data', region, 'catalogue.json'), 'utf8'))
}
