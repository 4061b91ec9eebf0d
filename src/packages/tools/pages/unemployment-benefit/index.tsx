import { View } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import ChoiceGrid from '../../../../components/calculators/ChoiceGrid'
import { CellGroup } from '../../../../components/Cell'
import HotlineButton from '../../../../components/HotlineButton'
import PageShell from '../../../../components/PageShell'
import {
  BENEFIT_PROBLEM_TEXT,
  BENEFIT_SOURCE,
  benefitAnswer,
  benefitShareTitle,
  COMBINING_RULE,
  CONDITIONS,
  CONDITIONS_SOURCE,
  formatYears,
  MAX_PAID_YEARS,
} from '../../../../domain/calculators'
import { HRSS_HOTLINE } from '../../../../domain/search/route'
import type { PageProps } from '../../../../domain/routes/page-spec'
import { unemploymentBenefitSpec } from '../../../../domain/routes/specs'
import { definePage } from '../../../../components/RegionGate'
import { usePageChromeHere, useSharedParams } from '../../../../hooks'
import { a11y, Heading, Pressable, replaceUrlQuery, ShareButton } from '../../../../platform'
import '../../../../components/calculators/calculators.scss'

const QUICK = [0, 1, 3, 5, 7, 10, 15, 20]

/** 失业金能领几个月: years of contributions in, the longest period of 失业保险金 out (domain/calculators). */
function UnemploymentBenefitPage({ route }: PageProps<typeof unemploymentBenefitSpec>) {
  const [start] = useState(() => route.params)
  const [problem, setProblem] = useState(start.problem)
  const [years, setYears] = useState<number | null>(start.paidYears)
  const answer = useMemo(() => (years === null ? null : benefitAnswer(years)), [years])
  const chrome = usePageChromeHere()
  // Forwarding sends what the page shows now (unemploymentBenefitSpec.share titles it with the answer).
  useSharedParams({ paidYears: answer ? answer.paidYears : null })
  useEffect(() => {
    if (answer) replaceUrlQuery({ paidYears: String(answer.paidYears) })
  }, [answer])
  const pick = (y: number) => {
    setProblem(null)
    setYears(Math.max(0, Math.min(MAX_PAID_YEARS, y)))
  }

  return (
    <PageShell>
      <View className='calc-head'>
        <Heading level={1}>失业保险金能领几个月</Heading>
        <View>选择失业前单位和本人累计缴纳失业保险费的年数，看最长能领几个月失业保险金。</View>
        <View className='muted'>依据：{BENEFIT_SOURCE}。计算只在本机进行，不上传。</View>
      </View>

      {problem && (
        <View className='calc-problem' data-testid='calc-problem' {...a11y('alert')}>
          {BENEFIT_PROBLEM_TEXT[problem]}
        </View>
      )}

      {!chrome.readOnly && (
        <View className='calc-step'>
          <Heading level={2}>累计缴费年数</Heading>
          <View className='calc-actions'>
            <Pressable className='button button--quiet' label='少一年' onPress={() => pick((years ?? 1) - 1)} testId='years-minus'>
              −
            </Pressable>
            <View className='calc-line' data-testid='years-value' {...a11y('status')}>
              {years === null ? '未选择' : formatYears(years)}
            </View>
            <Pressable className='button button--quiet' label='多一年' onPress={() => pick((years ?? -1) + 1)} testId='years-plus'>
              ＋
            </Pressable>
          </View>
          <ChoiceGrid
            name='常用年数'
            testId='years'
            choices={QUICK.map((y) => ({ value: y, label: y === 0 ? '不满1年' : `${y}年` }))}
            chosen={years !== null && QUICK.includes(years) ? years : null}
            onPick={pick}
          />
        </View>
      )}

      {answer && (
        <View className='calc-result' data-testid='benefit-result' {...a11y('region', '计算结果')}>
          <Heading level={2}>累计缴费{formatYears(answer.paidYears)}</Heading>
          <View className='calc-line'>{answer.text}</View>
          {!chrome.readOnly && (
            <View className='calc-actions'>
              <ShareButton className='button button--plain' title={benefitShareTitle(answer)}>
                分享结果
              </ShareButton>
            </View>
          )}
        </View>
      )}

      <CellGroup title='领取条件（三条都要满足）' footer={`依据：${CONDITIONS_SOURCE}`}>
        {CONDITIONS.map((c, i) => (
          <View key={c} className='block'>
            {i + 1}. {c}
          </View>
        ))}
      </CellGroup>
      <CellGroup title='再次失业' footer={`依据：${BENEFIT_SOURCE}`}>
        <View className='block'>{COMBINING_RULE}</View>
      </CellGroup>
      <CellGroup title='每月能领多少'>
        <View className='block'>失业保险金的标准由各省、自治区、直辖市确定，本应用没有这些数据，不作估算。申领办法和标准请拨打 12333 或咨询当地人社部门。</View>
        <HotlineButton hotline={HRSS_HOTLINE} />
      </CellGroup>
    </PageShell>
  )
}

export default definePage(unemploymentBenefitSpec, UnemploymentBenefitPage)
