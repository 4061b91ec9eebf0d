import type { Material } from '../../types/catalogue'
import { describeForm, missingListText, progress, reconcileTicks, toggleTick } from '../../src/domain/checklist'

const m = (id: string, required = true, extra: Partial<Material> = {}): Material => ({
  id,
  name: `材料${id}`,
  form: 'original',
  copies: 1,
  required,
  source: '申请人自备',
  ...(required ? {} : { condition: '委托他人办理时' }),
  ...extra,
})

describe('materials checklist', () => {
  test('ticks survive for materials that still exist; removed ones drop; new ones start unticked', () => {
    const before = { dataVersion: '2026.11.1', ticked: ['a', 'b', 'gone'], updatedAt: 1 }
    const materials = [m('a'), m('b'), m('new')]
    const ticked = reconcileTicks(before, materials)
    expect(ticked).toEqual(['a', 'b'])
    expect(progress(ticked, materials)).toEqual({ done: 2, total: 3 })
  })

  test('no stored entry means nothing ticked', () => {
    expect(reconcileTicks(undefined, [m('a')])).toEqual([])
  })

  test('toggling adds and removes', () => {
    expect(toggleTick(['a'], 'b')).toEqual(['a', 'b'])
    expect(toggleTick(['a', 'b'], 'a')).toEqual(['b'])
  })

  test('the copied list names the item and what is still missing, with conditions', () => {
    const materials = [
      m('a', true, { name: '居民身份证', form: 'original-and-copy' }),
      m('b', false, { name: '授权委托书', form: 'form' }),
      m('c', true, { name: '营业执照' }),
    ]
    expect(missingListText('创业补贴', materials, ['c'])).toBe(
      '【创业补贴】还缺 2 项材料：\n1. 居民身份证：原件和复印件 1份\n2. 授权委托书：填写表格 1份（委托他人办理时）',
    )
    expect(missingListText('创业补贴', materials, ['a', 'b', 'c'])).toBe('【创业补贴】材料已全部备齐（共3项）。')
  })

  test('forms read as a citizen would say them', () => {
    expect(describeForm(m('a', true, { form: 'copy', copies: 2 }))).toBe('复印件 2份')
  })
})
