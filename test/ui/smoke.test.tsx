import TestUtils from '@tarojs/test-utils-react'
import { View, Button } from '@tarojs/components'
import { useState } from 'react'

function Counter() {
  const [n, setN] = useState(0)
  return (
    <View>
      <View className='count'>点了{n}次</View>
      <Button onClick={() => setN(n + 1)}>加一</Button>
    </View>
  )
}

test('mount renders Taro H5 components and handles clicks', async () => {
  const testUtils = new TestUtils()
  await testUtils.mount(Counter, {})
  const btn = await testUtils.queries.waitForQuerySelector('taro-button-core')
  testUtils.fireEvent.click(btn)
  const count = await testUtils.queries.waitForQuerySelector('.count')
  expect(count.textContent).toBe('点了1次')
})
