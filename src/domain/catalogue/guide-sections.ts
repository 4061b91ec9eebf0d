/**
 * How an item's 公开内容 (what its standard says must be published) maps to guide sections.
 *
 * The seeds word the same section differently (设定依据 / 设立依据 / 办理依据), so each wording maps to
 * one section key. A wording may need several sections: a 基本信息 block in the 毕节 standard holds the
 * time limit and the place as well. The validator requires every mapped section; the guide page shows
 * them in the order of the item's 公开内容.
 */
import type { SectionKey } from '../../../types/catalogue'

export const CONTENT_SECTIONS: Readonly<Record<string, readonly SectionKey[]>> = {
  办理地点和时间: ['location'],
  办理地址和时间: ['location'],
  举办时间和地点: ['schedule', 'location'],
  办理时限: ['timeLimit'],
  设定依据: ['legalBasis'],
  设立依据: ['legalBasis'],
  办理依据: ['legalBasis'],
  受理条件: ['conditions'],
  办理条件: ['conditions'],
  服务对象: ['audience'],
  适用范围: ['audience'],
  办理流程: ['flow'],
  基本流程: ['flow'],
  申报材料: ['materials'],
  办理材料: ['materials'],
  申办材料: ['materials'],
  申请材料: ['materials'],
  咨询投诉: ['contact'],
  咨询方式: ['contact'],
  监督投诉渠道: ['contact'],
  咨询电话: ['contact'],
  办理方式: ['handlingMethod'],
  收费依据及标准: ['fees'],
  基本信息: ['basicInfo', 'timeLimit', 'location'],
  特殊环节: ['specialSteps'],
  事项评价: ['evaluation'],
  办理结果: ['result'],
  处罚结果: ['result'],
  举办单位: ['organizer'],
}

/** Sections every guide has, whatever its standard says: whom to call, and how long it takes. */
export const ALWAYS_REQUIRED: readonly SectionKey[] = ['contact', 'timeLimit']

/** Default headings for sections that no 公开内容 wording names on a given item. */
export const SECTION_TITLES: Readonly<Record<SectionKey, string>> = {
  audience: '服务对象',
  conditions: '受理条件',
  materials: '申请材料',
  flow: '办理流程',
  timeLimit: '办理时限',
  fees: '收费标准',
  location: '办理地点和时间',
  legalBasis: '设定依据',
  contact: '咨询投诉',
  online: '网上办理',
  handlingMethod: '办理方式',
  basicInfo: '基本信息',
  specialSteps: '特殊环节',
  evaluation: '事项评价',
  result: '办理结果',
  organizer: '举办单位',
  schedule: '举办时间',
}

/** The sections an item's 公开内容 requires, in its order, each with the wording that asked for it. */
export function requiredSections(contents: readonly string[]): { key: SectionKey; title: string }[] {
  const seen = new Set<SectionKey>()
  const out: { key: SectionKey; title: string }[] = []
  for (const label of contents) {
    for (const key of CONTENT_SECTIONS[label] ?? []) {
      if (seen.has(key)) continue
      seen.add(key)
      // A wording that maps to several sections titles only its first; the rest keep their own title.
      const title = CONTENT_SECTIONS[label][0] === key ? label : SECTION_TITLES[key]
      out.push({ key, title })
    }
  }
  return out
}
