import NotFound from '../../components/NotFound'
import PageShell from '../../components/PageShell'
import { definePage } from '../../components/RegionGate'
import type { PageProps } from '../../domain/routes/page-spec'
import { notFoundSpec } from '../../domain/routes/specs'

/**
 * H5 only: an address that is no page of the app. The router's not-found hook (platform
 * redirectUnknownPages) sends it here with the address it was given; the one NotFound page says so.
 */
function NotFoundPage({ route }: PageProps<typeof notFoundSpec>) {
  return (
    <PageShell>
      <NotFound subject='page' reason='unknown-page' address={route.params.address} />
    </PageShell>
  )
}

export default definePage(notFoundSpec, NotFoundPage)
