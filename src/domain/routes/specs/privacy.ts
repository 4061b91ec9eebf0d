import { noParams, pageSpec } from '../page-spec'

/** 隐私说明: no region data; the title names the citizen's region. */
export const privacySpec = pageSpec({
  key: 'privacy',
  parse: noParams,
  share: () => ({ view: { page: 'privacy' }, subject: '隐私说明' }),
})
