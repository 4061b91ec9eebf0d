import { UNSURE_ANSWERS } from '../../src/domain/life-events'
import { chosenValues, pickAnswer } from '../../src/domain/life-events/answers'

describe('answering 我能办什么', () => {
  test('nothing answered shows 不确定 on every question', () => {
    expect(['applicant', 'situation', 'groups', 'family'].map((q) => chosenValues(UNSURE_ANSWERS, q as never))).toEqual([
      ['unsure'],
      ['unsure'],
      ['unsure'],
      ['unsure'],
    ])
  })

  test('several situations can be chosen; 不确定 clears them; removing the last one goes back to 不确定', () => {
    let a = pickAnswer(UNSURE_ANSWERS, 'situation', '失业')
    a = pickAnswer(a, 'situation', '在校或刚毕业')
    expect(a.situations).toEqual(['失业', '在校或刚毕业'])
    expect(chosenValues(a, 'situation')).toEqual(['失业', '在校或刚毕业'])
    expect(pickAnswer(a, 'situation', 'unsure').situations).toBe('unsure')
    a = pickAnswer(pickAnswer(a, 'situation', '失业'), 'situation', '在校或刚毕业')
    expect(a.situations).toBe('unsure')
  })

  test('都不是 is an empty group list, shown as none; a group after it replaces it', () => {
    const none = pickAnswer(UNSURE_ANSWERS, 'groups', 'none')
    expect(none.groups).toEqual([])
    expect(chosenValues(none, 'groups')).toEqual(['none'])
    expect(pickAnswer(none, 'groups', '退役军人').groups).toEqual(['退役军人'])
    expect(pickAnswer(none, 'groups', 'unsure').groups).toBe('unsure')
  })

  test('choosing 单位 drops the individual-only answers; single-choice questions take the value', () => {
    const person = pickAnswer(pickAnswer(pickAnswer(UNSURE_ANSWERS, 'applicant', '个人'), 'situation', '失业'), 'family', 'yes')
    expect(person).toEqual({ applicant: '个人', situations: ['失业'], groups: 'unsure', family: 'yes' })
    expect(pickAnswer(person, 'applicant', '单位')).toEqual({ applicant: '单位', situations: 'unsure', groups: 'unsure', family: 'unsure' })
    expect(pickAnswer(person, 'family', 'no').family).toBe('no')
  })
})
