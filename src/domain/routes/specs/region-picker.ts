import { noParams, pageSpec, want } from '../page-spec'

/** 选择地区: the province's regions. Forwarded, it would choose for someone else: a friend gets the region's home (share null). */
export const regionPickerSpec = pageSpec({
  key: 'regionPicker',
  parse: noParams,
  wants: () => ({ province: want('province', '') }),
  share: () => null,
})
