/**
 * A data row to a catalogue item (types/catalogue.ts ItemSchema): each field from the column that
 * means it, cell damage repaired and noted, nothing the source does not say. A row that cannot make
 * an item is returned as broken, with the reason.
 */
import type { CatalogueItem, SourceNote } from '../../types/catalogue'
import { PHONE_IN_TEXT, PHONE_PATTERN } from '../../types/policy'
import {
  checkedOptions,
  rejoinLines,
  unspaceSpreadName,
  splitChannelRun,
  splitEnumeration,
  splitLegalBases,
  splitNumbered,
  tick,
  unspaceLetterSpacing,
} from './cells'
import type { Column, Field, Header } from './header'
import { decideKind } from './kind'
import type { DataRow } from './rows'

export interface RegionFacts {
  prefix: string
  /** 市级 / 县级 … inferred for a table without a 公开层级 column, with the reason. */
  defaultLevel: { level: string; why: string }
}

export interface Review {
  where: string
  row: number | null
  reason: string
}

export interface BuiltItem {
  item: CatalogueItem
  /** Phone numbers printed in the row's phone columns, with the column's label. */
  phones: { number: string; label: string; field: 'hotline' | 'complaintHotline' }[]
  reviews: Review[]
  repairs: number
}

const squash = (s: string) => s.replace(/[\s\u3000\uf020]+/g, '')

/** 乡、村级 is one level; 市级、县级 are two. */
export function splitLevels(raw: string): string[] {
  const s = squash(raw).replace(/乡、村级/g, '乡村级\u0000')
  return s
    .split(/[、，,;；/]+/)
    .map((t) => t.replace('乡村级\u0000', '乡、村级').replace('\u0000', ''))
    .filter((t) => /级$/.test(t))
}

export function buildItem(row: DataRow, rowNumber: number, header: Header, region: RegionFacts): BuiltItem | { broken: string } {
  const notes: SourceNote[] = [...row.notes]
  const reviews: Review[] = []
  let repairs = row.notes.length
  const cols = (f: Field) => header.columns.filter((c) => c.field === f)
  const raw = (c: Column | undefined) => (c ? (row.cells.get(c.index) ?? '') : '')
  const clean = (c: Column | undefined, field: SourceNote['field'], spreadCheck = false) => {
    const joined = rejoinLines(raw(c))
    let text = joined.text
    if (spreadCheck) {
      const un = field === 'name' || field === 'category' ? unspaceSpreadName(text) : unspaceLetterSpacing(text)
      if (un.changed) {
        notes.push({ kind: 'page-break', field, text: '源文字距被排版撑开（字与字之间有空格），已去掉空格。' })
        repairs++
        text = un.text
      }
    }
    if (joined.rejoined) repairs++
    return text
  }
  const review = (reason: string) => reviews.push({ where: row.where, row: row.seq, reason })

  const category = clean(cols('category')[0], 'category', true)
  let name = clean(cols('name')[0], 'name', true)
  const subname = clean(cols('subname')[0], 'name')
  if (subname) name = name ? `${name}（${subname}）` : subname
  if (!name && category && !cols('name').length) name = category
  const contentsRaw = raw(cols('contents')[0])
  let contents = splitNumbered(contentsRaw.replace(/\r/g, ''))
    .map((c) => rejoinLines(c).text)
    .filter(Boolean)
  if (contents.length === 1) {
    const listed = splitEnumeration(contents[0])
    if (listed) {
      contents = listed
      notes.push({ kind: 'split-list', field: 'contents', text: `源表公开内容以“、”分隔写在一起，按“、”拆成${listed.length}项。` })
      repairs++
    }
  }
  if (!name) return { broken: '没有事项名称' }
  if (!category && cols('category').length) return { broken: '没有事项类别' }
  if (contents.length === 0) return { broken: '没有公开内容' }

  const legalText = clean(cols('legalBases')[0], 'legalBases')
  let legalBases = legalText ? splitLegalBases(legalText) : []
  if (legalBases.length === 0) {
    legalBases = ['源表未列明']
    notes.push({ kind: 'inferred', field: 'legalBases', text: cols('legalBases').length ? '源表此行公开依据为空。' : '源表没有公开依据列。' })
    review('公开依据为空')
  }
  let unit = clean(cols('unit')[0], 'unit')
  if (!unit) {
    unit = '源表未列明'
    notes.push({ kind: 'inferred', field: 'unit', text: cols('unit').length ? '源表此行公开主体为空。' : '源表没有公开主体列。' })
    review('公开主体为空')
  }
  let publicationLimit = clean(cols('publicationLimit')[0], 'publicationLimit', true)
  if (!publicationLimit) {
    publicationLimit = '源表未列明'
    notes.push({ kind: 'inferred', field: 'publicationLimit', text: cols('publicationLimit').length ? '源表此行公开时限为空。' : '源表没有公开时限列。' })
    review('公开时限为空')
  }
  const webColumn = clean(cols('webColumn')[0], 'row') || undefined

  // Channels: the checked ones where the cell has checkboxes, else every channel the cell lists.
  const channelsText = raw(cols('channels')[0])
  const checked = checkedOptions(channelsText)
  const listed =
    checked ??
    rejoinLines(channelsText)
      .text.split(/[、，,；;\s]+/)
      .filter(Boolean)
  const channels: string[] = []
  for (const label of listed) {
    const run = splitChannelRun(label)
    if (run) {
      notes.push({ kind: 'split-list', field: 'channels', text: `源表公开渠道“${label}”是几个渠道名称连写，按渠道名称拆为${run.join('、')}。` })
      repairs++
    }
    for (const channel of run ?? [label]) if (!channels.includes(channel)) channels.push(channel)
  }

  // Audience: 全社会 / 特定群体 ticks, or one column in words.
  let audience: CatalogueItem['audience'] = { public: false, specificGroup: null }
  const pub = cols('audiencePublic')[0]
  const group = cols('audienceGroup')[0]
  if (pub || group) {
    const p = tick(raw(pub))
    const g = tick(raw(group))
    audience = { public: p.ticked, specificGroup: g.ticked ? (g.words ?? group!.sub) : null }
    if (g.ticked && !g.words) notes.push({ kind: 'inferred', field: 'audience', text: `源表“${group!.sub}”一栏只打了勾，未写明对象。` })
    if (p.words && !g.ticked) {
      // "√（事业单位工作人员）" in the 全社会 column: words about a group, kept as the group.
      audience = { public: false, specificGroup: p.words }
      notes.push({ kind: 'source-oddity', field: 'audience', text: `源表全社会一栏写有“${p.words}”，按特定对象录入。` })
      review(`公开对象写法特殊：${raw(pub).trim()}`)
    }
  } else if (cols('audience').length) {
    const t = squash(raw(cols('audience')[0]))
    const opts = checkedOptions(t)
    const words = opts ?? [t]
    audience = {
      public: words.some((w) => /全社会|社会公众|公众/.test(w)),
      specificGroup: words.find((w) => w && !/全社会|社会公众|公众/.test(w))?.replace(/^特定(群体|群众|对象)[:：]?/, '') || null,
    }
  }
  if (!audience.public && !audience.specificGroup) review('公开对象没有勾选')

  // Methods: 主动 / 依申请 ticks (words beside a tick are its scope), 公开属性, or 公开方式 in words.
  const methods: CatalogueItem['methods'] = []
  const push = (type: '主动公开' | '依申请公开', scope: string | null) => {
    if (!methods.some((m) => m.type === type)) methods.push(scope ? { type, scope } : { type })
  }
  const active = cols('methodActive')[0]
  const onRequest = cols('methodOnRequest')[0]
  if (active || onRequest) {
    const a = tick(raw(active))
    const o = tick(raw(onRequest))
    if (a.ticked) push('主动公开', a.words)
    if (o.ticked) push('依申请公开', o.words)
  }
  const wordsMethod = [cols('attribute')[0], ...cols('method')].map((c) => squash(raw(c))).filter(Boolean)
  const scope =
    cols('method')
      .map((c) => squash(raw(c)))
      .find((t) => t && !/主动|依申请/.test(t)) ?? null
  for (const t of wordsMethod) {
    const opts = checkedOptions(t) ?? [t]
    for (const o of opts) {
      if (/依申请/.test(o)) push('依申请公开', null)
      if (/主动/.test(o)) push('主动公开', scope)
    }
  }
  if (methods.length === 0) {
    const noColumn = !active && !onRequest && wordsMethod.length === 0 && !cols('method').length && !cols('attribute').length
    push('主动公开', scope)
    notes.push({
      kind: 'inferred',
      field: 'methods',
      text: noColumn ? '源表没有公开方式列，按主动公开录入（标准目录事项多为主动公开），请核对。' : '源表此行未标明公开方式，按主动公开录入，请核对。',
    })
    review(noColumn ? '源表没有公开方式列，按主动公开录入' : '公开方式没有勾选')
  }

  // Levels: a 公开层级 column in words, ticked level columns, or inferred from the bureau.
  let levels: string[] = []
  let levelsInferred = false
  const levelCol = cols('levels')[0]
  const levelTicks = cols('level')
  if (levelTicks.length) levels = levelTicks.filter((c) => tick(raw(c)).ticked).map((c) => (/级$/.test(c.sub) ? c.sub : `${c.sub}级`))
  else if (levelCol) {
    const t = raw(levelCol)
    levels = checkedOptions(t) ?? splitLevels(t)
  }
  if (levels.length === 0) {
    levels = [region.defaultLevel.level]
    levelsInferred = true
    notes.push({
      kind: 'inferred',
      field: 'levels',
      text: levelCol || levelTicks.length ? `源表此行公开层级为空；${region.defaultLevel.why}` : `源表无公开层级列；${region.defaultLevel.why}`,
    })
  }

  // Phones: verbatim from the source's own phone columns.
  const phones: BuiltItem['phones'] = []
  let hotline: string | null = null
  for (const field of ['hotline', 'complaintHotline'] as const) {
    for (const c of cols(field)) {
      const text = raw(c)
      for (const m of text.matchAll(PHONE_IN_TEXT)) {
        if (!PHONE_PATTERN.test(m[1])) {
          review(`${c.label}“${m[1]}”不是“区号-号码”或五位服务号码的写法，未录入`)
          continue
        }
        phones.push({ number: m[1], label: c.label.replace(/\//g, ''), field })
        if (field === 'hotline') hotline ??= m[1]
      }
      if (squash(text) && ![...text.matchAll(PHONE_IN_TEXT)].length) review(`${c.label}“${squash(text)}”中没有可识别的电话号码`)
    }
  }
  if (!hotline) hotline = phones[0]?.number ?? null

  const kind = decideKind(category || name, name, contents)
  if (kind.unclear) review(kind.unclear)

  const item: CatalogueItem = {
    id: `${region.prefix}-${String(rowNumber).padStart(3, '0')}`,
    row: rowNumber,
    kind: kind.kind,
    category: category || name,
    name,
    contents,
    legalBases,
    unit,
    publicationLimit,
    ...(webColumn ? { webColumn } : {}),
    channels,
    audience,
    methods,
    levels,
    levelsInferred,
    hotline,
    sourceNotes: notes,
  }
  return { item, phones, reviews, repairs }
}
