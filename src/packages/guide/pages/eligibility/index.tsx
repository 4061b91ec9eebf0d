import { View } from '@tarojs/components'
import { useState } from 'react'
import { defaultHotline } from '../../../../domain/catalogue/queries'
import { Cell, CellGroup } from '../../../../components/Cell'
import HotlineButton from '../../../../components/HotlineButton'
// Imported where the guide page imports it, so the CSS order agrees across the subpackage.
import NotFound from '../../../../components/NotFound'
import PageShell from '../../../../components/PageShell'
import SampleNotice from '../../../../components/SampleNotice'
import FindingCell, { StatusTag } from '../../../../components/eligibility/FindingCell'
import QuestionCard from '../../../../components/eligibility/QuestionCard'
import { RESULT_NOTE, sameAnswers, UNSURE_ANSWERS, type EligibilityAnswers } from '../../../../domain/life-events'
import { chosenValues, pickAnswer } from '../../../../domain/life-events/answers'
import { itemPath, lifeEventPath } from '../../../../domain/routes'
import type { PageProps } from '../../../../domain/routes/page-spec'
import { eligibilitySpec } from '../../../../domain/routes/specs'
import { usePageChromeHere } from '../../../../hooks'
import { useSavedAnswers } from '../../../../hooks/saved-answers'
import { a11y, Heading, Pressable, toast } from '../../../../platform'
import { definePage } from '../../../../components/RegionGate'
import { useFinder } from '../../life-events'
import './index.scss'

/**
 * 我能办什么: a few plain questions, each with 不确定; the life events and items that may apply, with
 * the guides' own condition lines (domain/life-events/finder.ts). Answers stay in memory unless the
 * citizen saves them on this phone.
 */
function EligibilityPage({ data }: PageProps<typeof eligibilitySpec>) {
  const region = data.index?.region ?? null
  const { saved, save, forget } = useSavedAnswers()
  const [answers, setAnswers] = useState<EligibilityAnswers>(() => saved?.answers ?? UNSURE_ANSWERS)
  const [answered, setAnswered] = useState(() => saved !== null)
  const view = useFinder(region, data.lifeEvents ?? null, answers)
  const chrome = usePageChromeHere()

  // A link naming a region this build does not know: nothing was loaded.
  if (!region || !view) {
    return (
      <PageShell>
        <NotFound subject='region' reason='unknown-region' />
      </PageShell>
    )
  }

  const hotline = defaultHotline(region)
  // A link from elsewhere can still reach a region without guides: there are no conditions to cite.
  if (view.kind === 'no-guides') {
    return (
      <PageShell>
        <View className='finder-head' data-testid='finder-no-guides'>
          <View className='row'>
            <View className='tag tag--brand'>{region.name}</View>
          </View>
          <Heading level={1}>我能办什么</Heading>
          <View>{region.name}目前只有政务公开目录，还没有办事指南，所以无法按办理条件列出可能适用的事项。请在“分类”里按目录查看事项，或打电话咨询。</View>
        </View>
        <CellGroup title='打电话咨询'>
          <HotlineButton hotline={hotline} />
        </CellGroup>
      </PageShell>
    )
  }
  const { questions, events, items } = view
  const pick = (question: (typeof questions)[number]['id'], value: string) => {
    setAnswers((a) => pickAnswer(a, question, value))
    setAnswered(true)
  }
  const savedSame = sameAnswers(answers, saved?.answers)

  return (
    <PageShell>
      <View className='finder-head'>
        <View className='row'>
          <View className='tag tag--brand'>{region.name}</View>
          <View className='tag tag--warn'>依据示例内容</View>
        </View>
        <Heading level={1}>我能办什么</Heading>
        <View>回答下面几个问题（拿不准就选“不确定”），看看哪些“一件事”和事项可能适用，并看到各事项指南写明的条件。</View>
        <View className='muted'>
          {chrome.readOnly ? '您的回答只在本机使用，不会上传，离开本页就不保留。' : '您的回答只在本机使用，不会上传；不点“保存我的回答”，离开本页就不保留。'}
        </View>
      </View>

      {questions.map((q, i) => (
        <QuestionCard key={q.id} number={i + 1} question={q} chosen={chosenValues(answers, q.id)} onPick={(value) => pick(q.id, value)} />
      ))}

      {/* Moments' single page keeps its own storage, apart from the app's: nothing is saved there. */}
      {!chrome.readOnly && (
        <View className='finder-save'>
          {savedSame ? (
            <View className='muted' data-testid='answers-saved'>
              已保存在本机，下次打开会自动带出。
            </View>
          ) : (
            <Pressable
              className='button button--plain'
              onPress={() => {
                save(answers)
                toast('已保存在本机')
              }}
              testId='save-answers'
            >
              保存我的回答
            </Pressable>
          )}
          {saved && (
            <Pressable
              className='button button--quiet'
              onPress={() => {
                forget()
                toast('已删除保存的回答')
              }}
              testId='forget-answers'
            >
              删除保存的回答
            </Pressable>
          )}
        </View>
      )}

      {answered && (
        <View data-testid='finder-results' {...a11y('region', '可能适用的结果')}>
          <View className='finder-note' {...a11y('note')}>
            {RESULT_NOTE}
          </View>
          <CellGroup title={`可能适用的一件事（${events.length}）`}>
            {events.length === 0 ? (
              <View className='block muted'>按您的回答，本地区的“一件事”里没有可能适用的。</View>
            ) : (
              events.map((e) => (
                <Cell
                  key={e.id}
                  title={e.name}
                  description={
                    <View className='finder-event'>
                      <StatusTag status={e.status} label={e.label} />
                      <View>{e.appliesTo}</View>
                      <View>可能适用的步骤：{e.steps}</View>
                    </View>
                  }
                  onPress={chrome.link(lifeEventPath(region.id, e.id))}
                />
              ))
            )}
          </CellGroup>
          <CellGroup
            title={`可能适用的事项（${items.length}）`}
            footer='“可能适用，请咨询”表示您的回答里有“不确定”，或指南提到的人员类别您没有选：这些事项不会被隐藏，请打电话确认。'
          >
            {items.length === 0 ? (
              <View className='block muted'>按您的回答没有找到可能适用的事项，可以把拿不准的问题改成“不确定”，或直接打电话咨询。</View>
            ) : (
              items.map((it) => <FindingCell key={it.id} name={it.name} finding={it.finding} onPress={chrome.link(itemPath(region.id, it.id))} />)
            )}
          </CellGroup>
        </View>
      )}

      <SampleNotice>判断用的办理条件来自示例内容的办事指南，不是官方发布的认定标准。结果只是指引，是否符合条件以窗口审核为准，请打电话确认。</SampleNotice>
      <CellGroup title='打电话确认'>
        <HotlineButton hotline={hotline} />
      </CellGroup>
    </PageShell>
  )
}

export default definePage(eligibilitySpec, EligibilityPage)
