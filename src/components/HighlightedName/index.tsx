import { Text } from '@tarojs/components'
import type { Segment } from '../../domain/search/highlight'
import './index.scss'

/** A name with the matched parts marked (bold and underlined, not colour alone). */
export default function HighlightedName({ segments }: { segments: Segment[] }) {
  return (
    <Text>
      {segments.map((s, i) =>
        s.hit ? (
          <Text key={i} className='highlight'>
            {s.text}
          </Text>
        ) : (
          <Text key={i}>{s.text}</Text>
        ),
      )}
    </Text>
  )
}
