import EligibilityPage from '../../src/packages/guide/pages/eligibility/index'
import { taroCalls, taroState } from '../setup/taro-mock'
import { click, mount, stored, textOf } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

const q = (selector: string) => document.querySelector(selector)
const answer = (question: string, value: string) => q(`[data-testid="answer-${question}-${value}"]`)
const finding = (itemId: string) => q(`[data-testid="finding-${itemId}"]`)
const results = () => textOf(q('[data-testid="finder-results"]'))

describe('我能办什么 (the eligibility finder)', () => {
  test('asks at most five plain questions, each with 不确定 chosen until answered; no results before an answer', async () => {
    taroState.params = { region: 'hami' }
    await mount(EligibilityPage)
    expect(textOf(q('h1'))).toBe('我能办什么')
    const questions = document.querySelectorAll('[data-question]')
    expect(questions.length).toBeGreaterThan(0)
    expect(questions.length).toBeLessThanOrEqual(5)
    for (const el of Array.from(questions)) {
      const unsure = el.querySelector('[data-testid$="-unsure"]')
      expect(textOf(unsure).replace('✓', '')).toBe('不确定')
      expect(unsure?.getAttribute('aria-checked')).toBe('true')
    }
    expect(q('[data-testid="finder-results"]')).toBeNull()
  })

  test("answers lead to the events and items that may apply, each with the guide's own condition lines", async () => {
    taroState.params = { region: 'hami' }
    const utils = await mount(EligibilityPage)
    await click(utils, answer('applicant', '个人'))
    await click(utils, answer('situation', '在校或刚毕业'))
    await click(utils, answer('groups', '高校毕业生'))
    expect(answer('applicant', '个人')?.getAttribute('aria-checked')).toBe('true')
    expect(answer('applicant', 'unsure')?.getAttribute('aria-checked')).toBe('false')
    expect(results()).toContain('高校毕业生找工作')
    expect(results()).not.toContain('单位招人')
    const subsidy = textOf(finding('hm-017'))
    expect(subsidy).toContain('高校毕业生社会保险补贴')
    expect(subsidy).toContain('可能适用')
    expect(subsidy).not.toContain('请咨询')
    expect(subsidy).toContain('「申请人是离校2年内未就业的高校毕业生，在本市从事灵活就业，并已办理就业登记；」')
    // An answer that rules an item out hides it (创业补贴 is for people running a business).
    expect(finding('hm-013')).toBeNull()
    // Never a promise: the plain note, and the phone.
    expect(results()).toContain('不代表您一定符合条件')
    expect(document.querySelector('.hotline-card')).not.toBeNull()

    await click(utils, finding('hm-017'))
    expect(taroCalls().navigateTo).toHaveBeenCalledWith({ url: '/packages/guide/pages/item/index?region=hami&id=hm-017' })
    await click(
      utils,
      Array.from(document.querySelectorAll('[data-testid="finder-results"] .cell')).find((el) => textOf(el).includes('高校毕业生找工作'))!,
    )
    expect(taroCalls().navigateTo).toHaveBeenCalledWith({ url: '/packages/guide/pages/life-event/index?region=hami&id=biyesheng-zhaogongzuo' })
  })

  test('不确定 never hides an item: it marks it 可能适用，请咨询', async () => {
    taroState.params = { region: 'hami' }
    const utils = await mount(EligibilityPage)
    await click(utils, answer('applicant', '个人'))
    // Situation and groups left at 不确定: 创业补贴 stays, marked to ask.
    const startup = textOf(finding('hm-013'))
    expect(startup).toContain('可能适用，请咨询')
    expect(startup).toContain('需要咨询确认：现在的情况')
    // Choosing 在校或刚毕业 hides it; choosing 不确定 again brings it back.
    await click(utils, answer('situation', '在校或刚毕业'))
    expect(finding('hm-013')).toBeNull()
    await click(utils, answer('situation', 'unsure'))
    expect(answer('situation', '在校或刚毕业')?.getAttribute('aria-checked')).toBe('false')
    expect(textOf(finding('hm-013'))).toContain('可能适用，请咨询')
  })

  test('a unit is not asked about its own situation, and sees the events for units', async () => {
    taroState.params = { region: 'hami' }
    const utils = await mount(EligibilityPage)
    await click(utils, answer('applicant', '单位'))
    expect(q('[data-question="situation"]')).toBeNull()
    expect(results()).toContain('单位招人')
    expect(results()).not.toContain('高校毕业生找工作')
  })

  test('answers stay in memory unless saved; 保存我的回答 keeps them, 删除 forgets them', async () => {
    taroState.params = { region: 'bijie' }
    const utils = await mount(EligibilityPage)
    await click(utils, answer('applicant', '个人'))
    await click(utils, answer('situation', '失业'))
    expect(stored('rsbszn.eligibility-answers')).toBeUndefined()
    expect(results()).toContain('失业了')
    await click(utils, q('[data-testid="save-answers"]'))
    expect(stored('rsbszn.eligibility-answers')).toMatchObject({
      v: 1,
      data: { answers: { applicant: '个人', situations: ['失业'], groups: 'unsure', family: 'unsure' } },
    })
    expect(textOf(q('[data-testid="answers-saved"]'))).toContain('已保存在本机')

    // Opened again, the saved answers come back with their results.
    utils.unmout()
    document.body.innerHTML = ''
    const again = await mount(EligibilityPage)
    expect(answer('situation', '失业')?.getAttribute('aria-checked')).toBe('true')
    expect(results()).toContain('失业了')
    await click(again, q('[data-testid="forget-answers"]'))
    expect(stored('rsbszn.eligibility-answers')).toEqual({ v: 1, data: null })
  })

  test('a link to an unknown region shows a clear not-found state', async () => {
    taroState.params = { region: 'shanghai' }
    await mount(EligibilityPage)
    expect(textOf(q('[data-testid="not-found"]'))).toContain('链接指向的地区不在本应用的目录中')
  })

  test("without a region in the link, the citizen's current region is used", async () => {
    taroState.params = {}
    await mount(EligibilityPage)
    expect(textOf(q('.finder-head'))).toContain('哈密市')
  })
})
