/**
 * 我能办什么 as the page shows it (src/domain/life-events/finder.ts): the result rows carry the names a
 * citizen reads (an event's steps that may apply, each item's name), from the region's own files only.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { finderView, sameAnswers, UNSURE_ANSWERS } from '../../src/domain/life-events'
import type { DataManifest, RegionIndexFile, RegionLifeEventsFile } from '../../types/region-data'

const GENERATED = path.resolve(__dirname, '../../src/generated')
const manifest = JSON.parse(readFileSync(path.join(GENERATED, 'bundle-manifest.json'), 'utf8')) as DataManifest
const bijie = manifest.regions.find((r) => r.id === 'bijie')!
const file = <T>(p: string) => JSON.parse(readFileSync(path.join(GENERATED, 'region-data', p), 'utf8')) as T
const index = file<RegionIndexFile>(bijie.files.index.path)
const lifeEvents = file<RegionLifeEventsFile>(bijie.files.lifeEvents!.path)

test('an unemployed person: 失业了 with the names of its steps that may apply, and each item by its name', () => {
  const view = finderView(index.region, lifeEvents, { ...UNSURE_ANSWERS, applicant: '个人', situations: ['失业'], family: 'no' })
  if (view.kind !== 'questions') throw new Error('expected questions')
  const shiye = view.events.find((e) => e.id === 'shiye')!
  expect(shiye.name).toBe('失业了')
  expect(shiye.steps).toContain('市本级参保人员办理失业保险金申领')
  expect(shiye.steps.split('、').every((name) => !/^bj-\d+$/.test(name) && name.length > 0)).toBe(true)
  expect(view.items.find((i) => i.id === 'bj-073')).toMatchObject({ name: '市本级参保人员办理失业保险金申领', finding: { status: 'may-apply' } })
  expect(view.questions.map((q) => q.id)).toContain('situation')
})

test('a region without any 办事指南 has no conditions to cite', () => {
  const bare = { ...index.region, items: index.region.items.map((i) => ({ ...i, guideId: null })) }
  expect(finderView(bare, lifeEvents, UNSURE_ANSWERS)).toEqual({ kind: 'no-guides' })
})

test('the answers on screen are the saved ones only when every answer is the same', () => {
  expect(sameAnswers(UNSURE_ANSWERS, { ...UNSURE_ANSWERS })).toBe(true)
  expect(sameAnswers({ ...UNSURE_ANSWERS, applicant: '个人' }, UNSURE_ANSWERS)).toBe(false)
  expect(sameAnswers(UNSURE_ANSWERS, null)).toBe(false)
})
