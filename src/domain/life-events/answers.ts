/**
 * How a tap on an option of 我能办什么 changes the answers. Plain functions over EligibilityAnswers:
 * 不确定 clears the other choices of its question; 都不是 is an empty group list; removing the last
 * chosen tag of a question goes back to 不确定 (so nothing is ever left unanswered by accident).
 */
import type { ApplicantTag, GroupTag, SituationTag } from '../../../types/eligibility'
import type { EligibilityAnswers, QuestionId } from './eligibility'

/** The option values shown as chosen for a question. */
export function chosenValues(answers: EligibilityAnswers, question: QuestionId): string[] {
  switch (question) {
    case 'applicant':
      return [answers.applicant]
    case 'family':
      return [answers.family]
    case 'situation':
      return answers.situations === 'unsure' || answers.situations.length === 0 ? ['unsure'] : [...answers.situations]
    case 'groups':
      return answers.groups === 'unsure' ? ['unsure'] : answers.groups.length === 0 ? ['none'] : [...answers.groups]
  }
}

function toggleIn<T extends string>(list: readonly T[] | 'unsure', value: T): T[] | 'unsure' {
  const current = list === 'unsure' ? [] : list
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return next.length === 0 ? 'unsure' : next
}

/** The answers after picking `value` for `question`. */
export function pickAnswer(answers: EligibilityAnswers, question: QuestionId, value: string): EligibilityAnswers {
  switch (question) {
    case 'applicant': {
      const applicant = value as ApplicantTag | 'unsure'
      // A unit is not asked about its own situation or family: those answers no longer apply.
      return applicant === '单位' ? { ...answers, applicant, situations: 'unsure', family: 'unsure' } : { ...answers, applicant }
    }
    case 'family':
      return { ...answers, family: value as EligibilityAnswers['family'] }
    case 'situation':
      return { ...answers, situations: value === 'unsure' ? 'unsure' : toggleIn(answers.situations, value as SituationTag) }
    case 'groups': {
      if (value === 'unsure') return { ...answers, groups: 'unsure' }
      if (value === 'none') return { ...answers, groups: [] }
      return { ...answers, groups: toggleIn(answers.groups, value as GroupTag) }
    }
  }
}
