export default definePageConfig({ navigationBarTitleText: '事项列表', enableShareAppMessage: true, enableShareTimeline: true })
