import { Fragment } from 'react'
import { splitPhoneNumbers } from '../../domain/phone'
import { callPhone, TelLink } from '../../platform'
import './index.scss'

/**
 * Text that may hold a phone number ("也可拨打 12333"): every number in it is a call control (a tel: link on
 * H5, a tap that dials on weapp, where WeChat asks before calling), so no page shows a number a citizen
 * cannot call. Works in Moments' single page too, where calls still work. Use inside a View, not a Text.
 */
export default function PhoneText({ text }: { text: string }) {
  return (
    <>
      {splitPhoneNumbers(text).map((part, i) =>
        typeof part === 'string' ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <TelLink key={i} className='phone-text__number' number={part.number} label={`拨打 ${part.number}`} onDial={() => void callPhone(part.number)}>
            {part.number}
          </TelLink>
        ),
      )}
    </>
  )
}
