import { View, Text } from '@tarojs/components'

export default function Home() {
  return (
    <View>
      <Text>人社办事指南</Text>
    </View>
  )
}
