import { pageCopies } from '../setup/page-clipboard'
import MaterialChecklist from '../../src/components/guide/MaterialChecklist'
import type { Material } from '../../types/catalogue'
import { byText, click, mount, stored, textOf } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

const materials: Material[] = [
  { id: 'id-card', name: '居民身份证', form: 'original-and-copy', copies: 1, required: true, source: '申请人自备' },
  { id: 'licence', name: '营业执照', form: 'copy', copies: 1, required: true, source: '市场监督管理部门核发' },
  { id: 'proxy', name: '授权委托书', form: 'form', copies: 1, required: false, condition: '委托他人办理时', source: '申请人填写' },
]
const props = { guideId: 'hm-013', itemName: '创业补贴', materials, dataVersion: '2026.11.1' }
const box = (id: string) => document.querySelector(`[data-testid="material-${id}"]`)

describe('MaterialChecklist', () => {
  test('every material is a checkbox; ticking updates progress and is saved', async () => {
    const utils = await mount(MaterialChecklist, props)
    expect(textOf(document.querySelector('[data-testid="checklist-progress"]'))).toBe('已备 0/3')
    expect(box('id-card')?.getAttribute('role')).toBe('checkbox')
    expect(box('id-card')?.getAttribute('aria-checked')).toBe('false')
    await click(utils, box('id-card'))
    expect(box('id-card')?.getAttribute('aria-checked')).toBe('true')
    expect(textOf(box('id-card'))).toContain('（已备）')
    expect(textOf(document.querySelector('[data-testid="checklist-progress"]'))).toBe('已备 1/3')
    expect(stored('rsbszn.checklists')).toMatchObject({ v: 1, data: { 'hm-013': { dataVersion: '2026.11.1', ticked: ['id-card'] } } })
  })

  test('ticks survive a remount (a restart) and conditional materials say when they are needed', async () => {
    let utils = await mount(MaterialChecklist, props)
    await click(utils, box('licence'))
    utils.unmout()
    utils = await mount(MaterialChecklist, props)
    expect(box('licence')?.getAttribute('aria-checked')).toBe('true')
    expect(textOf(box('proxy'))).toContain('何时需要：委托他人办理时')
    expect(textOf(box('proxy'))).toContain('视情况')
  })

  test('复制清单 copies what is still missing, with the item name', async () => {
    const utils = await mount(MaterialChecklist, props)
    await click(utils, box('id-card'))
    await click(utils, byText('button', '复制清单'))
    expect(pageCopies()).toEqual(['【创业补贴】还缺 2 项材料：\n1. 营业执照：复印件 1份\n2. 授权委托书：填写表格 1份（委托他人办理时）'])
  })

  test('reset clears the ticks', async () => {
    const utils = await mount(MaterialChecklist, props)
    await click(utils, box('id-card'))
    await click(utils, byText('button', '重置'))
    expect(textOf(document.querySelector('[data-testid="checklist-progress"]'))).toBe('已备 0/3')
  })

  test('a new data version keeps ticks for materials that still exist and drops removed ones', async () => {
    window.localStorage.setItem(
      'rsbszn.checklists',
      JSON.stringify({ data: JSON.stringify({ v: 1, data: { 'hm-013': { dataVersion: '2025.01.1', ticked: ['id-card', 'removed-form'], updatedAt: 1 } } }) }),
    )
    await mount(MaterialChecklist, props)
    expect(textOf(document.querySelector('[data-testid="checklist-progress"]'))).toBe('已备 1/3')
    expect(box('id-card')?.getAttribute('aria-checked')).toBe('true')
  })
})
