/**
 * The fixed vocabularies of 我能办什么 (the eligibility finder): who applies, the citizen's current
 * situation, the special groups guides name, and family events. Plain constants (no valibot), so the
 * app can import them without bundling the schemas; types/life-events.ts validates against them.
 *
 * Each tag of a guide's `eligibility` cites the guide's own lines; WORDS lists the words one of
 * those lines must contain for the tag to count as "named by the guide" (checked by the validator).
 */

export const APPLICANT_TAGS = ['个人', '单位'] as const
export type ApplicantTag = (typeof APPLICANT_TAGS)[number]

/** 你现在的情况 (asked of individuals only). */
export const SITUATION_TAGS = ['在职', '失业', '退休', '在校或刚毕业', '正在创业'] as const
export type SituationTag = (typeof SITUATION_TAGS)[number]

/** Special groups; a guide may carry a group only where its own text names it. */
export const GROUP_TAGS = ['高校毕业生', '就业困难人员', '脱贫人口', '退役军人', '残疾人', '返乡入乡创业人员', '登记失业人员'] as const
export type GroupTag = (typeof GROUP_TAGS)[number]

/** Something that happened in the family, which some items exist for. */
export const FAMILY_TAGS = ['家人去世'] as const
export type FamilyTag = (typeof FAMILY_TAGS)[number]

export type EligibilityDimension = 'applicants' | 'situations' | 'groups' | 'family'

/** At least one cited line of a tag must contain one of these words (applicants 个人 needs none). */
export const TAG_WORDS: Record<string, readonly string[]> = {
  单位: ['单位', '企业', '机构', '经营主体', '合作社', '社会组织', '学校'],
  在职: ['在职', '职工', '就业', '参保', '缴费', '在本市工作'],
  失业: ['失业', '解除或终止劳动关系', '中断就业', '未就业'],
  退休: ['退休'],
  在校或刚毕业: ['毕业', '在校', '学生', '离校', '学籍'],
  正在创业: ['创业', '开业', '经营', '个体'],
  高校毕业生: ['高校毕业生', '毕业生'],
  就业困难人员: ['就业困难人员'],
  脱贫人口: ['脱贫'],
  退役军人: ['退役军人'],
  残疾人: ['残疾'],
  返乡入乡创业人员: ['返乡'],
  登记失业人员: ['登记失业', '失业登记'],
  家人去世: ['死亡', '去世', '已故'],
}
