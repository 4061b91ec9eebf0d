/** The bundled catalogue index (main package): regions, themes, categories and item summaries. */
import type { CatalogueIndex } from '../../types/generated'
import data from '../generated/catalogue.json'
import { createCatalogue } from '../domain/catalogue/queries'

export const catalogue = createCatalogue(data as unknown as CatalogueIndex)
