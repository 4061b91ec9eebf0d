import { View } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import ChoiceGrid from '../../../../components/calculators/ChoiceGrid'
import RememberSwitch from '../../../../components/calculators/RememberSwitch'
import { CellGroup } from '../../../../components/Cell'
import HotlineButton from '../../../../components/HotlineButton'
import PageShell from '../../../../components/PageShell'
import {
  birthYears,
  chinaMonthAt,
  DECISION,
  FLEXIBLE_EARLY_TEXT,
  FLEXIBLE_LATE_TEXT,
  FLEXIBLE_SOURCE,
  formatMonth,
  formatSpan,
  isChoosableBirth,
  isoMonth,
  KIND_EXPLANATIONS,
  monthIndex,
  monthOf,
  parseBirthMonth,
  retirementAnswer,
  retirementReminders,
  retirementShareTitle,
  RETIREMENT_KINDS,
  RETIREMENT_PROBLEM_TEXT,
  RETIREMENT_RULES,
  yearOf,
  type RetirementKind,
} from '../../../../domain/calculators'
import { HRSS_HOTLINE } from '../../../../domain/search/route'
import type { PageProps } from '../../../../domain/routes/page-spec'
import { retirementSpec } from '../../../../domain/routes/specs'
import { definePage } from '../../../../components/RegionGate'
import { usePageChromeHere, useSharedParams } from '../../../../hooks'
import { useRememberedBirth } from '../../../../hooks/remembered-birth'
import { a11y, Heading, Pressable, replaceUrlQuery, ShareButton } from '../../../../platform'
import { addToPhoneCalendar } from '../../../../platform/calendar'
import '../../../../components/calculators/calculators.scss'

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)

/**
 * 我哪年退休: birth month and category in (from the link, the remembered month, or the citizen's taps),
 * the statutory age, month, minimum contribution years and 弹性 range out (domain/calculators).
 */
function RetirementPage({ route }: PageProps<typeof retirementSpec>) {
  const today = useMemo(() => chinaMonthAt(Date.now()), [])
  const { remembered, remember, forget } = useRememberedBirth()
  const [start] = useState(() => {
    const fromLink = route.params
    const linked = fromLink.birth !== null || fromLink.kind !== null || fromLink.problems.length > 0
    if (linked || !remembered) return fromLink
    const birth = parseBirthMonth(remembered.birth)
    return { birth: birth !== null && isChoosableBirth(birth, today) ? birth : null, kind: remembered.kind, problems: [] }
  })
  const [problems, setProblems] = useState(start.problems)
  const [year, setYear] = useState<number | null>(start.birth === null ? null : yearOf(start.birth))
  const [decade, setDecade] = useState<number | null>(start.birth === null ? null : Math.floor(yearOf(start.birth) / 10) * 10)
  const [month, setMonth] = useState<number | null>(start.birth === null ? null : monthOf(start.birth))
  const [kind, setKind] = useState<RetirementKind | null>(start.kind)
  const [calendarMessage, setCalendarMessage] = useState<string | null>(null)
  const [rememberOn, setRememberOn] = useState(remembered !== null)

  const birth = year !== null && month !== null && isChoosableBirth(monthIndex(year, month), today) ? monthIndex(year, month) : null
  const answer = useMemo(() => (birth !== null && kind ? retirementAnswer({ birth, kind }) : null), [birth, kind])
  const chrome = usePageChromeHere()
  // Forwarding sends what the page shows now (retirementSpec.share titles it with the answer).
  useSharedParams({ birth: answer ? answer.input.birth : null, kind: answer ? answer.input.kind : null })

  // The address reopens the same answer (H5); remembering, when switched on, follows the answer.
  useEffect(() => {
    if (!answer) return
    replaceUrlQuery({ birth: isoMonth(answer.input.birth), kind: answer.input.kind })
    if (rememberOn && !chrome.readOnly) remember(isoMonth(answer.input.birth), answer.input.kind)
  }, [answer, rememberOn]) // eslint-disable-line react-hooks/exhaustive-deps

  const touched = () => {
    setProblems([])
    setCalendarMessage(null)
  }
  const years = birthYears(today)
  const decades = Array.from(new Set(years.map((y) => Math.floor(y / 10) * 10))).sort((a, b) => a - b)

  return (
    <PageShell>
      <View className='calc-head'>
        <Heading level={1}>退休年龄计算</Heading>
        <View>选择出生年月和人员类别，按国家规定算出法定退休年龄、退休时间和最低缴费年限。</View>
        <View className='muted'>依据：{DECISION}及其附件《国务院关于渐进式延迟法定退休年龄的办法》。计算只在本机进行，不上传。</View>
      </View>

      {problems.length > 0 && (
        <View className='calc-problem' data-testid='calc-problem' {...a11y('alert')}>
          {problems.map((p) => (
            <View key={p}>{RETIREMENT_PROBLEM_TEXT[p]}</View>
          ))}
        </View>
      )}

      {chrome.readOnly ? (
        !answer && <View className='calc-step'>请点底部“前往小程序”，选择出生年月和人员类别后计算。</View>
      ) : (
        <>
          <View className='calc-step'>
            <Heading level={2}>1. 出生年月</Heading>
            <View className='muted'>先选年代，再选年份和月份。</View>
            <ChoiceGrid
              name='出生年代'
              testId='decade'
              choices={decades.map((d) => ({ value: d, label: `${d}年代`, spoken: `${d}年代` }))}
              chosen={decade}
              onPick={(d) => {
                touched()
                setDecade(d)
                if (year === null || Math.floor(year / 10) * 10 !== d) setYear(null)
              }}
            />
            {decade !== null && (
              <ChoiceGrid
                name='出生年份'
                testId='year'
                choices={years
                  .filter((y) => Math.floor(y / 10) * 10 === decade)
                  .reverse()
                  .map((y) => ({ value: y, label: `${y}年` }))}
                chosen={year}
                onPick={(y) => {
                  touched()
                  setYear(y)
                }}
              />
            )}
            {year !== null && (
              <ChoiceGrid
                name='出生月份'
                testId='month'
                choices={MONTHS.map((m) => ({ value: m, label: `${m}月`, disabled: !isChoosableBirth(monthIndex(year, m), today) }))}
                chosen={month}
                onPick={(m) => {
                  touched()
                  setMonth(m)
                }}
              />
            )}
          </View>

          <View className='calc-step'>
            <Heading level={2}>2. 人员类别</Heading>
            <View className='choice-grid' {...a11y('radiogroup', '人员类别')}>
              {RETIREMENT_KINDS.map((k) => (
                <Pressable
                  key={k}
                  role='radio'
                  checked={kind === k}
                  className={`calc-kind ${kind === k ? 'calc-kind--on' : ''}`}
                  onPress={() => {
                    touched()
                    setKind(k)
                  }}
                  testId={`kind-${k}`}
                  label={`${RETIREMENT_RULES[k].name}：${KIND_EXPLANATIONS[k]}`}
                >
                  <View className='calc-kind__name'>{RETIREMENT_RULES[k].name}</View>
                  <View className='muted'>{KIND_EXPLANATIONS[k]}</View>
                </Pressable>
              ))}
            </View>
            <View>不确定属于哪一类？以您的档案和岗位为准，请拨打 12333 咨询。</View>
            <HotlineButton hotline={HRSS_HOTLINE} />
          </View>
        </>
      )}

      {answer && (
        <View className='calc-result' data-testid='retirement-result' {...a11y('region', '计算结果')}>
          <Heading level={2}>
            {formatMonth(answer.input.birth)}出生的{answer.rule.name}
          </Heading>
          <View className='calc-line'>{answer.lines.age}</View>
          <View className='calc-line'>{answer.lines.month}</View>
          <View className='calc-line'>{answer.lines.minimum}</View>
          <View className='muted'>最低缴费年限是退休那一年按月领取基本养老金的最低缴费年限；不满的，可以按照规定延长缴费或者一次性缴费。</View>
          {answer.beforeReform ? (
            <View data-testid='before-reform'>
              您的原法定退休时间在2025年1月以前，不受延迟退休影响，按原法定退休年龄（{answer.rule.baseAge}岁）退休，不适用弹性退休。
            </View>
          ) : (
            answer.flexible && (
              <View data-testid='flexible'>
                <Heading level={3}>弹性退休</Heading>
                <View>
                  最早可申请：{formatMonth(answer.flexible.earliest)}（{formatSpan(answer.flexible.earliestAgeMonths, '岁')}），须已达到最低缴费年限（
                  {formatSpan(answer.flexible.earliestMinimumMonths, '年')}）。
                </View>
                <View>
                  最晚可延迟到：{formatMonth(answer.flexible.latest)}（{formatSpan(answer.flexible.latestAgeMonths, '岁')}），须所在单位与您协商一致。
                </View>
                <View className='muted'>
                  {FLEXIBLE_EARLY_TEXT}
                  {FLEXIBLE_LATE_TEXT}（{FLEXIBLE_SOURCE}）
                </View>
              </View>
            )
          )}
          <View className='muted'>依据：{answer.rule.source}。</View>
          {!chrome.readOnly && (
            <View className='calc-actions'>
              <Pressable
                className='button button--primary'
                testId='remind-me'
                label='提醒我：把退休时间加入手机日历'
                onPress={() => {
                  void addToPhoneCalendar(retirementReminders(answer), `退休提醒-${isoMonth(answer.input.birth)}.ics`).then((r) =>
                    setCalendarMessage(r.message),
                  )
                }}
              >
                提醒我
              </Pressable>
              <ShareButton className='button button--plain' title={retirementShareTitle(answer)}>
                分享结果
              </ShareButton>
            </View>
          )}
          {calendarMessage && (
            <View data-testid='calendar-message' {...a11y('status')}>
              {calendarMessage}
            </View>
          )}
        </View>
      )}

      {!chrome.readOnly && (
        <View className='calc-step'>
          <RememberSwitch
            on={rememberOn}
            onChange={(on) => {
              setRememberOn(on)
              if (!on) forget()
            }}
          />
        </View>
      )}

      <CellGroup title='养老金能领多少'>
        <View className='block'>
          养老金的多少取决于缴费年限、缴费基数、个人账户和各省的计发基数等，本应用没有这些数据，不作估算。请拨打 12333 或到参保地社保经办机构咨询。
        </View>
        <HotlineButton hotline={HRSS_HOTLINE} />
      </CellGroup>
    </PageShell>
  )
}

export default definePage(retirementSpec, RetirementPage)
