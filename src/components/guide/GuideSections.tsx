import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { CatalogueItem, GuideFile, SectionKey } from '../../../types/catalogue'
import type { RegionIndex } from '../../../types/generated'
import { ALWAYS_REQUIRED, SECTION_TITLES, requiredSections } from '../../domain/catalogue/guide-sections'
import { hotlineById } from '../../domain/catalogue/queries'
import { isSampleSection } from '../../domain/catalogue/sample'
import type { GuideTimes } from '../../domain/calendar'
import HotlineButton from '../HotlineButton'
import SectionCard from '../SectionCard'
import FlowSteps from './FlowSteps'
import LocationSection from './LocationSection'
import MaterialChecklist from './MaterialChecklist'
import TimeLimitSection from './TimeLimitSection'
import './GuideSections.scss'
import PhoneText from '../PhoneText'

/** The order of sections that no 公开内容 wording asks for, after the required ones. */
const EXTRA_ORDER: SectionKey[] = [
  'online',
  'handlingMethod',
  'fees',
  'audience',
  'conditions',
  'materials',
  'flow',
  'basicInfo',
  'specialSteps',
  'result',
  'evaluation',
  'organizer',
  'schedule',
  'legalBasis',
  'location',
  'timeLimit',
  'contact',
]

/** The sections to show, in the order of the item's 公开内容, then the always-present ones, then extras. */
export function sectionOrder(item: CatalogueItem, guide: GuideFile): { key: SectionKey; title: string }[] {
  const out = requiredSections(item.contents)
  const seen = new Set(out.map((s) => s.key))
  for (const key of [...ALWAYS_REQUIRED, ...EXTRA_ORDER]) {
    if (!seen.has(key) && guide.sections[key] !== undefined) {
      seen.add(key)
      out.push({ key, title: SECTION_TITLES[key] })
    }
  }
  return out.filter((s) => guide.sections[s.key] !== undefined)
}

function Numbered({ items }: { items: readonly string[] }) {
  return (
    <View className='guide-list'>
      {items.map((t, i) => (
        <View key={i} className='guide-list__item'>
          {items.length > 1 ? `${i + 1}. ` : ''}
          {t}
        </View>
      ))}
    </View>
  )
}

interface GuideSectionsProps {
  item: CatalogueItem
  guide: GuideFile
  guideId: string
  region: RegionIndex
  /** The venue, its status and the completion estimate, computed by the page (useGuideTimes). */
  times: GuideTimes
}

export default function GuideSections({ item, guide, guideId, region, times }: GuideSectionsProps) {
  const s = guide.sections
  // The location section shows the venue's hours too, so sample hours (venue.sample) mark it as well.
  const isSample = (key: SectionKey) => isSampleSection(guide, key) || (key === 'location' && times.venue?.sample === true)
  const hotline = (id: string) => hotlineById(region, id)

  const render: { [K in SectionKey]: () => ReactNode } = {
    audience: () => (
      <View>
        <PhoneText text={s.audience!.text} />
      </View>
    ),
    conditions: () => <Numbered items={s.conditions!.items} />,
    materials: () => (
      <MaterialChecklist guideId={guideId} itemName={item.name} materials={s.materials!.items} dataVersion={region.dataVersion} note={s.materials!.note} />
    ),
    flow: () => <FlowSteps steps={s.flow!.steps} />,
    timeLimit: () => <TimeLimitSection limits={s.timeLimit!} estimate={times.estimate} calendarLastYear={times.calendarLastYear} />,
    fees: () => (
      <View className='row'>
        <View className={`tag ${s.fees!.free ? 'tag--brand' : 'tag--warn'}`}>{s.fees!.free ? '不收费' : '收费'}</View>
        <View>
          <PhoneText text={s.fees!.text} />
        </View>
      </View>
    ),
    location: () => {
      const { venue, status } = times
      if (!venue || !status) return <View>{s.location!.window}</View>
      return <LocationSection venue={venue} window={s.location!.window} note={s.location!.note} status={status} />
    },
    legalBasis: () => (
      <View className='guide-list'>
        {s.legalBasis!.items.map((b, i) => (
          <View key={i} className='guide-list__item'>
            {b.title}
            {b.provision ? ` ${b.provision}` : ''}
            {b.fromSeed && <View className='tag tag--brand guide-list__tag'>源目录所列</View>}
          </View>
        ))}
      </View>
    ),
    contact: () => (
      <View className='guide-contact'>
        <View className='muted'>咨询</View>
        {s.contact!.consult.map((id) => hotline(id) && <HotlineButton key={`c-${id}`} hotline={hotline(id)!} />)}
        <View className='muted'>监督投诉</View>
        {s.contact!.complaint.map((id) => hotline(id) && <HotlineButton key={`p-${id}`} hotline={hotline(id)!} />)}
        {s.contact!.note && (
          <View className='muted'>
            <PhoneText text={s.contact!.note} />
          </View>
        )}
      </View>
    ),
    online: () => (
      <View>
        <View>{s.online!.available ? '可以网上办理：' : '暂不支持网上办理。'}</View>
        <Numbered items={s.online!.channels.map((c) => (c.note ? `${c.name}：${c.note}` : c.name))} />
        {s.online!.note && (
          <View className='muted'>
            <PhoneText text={s.online!.note} />
          </View>
        )}
      </View>
    ),
    handlingMethod: () => (
      <View>
        <View className='row'>
          {s.handlingMethod!.modes.map((m) => (
            <View key={m} className='tag tag--brand'>
              {m}
            </View>
          ))}
        </View>
        <View>
          <PhoneText text={s.handlingMethod!.text} />
        </View>
      </View>
    ),
    basicInfo: () => (
      <View className='guide-facts'>
        {s.basicInfo!.facts.map((f) => (
          <View key={f.label} className='guide-facts__row'>
            <View className='guide-facts__label'>{f.label}</View>
            <View className='guide-facts__value'>
              <PhoneText text={f.value} />
            </View>
          </View>
        ))}
      </View>
    ),
    specialSteps: () => <Numbered items={s.specialSteps!.items} />,
    evaluation: () => (
      <View>
        <PhoneText text={s.evaluation!.text} />
      </View>
    ),
    result: () => (
      <View>
        <PhoneText text={s.result!.text} />
      </View>
    ),
    organizer: () => (
      <View>
        <PhoneText text={s.organizer!.text} />
      </View>
    ),
    schedule: () => (
      <View className='guide-facts'>
        {s.schedule!.items.map((e, i) => (
          <View key={i} className='guide-facts__row'>
            <View className='guide-facts__label'>{e.when}</View>
            <View className='guide-facts__value'>{e.what}</View>
          </View>
        ))}
      </View>
    ),
  }

  return (
    <View>
      {sectionOrder(item, guide).map(({ key, title }) => (
        <SectionCard key={key} title={title} sample={isSample(key)} testId={key}>
          {render[key]()}
        </SectionCard>
      ))}
    </View>
  )
}
