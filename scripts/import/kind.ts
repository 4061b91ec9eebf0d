/**
 * What an item is for the citizen (types/catalogue.ts ITEM_KINDS), decided from its 公开内容 and
 * names the way the seed transcriptions were: a list of guide sections (办理流程, 申请材料 …) makes
 * a service; 处罚 in its name or category a penalty disclosure; 举办时间和地点 an event; anything
 * else an entry of the 公开目录. A borderline case is decided and flagged for a person to check.
 */
import type { ItemKind } from '../../types/catalogue'
import { CONTENT_SECTIONS } from '../../src/domain/catalogue/guide-sections'

export interface KindDecision {
  kind: ItemKind
  /** Why a person should check it, when the rule was not clear-cut. */
  unclear?: string
}

export function decideKind(category: string, name: string, contents: readonly string[]): KindDecision {
  const sectionWords = contents.filter((c) => c in CONTENT_SECTIONS)
  if (/处罚/.test(`${category}${name}`)) return { kind: 'penalty' }
  if (contents.some((c) => /^举办时间/.test(c)) || /专项活动/.test(name)) return { kind: 'event' }
  if (sectionWords.length >= 2) return { kind: 'service' }
  if (sectionWords.length === 1) {
    return { kind: 'disclosure', unclear: `公开内容只有一项办事指南要素（${sectionWords[0]}），按公开信息录入，请确认是否为办事服务` }
  }
  if (/申领|申请|办理|登记|审批|许可|补贴|认定|备案/.test(name)) {
    return { kind: 'disclosure', unclear: `事项名称像办事服务（${name}），但公开内容不是办事指南要素，按公开信息录入，请确认` }
  }
  return { kind: 'disclosure' }
}
